package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The rules that keep promotion and new drafts inside the library (skill-format.md section 3): names and categories
 * are plain folder names, and no existing folder on the way is a link leading out of the root. Every check returns
 * the problem as a complete sentence, or empty when the path is safe.
 */
final class LibraryPaths {

    /** Category levels below the root; with the skill folder that is the taxonomy depth validation allows (3). */
    static final int MAX_CATEGORY_LEVELS = 2;

    private LibraryPaths() {
    }

    /**
     * A skill name must be exactly one folder name. Besides the path tricks ("/", "\", "..", absolute paths), names
     * starting with "." or "_" are refused because library scans skip such folders: the skill would vanish.
     */
    static Optional<String> nameProblem(String name) {
        return segmentProblem("skill name", name);
    }

    /**
     * A category is "" (flat layout) or up to {@value #MAX_CATEGORY_LEVELS} folder names joined by "/", the way
     * {@code Skill.category()} spells nested categories; each level follows the same rules as a name.
     */
    static Optional<String> categoryProblem(String category) {
        if (category.isEmpty()) {
            return Optional.empty();
        }
        if (category.startsWith("/") || category.endsWith("/")) {
            return Optional.of("The category \"" + category + "\" must not start or end with \"/\": it is a folder "
                    + "name inside the library, not a path.");
        }
        List<String> levels = List.of(category.split("/", -1));
        if (levels.size() > MAX_CATEGORY_LEVELS) {
            return Optional.of("The category \"" + category + "\" has " + levels.size() + " levels; at most "
                    + MAX_CATEGORY_LEVELS + " are allowed (e.g. \"web/frontend\").");
        }
        for (String level : levels) {
            Optional<String> problem = segmentProblem("category", level);
            if (problem.isPresent()) {
                return levels.size() == 1 ? problem : Optional.of(problem.get().replaceFirst("\\.$", "")
                        + " (in the category \"" + category + "\").");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> segmentProblem(String what, String segment) {
        if (segment.isBlank()) {
            return Optional.of("The " + what + " is empty.");
        }
        if (segment.contains("..")) {
            return Optional.of("The " + what + " \"" + segment + "\" contains \"..\", which could lead out of the "
                    + "library.");
        }
        if (segment.contains("/") || segment.contains("\\")) {
            return Optional.of("The " + what + " \"" + segment + "\" contains a path separator (\"/\" or \"\\\"); it "
                    + "must be a single folder name.");
        }
        if (segment.contains(":") || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            // ":" makes "C:x" a drive-relative path on Windows; control characters are never part of a real name.
            return Optional.of("The " + what + " \"" + segment.replaceAll("\\p{Cntrl}", "?") + "\" contains \":\" "
                    + "or a control character, which cannot be part of a folder name.");
        }
        try {
            if (Path.of(segment).isAbsolute()) {
                return Optional.of("The " + what + " \"" + segment + "\" is an absolute path; it must be a folder "
                        + "name inside the library.");
            }
        } catch (InvalidPathException e) {
            // Windows refuses <, >, ", |, ? and * in file names.
            return Optional.of("The " + what + " \"" + segment + "\" cannot be a folder name on this system ("
                    + e.getReason() + ").");
        }
        if (segment.startsWith(".") || segment.startsWith("_")) {
            return Optional.of("The " + what + " \"" + segment + "\" starts with \"" + segment.charAt(0) + "\"; "
                    + "library scans skip such folders, so the skill would not show up.");
        }
        if (!segment.equals(segment.strip())) {
            return Optional.of("The " + what + " \"" + segment + "\" starts or ends with a space.");
        }
        return Optional.empty();
    }

    /** The first problem with a skill's name or category as a place in the library, or empty when both are safe. */
    static Optional<String> placeProblem(String category, String name) {
        return nameProblem(name).or(() -> categoryProblem(category));
    }

    /** {@code <root>/<category>/<name>}; call only after {@link #placeProblem} found nothing. */
    static Path place(Path root, String category, String name) {
        Path parent = root;
        for (String level : category.isEmpty() ? new String[0] : category.split("/")) {
            parent = parent.resolve(level);
        }
        return parent.resolve(name);
    }

    /**
     * Walks from the root down to {@code target} (which must lie lexically under {@code root}) and checks every part
     * that already exists: its real path must stay under the root's real path. This catches a category folder that
     * is a link to somewhere else, which a purely textual check cannot see.
     */
    static Optional<String> escapeProblem(Path root, Path target) {
        Path rootReal;
        try {
            rootReal = root.toRealPath();
        } catch (IOException e) {
            return Optional.of("The library folder " + root + " cannot be read (" + reason(e) + ").");
        }
        Path normalized = target.toAbsolutePath().normalize();
        if (!normalized.startsWith(root) || normalized.equals(root)) {
            return Optional.of(target + " is not inside the library " + root + ".");
        }
        Path current = root;
        for (Path part : root.relativize(normalized)) {
            current = current.resolve(part);
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty(); // nothing below a missing folder exists yet: it will be created as a real folder
            }
            Path real;
            try {
                real = current.toRealPath();
            } catch (IOException e) {
                return Optional.of(current + " is a link that leads nowhere (" + reason(e) + "); remove it or "
                        + "choose another name.");
            }
            if (!real.startsWith(rootReal)) {
                return Optional.of(current + " leads out of the library to " + real + "; nothing is written "
                        + "through it.");
            }
        }
        return Optional.empty();
    }

    static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
