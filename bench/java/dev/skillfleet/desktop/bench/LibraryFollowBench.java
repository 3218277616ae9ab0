package dev.skillfleet.desktop.bench;

import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.cache.TieredCache;
import dev.skillfleet.desktop.core.skill.LibraryChange;
import dev.skillfleet.desktop.core.skill.LibraryFingerprint;
import dev.skillfleet.desktop.core.skill.LibraryWatcher;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A generated library of 10,000 skills (40 categories; each skill a SKILL.md, a third with references/ and
 * scripts/): how soon a progressive scan shows its first skills and how long the whole scan takes, what a
 * fingerprint walk costs, and how the watcher does in both of its modes: time to start watching, delay from an edit
 * to its callback, and the watcher thread's CPU while nothing changes.
 *
 * <p>{@code -Dbench.dir=DIR} keeps the generated library elsewhere (default: the temp folder); it is reused.
 */
public final class LibraryFollowBench {

    private static final int SKILLS = 10_000;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir",
                Path.of(System.getProperty("java.io.tmpdir"), "skillfleet-bench-10k").toString()));
        generate(root);
        SkillLibrary library = new SkillLibrary(root);

        for (int round = 0; round < 2; round++) {
            library.scan(false, batch -> { }); // warm-up: JIT, page cache
        }
        List<Double> first = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        int batches = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            AtomicLong firstAt = new AtomicLong();
            List<Integer> sizes = new ArrayList<>();
            int found = library.scan(false, batch -> {
                firstAt.compareAndSet(0, System.nanoTime());
                sizes.add(batch.size());
            }).skills().size();
            total.add(ms(System.nanoTime() - start));
            first.add(ms(firstAt.get() - start));
            batches = sizes.size();
            if (found != SKILLS) {
                throw new IllegalStateException("found " + found + " skills");
            }
        }
        List<Double> fingerprints = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            LibraryFingerprint.of(library, false, Clock.systemUTC());
            fingerprints.add(ms(System.nanoTime() - start));
        }
        System.out.printf(Locale.ROOT, "LibraryFollowBench: %,d skills, %d cores. Progressive scan: first batch "
                        + "after %.0f ms (median of 5), whole scan %.0f ms, %d batches. Fingerprint walk %.0f ms.%n",
                SKILLS, Runtime.getRuntime().availableProcessors(), median(first), median(total), batches,
                median(fingerprints));

        cachedAccess(library);
        follow(root, "events");
        System.setProperty(LibraryWatcher.MODE_PROPERTY, "poll");
        follow(root, "polling");
    }

    private static void follow(Path root, String mode) throws Exception {
        LinkedBlockingQueue<LibraryChange> changes = new LinkedBlockingQueue<>();
        try (LibraryWatcher watcher = LibraryWatcher.start(changes::add)) {
            // The library view's order: watch, then scan while the watcher registers the folders.
            long start = System.nanoTime();
            watcher.watch(root);
            double watchMs = ms(System.nanoTime() - start);
            AtomicLong firstAt = new AtomicLong();
            new SkillLibrary(root).scan(true, batch -> firstAt.compareAndSet(0, System.nanoTime()));
            double firstBatchMs = ms(firstAt.get() - start);
            double scannedMs = ms(System.nanoTime() - start);
            Random random = new Random(7);
            double firstEditMs = edit(root, random, changes); // lands while the folders may still be registered
            List<Double> delays = new ArrayList<>();
            for (int edit = 0; edit < 10; edit++) {
                Thread.sleep(100 + random.nextInt(900)); // edits land at different points of a poll cycle
                delays.add(edit(root, random, changes));
            }
            double cpu = idleCpu(TimeUnit.SECONDS.toNanos(10));
            Collections.sort(delays);
            System.out.printf(Locale.ROOT, "LibraryFollowBench %s (polling: %s): watch() returned in %.1f ms, first "
                            + "batch of the scan after it %.0f ms, whole scan %.0f ms; first edit to callback %.0f ms; "
                            + "then edit to callback (quiet period 300 ms): median %.0f ms, max %.0f ms; watcher "
                            + "thread CPU while idle: %.1f%% of a core%n", mode, watcher.polling(root), watchMs,
                    firstBatchMs, scannedMs, firstEditMs, median(delays), delays.getLast(), cpu);
        }
    }

    /** The chat's access to the catalogue when nothing changed: a fingerprint walk, or a word with the watcher. */
    private static void cachedAccess(SkillLibrary library) throws Exception {
        CachedLibrary cached = new CachedLibrary(library, new TieredCache());
        cached.scan();
        List<Double> walked = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            cached.scan();
            walked.add(ms(System.nanoTime() - start));
        }
        try (LibraryWatcher watcher = LibraryWatcher.start(change -> { })) {
            watcher.watch(library.root());
            while (watcher.vouchedVersion(library.root()).isEmpty()) {
                Thread.sleep(20);
            }
            cached.trustWatcher(watcher);
            cached.scan();
            List<Double> vouched = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                long start = System.nanoTime();
                cached.scan();
                vouched.add(ms(System.nanoTime() - start));
            }
            System.out.printf(Locale.ROOT, "LibraryFollowBench: cached catalogue, nothing changed: %.1f ms with the "
                    + "fingerprint walk, %.2f ms (median of 50) when the watcher vouches%n", median(walked),
                    median(vouched));
        }
    }

    /** Appends to a random skill's SKILL.md; the time until a callback names that skill. */
    private static double edit(Path root, Random random, LinkedBlockingQueue<LibraryChange> changes) throws Exception {
        Path skill;
        do {
            skill = root.resolve("cat-" + random.nextInt(40)).resolve("skill-" + random.nextInt(SKILLS));
        } while (!Files.isDirectory(skill));
        changes.clear();
        long at = System.nanoTime();
        Files.writeString(skill.resolve("SKILL.md"), "\nEdited by the bench.\n", StandardOpenOption.APPEND);
        while (true) {
            LibraryChange change = changes.poll(30, TimeUnit.SECONDS);
            if (change == null) {
                throw new IllegalStateException("no callback for " + skill);
            }
            if (change.changedSkillDirs().contains(skill) || change.rescanNeeded()) {
                return ms(System.nanoTime() - at);
            }
        }
    }

    /** The watcher thread's CPU time over {@code nanos} of wall time, as a share of one core. */
    private static double idleCpu(long nanos) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long id = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("library-watcher"))
                .findFirst().orElseThrow().threadId();
        long cpuBefore = threads.getThreadCpuTime(id);
        long wallBefore = System.nanoTime();
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(nanos));
        return 100.0 * (threads.getThreadCpuTime(id) - cpuBefore) / (System.nanoTime() - wallBefore);
    }

    private static void generate(Path root) throws IOException {
        Path done = root.resolve(".generated");
        if (Files.exists(done)) {
            return;
        }
        Random random = new Random(42);
        for (int i = 0; i < SKILLS; i++) {
            Path skill = root.resolve("cat-" + (i % 40)).resolve("skill-" + i);
            Files.createDirectories(skill);
            StringBuilder body = new StringBuilder();
            for (int line = 0; line < 40; line++) {
                body.append("Step ").append(line).append(": do the thing number ").append(random.nextInt(1000))
                        .append(" carefully and check the result.\n");
            }
            Files.writeString(skill.resolve("SKILL.md"), "---\nname: skill-" + i + "\ndescription: Does task " + i
                    + " well. Use when task " + i + " comes up.\n---\n# Skill " + i + "\n\n## When to Use\n" + body);
            if (i % 3 == 0) {
                Files.createDirectories(skill.resolve("references"));
                Files.writeString(skill.resolve("references/guide.md"), "# Guide\n" + body);
                Files.createDirectories(skill.resolve("scripts"));
                Files.writeString(skill.resolve("scripts/run.py"), "print('skill " + i + "')\n");
            }
        }
        Files.writeString(done, "");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
