package dev.skillfleet.desktop.bench;

import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.SkillIndex;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Search-as-you-type over a generated 10,000-skill library on disk (see {@link LibraryGenerator}), loaded with
 * {@link SkillLibrary} as the app loads it: the index build time, then each query typed one letter at a time
 * ("p", "py", "pyt" … "python as" …), one {@link SkillIndex#search} per keystroke, timed. The first pass is reported
 * on its own (a cold JIT: what the first minute of use feels like), then the same keystrokes again after warm-up.
 * {@code -Dlibrary=DIR} (or {@code BENCH_LIBRARY=DIR}, which reaches it through {@code mvn ... exec:exec}) reuses a
 * library; otherwise one is generated in a temp folder and deleted afterwards.
 */
public final class LibrarySearchBench {

    private static final String[] TYPED = {"python async", "kubernetes deploy rollback", "redis cache", "pdf report",
            "react testing", "securty token", "observability metrics", "migrate postgres schema", "mcp", "docker"};

    public static void main(String[] args) throws Exception {
        String given = ListBench.setting("library", "BENCH_LIBRARY", null);
        Path library = given != null ? Path.of(given).toAbsolutePath() : ListBench.generate();
        try {
            run(library);
        } finally {
            if (given == null) {
                ListBench.delete(library);
            }
        }
    }

    private static void run(Path library) {
        long scanStart = System.nanoTime();
        LibraryScan scan = new SkillLibrary(library).scan();
        double scanMs = (System.nanoTime() - scanStart) / 1e6;

        long buildStart = System.nanoTime();
        SkillIndex index = SkillIndex.build(scan.skills());
        double firstBuildMs = (System.nanoTime() - buildStart) / 1e6;
        List<Double> builds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            SkillIndex.build(scan.skills());
            builds.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(builds);

        List<Keystroke> cold = type(index);
        for (int warm = 0; warm < 5; warm++) {
            type(index);
        }
        List<Keystroke> warmed = type(index);

        System.out.printf(Locale.ROOT, "LibrarySearchBench: %,d skills from %s (scan %.0f ms), %d cores, %s%n",
                index.size(), library, scanMs, Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf(Locale.ROOT, "  index build: first %.0f ms, then median %.0f ms (min %.0f)%n", firstBuildMs,
                builds.get(builds.size() / 2), builds.getFirst());
        report("first pass (cold JIT)", cold);
        report("after warm-up", warmed);
    }

    record Keystroke(String query, double millis, int hits) {
    }

    private static List<Keystroke> type(SkillIndex index) {
        List<Keystroke> times = new ArrayList<>();
        for (String query : TYPED) {
            for (int length = 1; length <= query.length(); length++) {
                String typed = query.substring(0, length);
                long start = System.nanoTime();
                int hits = index.search(typed, 20).size();
                times.add(new Keystroke(typed, (System.nanoTime() - start) / 1e6, hits));
            }
        }
        return times;
    }

    private static void report(String label, List<Keystroke> keystrokes) {
        List<Keystroke> sorted = new ArrayList<>(keystrokes);
        sorted.sort((a, b) -> Double.compare(a.millis(), b.millis()));
        Keystroke worst = sorted.getLast();
        System.out.printf(Locale.ROOT, "  %-22s %d keystrokes: median %.2f ms, p95 %.2f ms, worst %.2f ms (\"%s\", "
                        + "%d hits)%n", label, sorted.size(), sorted.get(sorted.size() / 2).millis(),
                sorted.get((int) (sorted.size() * 0.95)).millis(), worst.millis(), worst.query(), worst.hits());
    }
}
