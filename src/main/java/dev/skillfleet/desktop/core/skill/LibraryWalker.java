package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds skill folders under a library root, in both the flat and the category layouts.
 *
 * <p>Real folders are walked first and symbolic links afterwards, so a link to a folder inside the library never
 * hides the folder's real location (which decides its category) and is never counted twice. Links leading outside
 * the root are ignored, and cycles end because each real folder is walked once. Not thread-safe: one per scan,
 * except {@link #stop()}, which any thread may call.
 */
final class LibraryWalker {

    /** Deep enough for {@code _drafts/<id>/<category>/<sub>/<skill>}; deeper trees are not libraries. */
    static final int MAX_DEPTH = 6;

    private record PendingLink(Path link, int depth) {
    }

    /** A folder the walk listed, and how many entries it had (0 when it could not be read). */
    record Listed(Path dir, int entries) {
    }

    private final Path root;
    private final boolean includeDrafts;
    private final Set<Path> walkedReal = new HashSet<>();
    private final Set<Path> skillsReal = new HashSet<>();
    private final List<Path> skills = new ArrayList<>();
    private final Deque<PendingLink> links = new ArrayDeque<>();
    private final List<Listed> listed = new ArrayList<>();
    private Path rootReal;
    private Consumer<Path> onSkill = dir -> { };
    private volatile boolean stopped;

    /** @param root absolute and normalized */
    LibraryWalker(Path root, boolean includeDrafts) {
        this.root = root;
        this.includeDrafts = includeDrafts;
    }

    /**
     * The same walk, handing each skill folder to {@code onSkill} as soon as it is found (on the walking thread),
     * so loading can start before the walk ends.
     */
    List<Path> find(Consumer<Path> onSkill) {
        this.onSkill = onSkill;
        return find();
    }

    /** Ends a walk under way early (its result is then partial); for a scan that was abandoned. */
    void stop() {
        stopped = true;
    }

    /** The skill folders found, as paths under the root (not resolved through links). */
    List<Path> find() {
        try {
            if (!Files.isDirectory(root)) {
                return List.of();
            }
            rootReal = root.toRealPath();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        walkedReal.add(rootReal);
        walk(root, rootReal, 0);
        while (!links.isEmpty() && !stopped) {
            followLink(links.poll());
        }
        return List.copyOf(skills);
    }

    private void followLink(PendingLink pending) {
        Path real;
        try {
            real = pending.link().toRealPath();
        } catch (IOException | SecurityException e) {
            return; // a dangling link is not a library problem worth reporting
        }
        if (!real.startsWith(rootReal) || throughSkippedFolder(real) || !Files.isDirectory(real) || insideSkill(real)
                || !walkedReal.add(real)) {
            return;
        }
        walk(pending.link(), real, pending.depth());
    }

    /** Every folder the last {@link #find()} listed, in walk order: what a scan's result depends on. */
    List<Listed> listed() {
        return List.copyOf(listed);
    }

    private void walk(Path dir, Path real, int depth) {
        if (stopped) {
            return;
        }
        List<Path> entries = list(dir);
        if (entries == null) {
            listed.add(new Listed(dir, 0));
            if (depth > 0) {
                // Reported as a broken skill rather than passed over: the user must learn that skills may be hidden.
                skills.add(dir);
                skillsReal.add(real);
                onSkill.accept(dir);
            }
            return;
        }
        listed.add(new Listed(dir, entries.size()));
        if (entries.stream().anyMatch(LibraryWalker::isSkillFile)) {
            skills.add(dir);
            skillsReal.add(real);
            onSkill.accept(dir);
            return; // a skill's own folders (scripts/, references/ …) never hold further skills
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (skipped(name, depth)) {
                continue;
            }
            if (Files.isSymbolicLink(entry)) {
                links.add(new PendingLink(entry, depth + 1));
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                Path childReal = real.resolve(name);
                if (walkedReal.add(childReal)) {
                    walk(entry, childReal, depth + 1);
                }
            }
        }
    }

    private boolean skipped(String name, int depth) {
        return skipped(name, depth, includeDrafts);
    }

    /**
     * Whether a folder named {@code name} inside a folder {@code depth} levels below the root is left out of a
     * library: {@code .git}, {@code node_modules}, hidden and {@code _} folders, {@code _drafts} at the top unless
     * drafts are wanted. Shared with {@link LibraryWatcher} so both see the same folders.
     */
    static boolean skipped(String name, int depth, boolean includeDrafts) {
        if (name.equals(Placement.DRAFTS) && depth == 0) {
            return !includeDrafts;
        }
        return name.equals(".git") || name.equals("node_modules") || name.startsWith(".") || name.startsWith("_");
    }

    /** A link must not smuggle in what the walk skips on purpose, e.g. "drafts" pointing at _drafts. */
    private boolean throughSkippedFolder(Path real) {
        Path relative = rootReal.relativize(real);
        for (int i = 0; i < relative.getNameCount(); i++) {
            if (skipped(relative.getName(i).toString(), i)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSkillFile(Path entry) {
        return SkillFiles.isSkillFileName(entry.getFileName().toString()) && !Files.isDirectory(entry);
    }

    private boolean insideSkill(Path real) {
        for (Path p = real; p != null && p.startsWith(rootReal); p = p.getParent()) {
            if (skillsReal.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sorted so scans are reproducible; null when reading the folder was not permitted. Other failures (e.g. the
     * folder was deleted during the scan) yield nothing; none fails the scan.
     */
    private static List<Path> list(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (java.nio.file.AccessDeniedException | SecurityException e) {
            return null;
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return List.of();
        }
        entries.sort(null);
        return entries;
    }
}
