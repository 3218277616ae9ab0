package dev.skillfleet.desktop.core.skill;

import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A scan that hands its skills over in batches while it runs, then returns the whole sorted scan. */
class ProgressiveScanTest {

    @TempDir
    Path temp;

    @Test
    void everySkillArrivesInExactlyOneBatchOnTheCallingThreadAndTheResultIsTheUsualScan() {
        Path root = Corpus.mixedLibrary(temp.resolve("lib"));
        List<List<Skill>> batches = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();

        LibraryScan scan = new SkillLibrary(root).scan(false, batch -> {
            batches.add(batch);
            threads.add(Thread.currentThread());
        });

        List<Skill> handed = batches.stream().flatMap(List::stream).toList();
        assertThat(handed).hasSize(Corpus.ANTHROPIC_SKILLS + Corpus.TAXONOMY_SKILLS);
        assertThat(new HashSet<>(handed)).containsExactlyInAnyOrderElementsOf(scan.skills());
        assertThat(scan.skills()).extracting(Skill::dir).isSorted();
        assertThat(scan.skills()).isEqualTo(new SkillLibrary(root).scan().skills());
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void aLargeLibraryComesInBatchesOfAtMostAHundred() {
        Path root = temp.resolve("big");
        Set<Path> written = new HashSet<>();
        IntStream.range(0, 250).forEach(i ->
                written.add(SkillFixtures.writeValidSkill(root, "cat-" + (i % 5) + "/skill-" + i)));
        List<Integer> sizes = new ArrayList<>();
        Set<Path> handed = new HashSet<>();

        LibraryScan scan = new SkillLibrary(root).scan(false, batch -> {
            sizes.add(batch.size());
            batch.forEach(s -> handed.add(s.dir()));
        });

        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(1, ProgressiveScan.BATCH_SIZE));
        assertThat(sizes.size()).isGreaterThanOrEqualTo(3);
        assertThat(handed).isEqualTo(written);
        assertThat(scan.skills()).hasSize(250).allSatisfy(s -> assertThat(s.valid()).isTrue());
    }

    @Test
    void draftsAndBrokenSkillsAreHandedOverLikeTheRest() throws Exception {
        Path root = temp.resolve("lib");
        Path draft = SkillFixtures.writeValidSkill(root, "_drafts/20250301-142501-a3f9/web/drafted");
        Path broken = Files.createDirectories(root.resolve("web/binary"));
        Files.write(broken.resolve("SKILL.md"), new byte[] {'-', '-', '-', 0, 1, 2});
        List<Skill> handed = new ArrayList<>();

        LibraryScan withDrafts = new SkillLibrary(root).scan(true, handed::addAll);

        assertThat(handed).extracting(Skill::dir).containsExactlyInAnyOrder(draft, broken);
        assertThat(withDrafts.brokenCount()).isEqualTo(1);
        assertThat(handed).filteredOn(Skill::draft).extracting(Skill::dir).containsExactly(draft);

        handed.clear();
        new SkillLibrary(root).scan(false, handed::addAll);
        assertThat(handed).extracting(Skill::dir).containsExactly(broken);
    }

    @Test
    void aMissingOrEmptyRootGivesAnEmptyScanAndNoBatch() throws Exception {
        List<List<Skill>> batches = new ArrayList<>();

        assertThat(new SkillLibrary(temp.resolve("missing")).scan(false, batches::add).skills()).isEmpty();
        assertThat(new SkillLibrary(Files.createDirectories(temp.resolve("empty"))).scan(false, batches::add)
                .skills()).isEmpty();
        assertThat(batches).isEmpty();
    }

    @Test
    void aFailingConsumerEndsTheScanAndItsThreads() throws Exception {
        Path root = Corpus.mixedLibrary(temp.resolve("lib"));

        assertThatThrownBy(() -> new SkillLibrary(root).scan(false, batch -> {
            throw new IllegalStateException("view gone");
        })).isInstanceOf(IllegalStateException.class).hasMessage("view gone");

        awaitNoScanThreads();
    }

    @Test
    void anInterruptedScanStopsWithTheFlagStillSet() throws Exception {
        Path root = Corpus.mixedLibrary(temp.resolve("lib"));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new SkillLibrary(root).scan(false, batch -> { }))
                    .isInstanceOf(CancellationException.class).hasMessageContaining(root.getFileName().toString());
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        awaitNoScanThreads();
    }

    /** The scan's loaders and walker end soon after it does; generous, as threads take their time to exit. */
    private static void awaitNoScanThreads() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (scanThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(scanThreads()).isZero();
    }

    private static long scanThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith("skill-loader-") || n.startsWith("library-walk-")).count();
    }
}
