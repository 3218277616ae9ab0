package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.Skill;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One draft in a library: a skill under {@code <root>/_drafts/<id>/[<category>/]<name>/}.
 *
 * @param skill   the draft as loaded (leniently, with its validation report); {@code skill.draft()} is true
 * @param id      the folder right under {@code _drafts/}, e.g. "20250301-142501-a3f9"
 * @param folder  {@code <root>/_drafts/<id>}, the folder that holds this draft (and possibly others)
 * @param created when the draft was written: from the id when it has the draft store's timestamp, else the folder's
 *                time on disk
 * @param target  where promotion puts it, {@code <root>/<category>/<name>}; empty when the name or category cannot be
 *                a folder in the library ({@link DraftPromoter} says why)
 */
public record Draft(Skill skill, String id, Path folder, Instant created, Optional<Path> target) {

    public Draft {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(target, "target");
    }

    /** The skill folder of the draft. */
    public Path dir() {
        return skill.dir();
    }

    /** The path after {@code _drafts/<id>/} without the skill folder; "" for a flat draft. */
    public String category() {
        return skill.category();
    }
}
