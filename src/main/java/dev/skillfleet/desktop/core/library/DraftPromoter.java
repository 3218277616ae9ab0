package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.io.FileTrees;

import dev.skillfleet.desktop.core.engine.DraftStore;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Promotes a draft into its library (skill-format.md section 3): {@code <root>/_drafts/<id>/<category>/<name>/}
 * moves to {@code <root>/<category>/<name>/}, where the name is the draft's frontmatter name (else its folder name).
 *
 * <p>Every check runs before anything is touched, so a refusal leaves the disk as it was. The move itself is one
 * rename (both folders are under the root, so on one file system): the skill appears whole or not at all.
 * Replacing an existing skill first renames it aside within the same folder, and renames it back if the draft cannot
 * be moved in, so an existing skill is never lost.
 */
public final class DraftPromoter {

    private final SkillLibrary library;

    public DraftPromoter(SkillLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    /** @param draftDir the draft's skill folder (or its SKILL.md) */
    public PromoteResult promote(Path draftDir, PromoteOptions options) {
        Path root = library.root();
        if (!Files.isDirectory(root)) {
            return new PromoteResult.Refused("The library folder " + root + " does not exist, so nothing was "
                    + "promoted.");
        }
        Path given = draftDir.toAbsolutePath().normalize();
        Path dir = Files.isRegularFile(given) ? given.getParent() : given;
        if (!Files.isDirectory(dir)) {
            return new PromoteResult.Refused("The draft folder " + dir + " does not exist, so nothing was promoted.");
        }
        Optional<Path> inLibrary = insideDrafts(root, dir);
        if (inLibrary.isEmpty()) {
            return new PromoteResult.Refused("The folder " + dir + " is not a draft inside the library's drafts "
                    + "folder " + root.resolve(DraftStore.DRAFTS) + " (" + DraftStore.DRAFTS + "/<draft-id>/"
                    + "<category>/<name>), so it was not promoted.");
        }
        dir = inLibrary.get();
        Skill skill = library.load(dir);
        if (skill.file() == null || !skill.draft()) {
            return new PromoteResult.Refused("The folder " + dir + " holds no SKILL.md, so it is not a draft and "
                    + "was not promoted.");
        }
        Optional<String> unsafe = LibraryPaths.placeProblem(skill.category(), skill.name());
        if (unsafe.isPresent()) {
            return new PromoteResult.Refused(unsafe.get() + " The draft " + dir + " was not promoted.");
        }
        Path target = LibraryPaths.place(root, skill.category(), skill.name());
        Optional<String> escape = LibraryPaths.escapeProblem(root, target);
        if (escape.isPresent()) {
            return new PromoteResult.Refused("The draft " + dir + " was not promoted to " + target + ": "
                    + escape.get());
        }
        if (!skill.valid() && !options.force()) {
            return new PromoteResult.Invalid(dir, skill.report());
        }
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !options.overwrite()) {
            return new PromoteResult.TargetExists(target);
        }
        return move(dir, target, exists, root.resolve(DraftStore.DRAFTS));
    }

    /**
     * The draft's path under the library root when its real location is inside {@code <root>/_drafts/<id>/…}: a link
     * inside the drafts folder pointing elsewhere, or a drafts folder that is itself a link out, does not count. A
     * path that reaches the library through a link (macOS's /var for /private/var) is mapped back under the root.
     */
    private static Optional<Path> insideDrafts(Path root, Path dir) {
        if (Files.isSymbolicLink(dir)) {
            return Optional.empty(); // moving it would move the link, not the draft it points to
        }
        try {
            Path rootReal = root.toRealPath();
            Path draftsReal = root.resolve(DraftStore.DRAFTS).toRealPath();
            Path dirReal = dir.toRealPath();
            if (!draftsReal.equals(rootReal.resolve(DraftStore.DRAFTS)) || !dirReal.startsWith(draftsReal)
                    || draftsReal.relativize(dirReal).getNameCount() < 2) {
                return Optional.empty();
            }
            Path lexical = dir.startsWith(root) ? dir : root.resolve(rootReal.relativize(dirReal).toString());
            return lexical.startsWith(root.resolve(DraftStore.DRAFTS)) ? Optional.of(lexical) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static PromoteResult move(Path dir, Path target, boolean replace, Path drafts) {
        List<Path> created = new ArrayList<>();
        try {
            createParents(target.getParent(), created);
        } catch (IOException e) {
            removeCreated(created);
            return new PromoteResult.Refused("Could not create the folder " + target.getParent() + " for the draft "
                    + dir + " (" + LibraryPaths.reason(e) + "); nothing was promoted.");
        }
        Path aside = null;
        if (replace) {
            aside = target.resolveSibling("." + target.getFileName() + ".replaced-"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0x100000)));
            try {
                Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                return new PromoteResult.Refused("Could not move the existing skill at " + target + " aside ("
                        + LibraryPaths.reason(e) + "), so the draft " + dir + " was not promoted and nothing changed.");
            }
        }
        try {
            Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return undo(dir, target, aside, created, e);
        }
        if (aside != null) {
            FileTrees.deleteQuietly(aside);
        }
        // The draft's category folders and its _drafts/<id>/ folder, when nothing else is left in them.
        Drafts.removeEmptyParents(dir.getParent(), drafts);
        return new PromoteResult.Promoted(target);
    }

    private static PromoteResult undo(Path dir, Path target, Path aside, List<Path> created, IOException failure) {
        String why = failure instanceof AtomicMoveNotSupportedException
                ? "the draft and the library are on different file systems, so it cannot be moved in one step"
                : LibraryPaths.reason(failure);
        if (aside != null) {
            try {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                return new PromoteResult.Refused("Could not move the draft " + dir + " to " + target + " (" + why
                        + "), and the existing skill could not be put back: it is safe at " + aside + "; rename it to "
                        + target.getFileName() + " to restore it.");
            }
        }
        removeCreated(created);
        return new PromoteResult.Refused("Could not move the draft " + dir + " to " + target + " (" + why + "); "
                + "nothing was changed.");
    }

    /** Creates the missing folders down to {@code dir}, recording each so a failed promotion can remove them. */
    private static void createParents(Path dir, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.addFirst(p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
    }

    private static void removeCreated(List<Path> created) {
        for (Path p : created.reversed()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // An empty category folder left behind holds nothing and breaks nothing.
            }
        }
    }
}
