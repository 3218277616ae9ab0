package dev.skillfleet.desktop.bench;

import dev.skillfleet.desktop.core.refine.RefineAction;
import dev.skillfleet.desktop.core.refine.RefineException;
import dev.skillfleet.desktop.core.refine.RefineProgress;
import dev.skillfleet.desktop.core.refine.RefineRequest;
import dev.skillfleet.desktop.core.refine.RuleRefiner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The built-in refine engine's time per quick action on the real corpus skills (read only, never written), warmed
 * up: the editor runs it off the FX thread, but it should still answer at once. {@code -Dskillfleet.corpus=DIR}
 * points elsewhere.
 */
public final class RefineBench {

    public static void main(String[] args) throws IOException, RefineException {
        Path corpus = Path.of(System.getProperty("skillfleet.corpus", "../shared/corpus")).toAbsolutePath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.getFileName().toString().equals("SKILL.md")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            texts.add(Files.readString(file));
        }
        RuleRefiner refiner = new RuleRefiner();
        for (RefineAction action : RefineAction.values()) {
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < 30; round++) {
                for (int i = 0; i < files.size(); i++) {
                    String folder = files.get(i).getParent().getFileName().toString();
                    long start = System.nanoTime();
                    refiner.refine(RefineRequest.quick(texts.get(i), folder, action), RefineProgress.silent());
                    if (round >= 10) {
                        times.add((System.nanoTime() - start) / 1e6);
                    }
                }
            }
            Collections.sort(times);
            System.out.printf(Locale.ROOT, "RefineBench: %-22s %d skills: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    action.label(), files.size(), times.get(times.size() / 2),
                    times.get((int) (times.size() * 0.95)), times.getLast());
        }
    }
}
