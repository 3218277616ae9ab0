package dev.skillfleet.desktop.core.library;

import java.util.List;
import java.util.Set;

/**
 * What packaging and importing leave out: build and OS litter that no agent needs. The same rules as the reference
 * packager (skill-creator's package_skill.py): a folder or file named {@code __pycache__} or {@code node_modules}
 * anywhere, {@code *.pyc} and {@code .DS_Store} files anywhere, and {@code evals} at the skill's root only (nested
 * {@code evals} folders may be real content).
 */
final class Junk {

    private static final Set<String> ANYWHERE = Set.of("__pycache__", "node_modules");
    private static final String ROOT_ONLY = "evals";
    /** macOS Finder's zips carry resource forks in a top-level __MACOSX folder: never part of the skill. */
    static final String MAC_RESOURCE_FORKS = "__MACOSX";

    private Junk() {
    }

    /**
     * The junk this path belongs to, or null when it is content: the junk folder itself ("scripts/__pycache__/") when
     * a folder is the reason, so a report names it once instead of every file inside.
     *
     * @param segments the path relative to the skill folder
     */
    static String junkRoot(List<String> segments, boolean directory) {
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean isFolder = i < segments.size() - 1 || directory;
            if (ANYWHERE.contains(segment) || (i == 0 && segment.equals(ROOT_ONLY))) {
                return String.join("/", segments.subList(0, i + 1)) + (isFolder ? "/" : "");
            }
        }
        String name = segments.isEmpty() ? "" : segments.getLast();
        if (!directory && (name.equals(".DS_Store") || name.endsWith(".pyc"))) {
            return String.join("/", segments);
        }
        return null;
    }

    /** Litter at an archive's top level, outside any skill folder: macOS resource forks and Finder files. */
    static boolean isArchiveLitter(List<String> segments) {
        return !segments.isEmpty() && (segments.getFirst().equals(MAC_RESOURCE_FORKS)
                || (segments.size() == 1 && segments.getFirst().equals(".DS_Store")));
    }
}
