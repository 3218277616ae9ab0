package dev.skillfleet.desktop.core.skill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One scan that shows its skills while it runs. Three stages overlap: a walker thread finds skill folders and hands
 * each to a pool of loaders the moment it is found (so the first skills load while the walk of a big library is
 * still under way); the loaders parse in parallel; and the calling thread collects what they loaded and passes it
 * on in batches. Batches are handed over by the calling thread only, so they come one at a time and never after
 * {@link #run()} returns.
 */
final class ProgressiveScan {

    /** A batch is handed over when it holds this many skills ... */
    static final int BATCH_SIZE = 100;
    /** ... or when its first skill has waited this long, so a slow disk still shows skills as they come. */
    static final long BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private static final AtomicInteger SCANS = new AtomicInteger();

    /** What the loaders and the walker put on the queue for the calling thread. */
    private sealed interface Item {
    }

    private record Loaded(Skill skill) implements Item {
    }

    private record WalkEnded(int skills) implements Item {
    }

    private record Failed(Throwable error) implements Item {
    }

    private final SkillLibrary library;
    private final boolean includeDrafts;
    private final Consumer<List<Skill>> batches;
    private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();

    ProgressiveScan(SkillLibrary library, boolean includeDrafts, Consumer<List<Skill>> batches) {
        this.library = library;
        this.includeDrafts = includeDrafts;
        this.batches = batches;
    }

    /**
     * Walks, loads and hands over batches; returns every skill sorted by path.
     *
     * @throws CancellationException when the calling thread is interrupted (its interrupt flag stays set)
     */
    LibraryScan run() {
        int scan = SCANS.incrementAndGet();
        // Parsing is CPU work: as many loaders as the library allows (a core each). Platform threads of our own
        // rather than the common pool or virtual threads, so a scan of 10,000 skills does not starve other work.
        ExecutorService loaders = Executors.newFixedThreadPool(library.loaders(),
                daemon("skill-loader-" + scan + "-"));
        LibraryWalker walker = new LibraryWalker(library.root(), includeDrafts);
        Thread walking = Thread.ofPlatform().daemon().name("library-walk-" + scan).start(() -> {
            try {
                int found = walker.find(dir -> loaders.execute(() -> load(dir))).size();
                queue.add(new WalkEnded(found));
            } catch (RuntimeException | Error e) {
                queue.add(new Failed(e));
            }
        });
        try {
            return collect();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The scan of " + library.root() + " was interrupted");
        } finally {
            walker.stop();
            loaders.shutdownNow();
            walking.interrupt();
        }
    }

    private void load(Path dir) {
        try {
            queue.add(new Loaded(library.load(dir)));
        } catch (RuntimeException | Error e) {
            queue.add(new Failed(e)); // load() catches what one bad skill can throw; this is a bug, so it surfaces
        }
    }

    private LibraryScan collect() throws InterruptedException {
        List<Skill> all = new ArrayList<>();
        List<Skill> batch = new ArrayList<>();
        long batchStarted = 0;
        int expected = -1;
        while (expected < 0 || all.size() < expected) {
            Item item = batch.isEmpty()
                    ? queue.take()
                    : queue.poll(batchStarted + BATCH_NANOS - System.nanoTime(), TimeUnit.NANOSECONDS);
            switch (item) {
                case Loaded loaded -> {
                    if (batch.isEmpty()) {
                        batchStarted = System.nanoTime();
                    }
                    batch.add(loaded.skill());
                    all.add(loaded.skill());
                }
                case WalkEnded ended -> expected = ended.skills();
                case Failed failed -> throw rethrown(failed.error());
                case null -> { } // the batch's time is up
            }
            if (batch.size() >= BATCH_SIZE || (!batch.isEmpty() && System.nanoTime() - batchStarted >= BATCH_NANOS)) {
                hand(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            hand(batch);
        }
        all.sort(Comparator.comparing(Skill::dir));
        return new LibraryScan(library.root(), all);
    }

    private void hand(List<Skill> batch) {
        batches.accept(List.copyOf(batch));
    }

    private static RuntimeException rethrown(Throwable error) {
        if (error instanceof Error e) {
            throw e;
        }
        return (RuntimeException) error;
    }

    private static ThreadFactory daemon(String prefix) {
        return Thread.ofPlatform().daemon().name(prefix, 1).factory();
    }
}
