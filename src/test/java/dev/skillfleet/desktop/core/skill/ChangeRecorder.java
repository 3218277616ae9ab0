package dev.skillfleet.desktop.core.skill;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Collects a watcher's callbacks and waits for them. Waits are generous (tests assert what is reported, not how
 * fast); a change can come in several callbacks when a burst straddles a quiet period, so waits look at all of them.
 */
final class ChangeRecorder implements Consumer<LibraryChange> {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<LibraryChange> changes = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    @Override
    public synchronized void accept(LibraryChange change) {
        changes.add(change);
        threads.add(Thread.currentThread());
        notifyAll();
    }

    synchronized List<LibraryChange> all() {
        return List.copyOf(changes);
    }

    synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }

    synchronized void clear() {
        changes.clear();
        threads.clear();
    }

    /** Every skill folder reported for {@code root} so far. */
    synchronized Set<Path> skills(Path root) {
        Set<Path> union = new HashSet<>();
        changes.stream().filter(c -> c.root().equals(root)).forEach(c -> union.addAll(c.changedSkillDirs()));
        return union;
    }

    synchronized boolean rescanned(Path root) {
        return changes.stream().anyMatch(c -> c.root().equals(root) && c.rescanNeeded());
    }

    /** Waits until the folders reported for {@code root} include {@code expected}; returns all reported. */
    Set<Path> awaitSkills(Path root, Set<Path> expected) throws InterruptedException {
        await(() -> skills(root).containsAll(expected), "skill folders " + expected + " under " + root);
        return skills(root);
    }

    void awaitRescan(Path root) throws InterruptedException {
        await(() -> rescanned(root), "a rescan of " + root);
    }

    synchronized void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("No callback reported " + what + " within " + TIMEOUT + "; got " + changes);
            }
            wait(Math.clamp(left / 1_000_000, 1, 50)); // also re-checks conditions no callback announces
        }
    }

    synchronized boolean any(Predicate<LibraryChange> test) {
        return changes.stream().anyMatch(test);
    }
}
