package dev.skillfleet.desktop.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code list --library X --format jsonl} over a generated 10,000-skill library, run as a user runs it: the packaged
 * jar in a fresh JVM each time, stdout to a null sink, timed from spawn to exit (JVM start included).
 *
 * <p>Settings, as system properties or (since {@code mvn ... exec:exec} passes no -D on) environment variables:
 * {@code library}/{@code BENCH_LIBRARY=DIR} reuses a library (else one is generated in a temp folder and deleted
 * afterwards); {@code runs}/{@code BENCH_RUNS} (default 9, after 2 warm-ups that fill the OS file cache);
 * {@code jvm}/{@code BENCH_JVM="-XX:TieredStopAtLevel=1 ..."} adds JVM options; {@code command}/{@code
 * BENCH_COMMAND=validate} times {@code validate --library} instead; {@code variants}/{@code BENCH_VARIANTS=true}
 * also times the same command with C1 only, C1 with the serial collector, without class data sharing, and
 * {@code --version} alone (the floor of any command).
 */
public final class ListBench {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("app.jar", "target/skill-fleet-desktop.jar")).toAbsolutePath();
        Path lib = jar.resolveSibling("lib");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int runs = Integer.parseInt(setting("runs", "BENCH_RUNS", "9"));
        String command = setting("command", "BENCH_COMMAND", "list");
        String given = setting("library", "BENCH_LIBRARY", null);
        Path library = given != null ? Path.of(given).toAbsolutePath() : generate();
        try {
            bench(jar, lib, java, runs, command, library);
        } finally {
            if (given == null) {
                delete(library);
            }
        }
    }

    private static void bench(Path jar, Path lib, String java, int runs, String command, Path library)
            throws Exception {
        // Exactly the brief's command line: no JVM options unless asked for.
        List<String> base = new ArrayList<>(List.of(java));
        String extra = setting("jvm", "BENCH_JVM", "").strip();
        if (!extra.isEmpty()) {
            base.addAll(List.of(extra.split("\\s+")));
        }
        List<String> app = List.of("-cp", jar + File.pathSeparator + lib + File.separator + "*",
                "dev.skillfleet.desktop.Main");
        List<String> listArgs = List.of(command, "--library", library.toString(), "--format", "jsonl");

        System.out.printf(Locale.ROOT, "ListBench: %s %s, %d runs after 2 warm-ups, %d cores, %s%n", command,
                library, runs, Runtime.getRuntime().availableProcessors(), Runtime.version());
        report("as packaged" + (extra.isEmpty() ? "" : " (" + extra + ")"), join(base, List.of(), app, listArgs), runs);
        if (Boolean.parseBoolean(setting("variants", "BENCH_VARIANTS", "false"))) {
            report("-XX:TieredStopAtLevel=1", join(base, List.of("-XX:TieredStopAtLevel=1"), app, listArgs), runs);
            report("C1 only + serial GC", join(base, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), app,
                    listArgs), runs);
            report("-Xshare:off (no CDS)", join(base, List.of("-Xshare:off"), app, listArgs), runs);
            report("--version only", join(base, List.of(), app, List.of("--version")), runs);
        }
    }

    static String setting(String property, String environment, String otherwise) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** A fresh 10,000-skill library in a temp folder. */
    static Path generate() throws IOException {
        Path dir = Files.createTempDirectory("skill-library-10k");
        long start = System.nanoTime();
        LibraryGenerator.Stats stats = LibraryGenerator.generate(dir, 10_000, 42);
        System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", stats, (System.nanoTime() - start) / 1e9);
        return dir;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<String> join(List<String> a, List<String> b, List<String> c, List<String> d) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        all.addAll(d);
        return all;
    }

    private static void report(String label, List<String> command, int runs) throws Exception {
        run(command);
        run(command);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(run(command));
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-28s median %4.0f ms, min %4.0f ms, max %4.0f ms  (runs: %s)%n", label,
                sorted.get(runs / 2), sorted.getFirst(), sorted.getLast(),
                String.join(" ", millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList()));
    }

    /** Wall time of one run, spawn to exit; fails loudly when the command does. */
    private static double run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int exit = process.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (exit != 0 && exit != 1) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
        }
        return millis;
    }
}
