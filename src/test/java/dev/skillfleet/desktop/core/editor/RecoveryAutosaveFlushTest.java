package dev.skillfleet.desktop.core.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the app: {@link RecoveryAutosave#flush} writes what the background executor has not written yet, without
 * it (the app shuts it down next), after any write already under way, and gives up waiting after its bound.
 */
class RecoveryAutosaveFlushTest {

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    private EditedFile skill(String name, String text) throws Exception {
        Path file = Files.createDirectories(temp.resolve("library").resolve(name)).resolve("SKILL.md");
        Files.writeString(file, text);
        return EditedFile.open(file);
    }

    private String copyText(EditedFile file) {
        return new RecoveryStore(data()).pending().stream().filter(c -> c.file().equals(file.path()))
                .map(RecoveryCopy::text).findFirst().orElse(null);
    }

    @Test
    void aFlushWritesWhatTheBackgroundExecutorNeverRan() throws Exception {
        EditedFile edited = skill("demo", "base\n");
        EditedFile closed = skill("other", "base\n");
        RecoveryStore store = new RecoveryStore(data());
        store.remember(closed, "typed in a tab closed since\n");
        List<Runnable> queued = new ArrayList<>(); // an executor about to be shut down: never runs anything
        List<RememberResult> results = new CopyOnWriteArrayList<>();
        RecoveryAutosave autosave = new RecoveryAutosave(store, queued::add, results::add);

        autosave.offer(edited, "typed\n");
        autosave.offer(edited, "typed, and the last words before closing\n");
        autosave.discard(closed.path());
        assertThat(autosave.flush(Duration.ofSeconds(30))).isTrue();

        assertThat(copyText(edited)).isEqualTo("typed, and the last words before closing\n");
        assertThat(store.copyOf(closed.path())).as("the discard was carried out too").doesNotExist();
        assertThat(results).extracting(RememberResult::status).containsExactly(RememberResult.Status.WRITTEN);
        assertThat(Files.readString(edited.path())).isEqualTo("base\n");

        queued.forEach(Runnable::run); // had the executor run late after all: nothing left to do, nothing undone
        assertThat(copyText(edited)).isEqualTo("typed, and the last words before closing\n");
        assertThat(autosave.flush(Duration.ofSeconds(30))).as("nothing pending").isTrue();
    }

    @Test
    void aFlushWaitsForTheWriteUnderWayThenWritesTheNewerText() throws Exception {
        EditedFile file = skill("demo", "base\n");
        RecoveryStore store = new RecoveryStore(data());
        List<Thread> drains = new CopyOnWriteArrayList<>();
        Executor background = task -> drains.add(Thread.ofPlatform().daemon().start(task));
        RecoveryAutosave autosave = new RecoveryAutosave(store, background, result -> { });

        Thread drain;
        // Holding the store's lock stops the background drain inside its write of "older": a write under way.
        synchronized (store) {
            autosave.offer(file, "older\n");
            drain = drains.getFirst();
            awaitBlocked(drain);
            autosave.offer(file, "newer, typed while it was written\n");
            assertThat(autosave.flush(Duration.ofMillis(200))).as("the write under way did not finish: gave up")
                    .isFalse();
        }
        assertThat(autosave.flush(Duration.ofSeconds(30))).isTrue();
        drain.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(copyText(file)).as("the newer text last, never overwritten by the older")
                .isEqualTo("newer, typed while it was written\n");
    }

    private static void awaitBlocked(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (thread.getState() != Thread.State.BLOCKED) {
            assertThat(System.nanoTime()).as("the background drain reached the store").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
