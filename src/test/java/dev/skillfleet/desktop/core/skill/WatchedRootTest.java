package dev.skillfleet.desktop.core.skill;

import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** One root's life with real OS events, driven by hand: what happens when events are lost. */
class WatchedRootTest {

    /** What the JDK queues when a folder's events overflowed: no path, just "something was lost". */
    private static final WatchEvent<Object> OVERFLOW = new WatchEvent<>() {
        @Override
        public Kind<Object> kind() {
            return StandardWatchEventKinds.OVERFLOW;
        }

        @Override
        public int count() {
            return 1;
        }

        @Override
        public Object context() {
            return null;
        }
    };

    @TempDir
    Path temp;

    @Test
    void anOverflowFollowsTheRootAgainAndAsksForARescan() throws Exception {
        Path root = Corpus.mixedLibrary(temp.resolve("lib")).toAbsolutePath().normalize();
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, List<ServiceRegistrar>> holders = new HashMap<>();
            WatchedRoot watched = new WatchedRoot(root, owner -> new ServiceRegistrar(service, root, owner, holders),
                    null, new AtomicLong());
            watched.start(0);
            // Created while the events were being lost: nobody reads them here.
            Path lost = SkillFixtures.writeValidSkill(root, "ml/lost-in-the-overflow");
            drain(service);

            watched.onEvents(root, List.of(OVERFLOW), 0);
            watched.check(0);
            LibraryChange change = watched.takeIfDue(0, 0, 0);

            assertThat(change.rescanNeeded()).isTrue();
            assertThat(watched.tree().skills()).contains(lost);
            Files.writeString(lost.resolve("SKILL.md"), "\nedited\n", StandardOpenOption.APPEND);
            WatchKey key = service.poll(10, TimeUnit.SECONDS);
            assertThat(key).as("the folder created during the overflow is watched now").isNotNull();
            assertThat(holders.get(key)).singleElement().satisfies(r -> assertThat(r.dirOf(key)).isEqualTo(lost));
        }
    }

    @Test
    void nothingIsDueBeforeTheQuietPeriodEndsUnlessTheBurstLastsTooLong() throws Exception {
        Path root = Corpus.mixedLibrary(temp.resolve("lib")).toAbsolutePath().normalize();
        WatchedRoot watched = new WatchedRoot(root, null, null, new AtomicLong());
        watched.start(0);
        Path skill = root.resolve("brand-guidelines");
        Files.writeString(skill.resolve("SKILL.md"), "\nedited\n", StandardOpenOption.APPEND);
        long now = WatchedRoot.POLL_INTERVAL.toNanos();
        watched.pollIfDue(now);

        assertThat(watched.takeIfDue(now + 50, 100, 1_000)).as("still within the quiet period").isNull();
        assertThat(watched.dueAt(100, 1_000)).isEqualTo(now + 100);
        LibraryChange change = watched.takeIfDue(now + 100, 100, 1_000);
        assertThat(change.changedSkillDirs()).containsExactly(skill);
        assertThat(watched.takeIfDue(now + 200, 100, 1_000)).as("handed over once").isNull();
        assertThat(watched.polling()).isTrue();
    }

    private static void drain(WatchService service) throws InterruptedException {
        for (WatchKey key = service.poll(200, TimeUnit.MILLISECONDS); key != null;
             key = service.poll(200, TimeUnit.MILLISECONDS)) {
            key.pollEvents();
            key.reset();
        }
    }
}
