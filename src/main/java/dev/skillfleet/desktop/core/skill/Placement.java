package dev.skillfleet.desktop.core.skill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a skill folder sits in a library: its category, whether it is a draft, and how deep the taxonomy goes.
 *
 * @param category segments between the library (or draft) root and the skill folder, joined by "/"; "" when flat
 * @param draft    true under {@code <root>/_drafts/<draft-id>/}
 * @param depth    folders from the library (or draft) root down to the skill, the skill included ("python/async" is
 *                 2); 0 when the folder is not inside the library
 */
record Placement(String category, boolean draft, int depth) {

    static final String DRAFTS = "_drafts";
    static final Placement OUTSIDE = new Placement("", false, 0);

    /** Both paths must be absolute and normalized. */
    static Placement of(Path root, Path skillDir) {
        if (!skillDir.startsWith(root) || skillDir.equals(root)) {
            return OUTSIDE;
        }
        List<String> parts = new ArrayList<>();
        root.relativize(skillDir).forEach(p -> parts.add(p.toString()));
        boolean draft = parts.size() >= 3 && parts.get(0).equals(DRAFTS);
        List<String> taxonomy = draft ? parts.subList(2, parts.size()) : parts;
        return new Placement(String.join("/", taxonomy.subList(0, taxonomy.size() - 1)), draft, taxonomy.size());
    }
}
