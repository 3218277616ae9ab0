package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The disk side of one library root: its scan, its reloads after a change, its search index. Everything runs on the
 * root's own serial executor, so a reload never races a scan; results go out as {@link LibraryUpdate}s.
 */
final class RootWork {

    private final Path root;
    private final CachedLibrary library;
    private final SerialExecutor worker;
    private final Consumer<LibraryUpdate> out;
    /** The root's skills as last read; touched only by tasks on {@link #worker}. */
    private final Map<Path, Skill> skills = new ConcurrentHashMap<>();
    private volatile SkillIndex index;
    private volatile boolean closed;

    RootWork(CachedLibrary library, Executor background, Consumer<LibraryUpdate> out) {
        this.library = library;
        this.root = library.root();
        this.worker = new SerialExecutor(background);
        this.out = out;
    }

    Path root() {
        return root;
    }

    /** The latest index; null until the first scan has been indexed. Any thread. */
    SkillIndex index() {
        return index;
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    /** Scans the whole root (with drafts), sending skills as they are found, then indexes them. */
    void scan() {
        worker.execute(() -> {
            if (closed) {
                return;
            }
            if (!Files.isDirectory(root)) {
                skills.clear();
                send(new LibraryUpdate.ScanDone(this, Set.of(), Files.exists(root)
                        ? root + " is a file, not a folder." : "The folder " + root + " does not exist."));
                reindex();
                return;
            }
            Set<Path> present = new HashSet<>();
            try {
                scanInBatches(batch -> {
                    batch.forEach(s -> {
                        skills.put(s.dir(), s);
                        present.add(s.dir());
                    });
                    send(new LibraryUpdate.Found(this, List.copyOf(batch)));
                });
            } catch (CancellationException e) {
                return; // the app is closing
            } catch (RuntimeException e) {
                // A bug below: keep what was found, say so, and keep the view usable.
                send(new LibraryUpdate.ScanDone(this, Set.copyOf(skills.keySet()), "The scan of " + root
                        + " stopped early: " + e));
                reindex();
                return;
            }
            skills.keySet().retainAll(present);
            send(new LibraryUpdate.ScanDone(this, Set.copyOf(present), ""));
            reindex();
        });
    }

    /** Reloads only these skill folders after a change on disk; folders without a SKILL.md any more are removed. */
    void reload(Set<Path> dirs) {
        worker.execute(() -> {
            if (closed) {
                return;
            }
            List<Skill> found = new ArrayList<>();
            List<Path> removed = new ArrayList<>();
            for (Path dir : dirs) {
                Path normalized = dir.toAbsolutePath().normalize();
                if (!normalized.startsWith(root) || normalized.equals(root)) {
                    continue;
                }
                if (holdsSkill(normalized)) {
                    Skill skill = library.library().load(normalized);
                    skills.put(skill.dir(), skill);
                    found.add(skill);
                } else if (skills.remove(normalized) != null) {
                    removed.add(normalized);
                }
            }
            if (!found.isEmpty()) {
                send(new LibraryUpdate.Found(this, found));
            }
            if (!removed.isEmpty()) {
                send(new LibraryUpdate.Removed(this, removed));
            }
            library.invalidate();
            reindex();
        });
    }

    /** A change too big to follow folder by folder: the whole root again. */
    void rescan() {
        scan();
        worker.execute(library::invalidate);
    }

    /** Runs {@code task} after everything queued for this root so far (e.g. a write that must see the latest scan). */
    void after(Runnable task) {
        worker.execute(task);
    }

    /** Drafts included: the "Drafts" filter shows them, the others hide them. */
    private void scanInBatches(Consumer<List<Skill>> batches) {
        library.library().scan(true, batches);
    }

    private void reindex() {
        if (closed) {
            return;
        }
        index = SkillIndex.build(List.copyOf(skills.values()));
        send(new LibraryUpdate.IndexReady(this));
    }

    private void send(LibraryUpdate update) {
        if (!closed) {
            out.accept(update);
        }
    }

    private static boolean holdsSkill(Path dir) {
        return Files.isRegularFile(dir.resolve("SKILL.md")) || Files.isRegularFile(dir.resolve("skill.md"));
    }
}
