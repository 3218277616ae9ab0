package dev.skillfleet.desktop.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Launch to first frame of the packaged app: spawns {@code java -jar target/skill-fleet-desktop.jar} with the
 * start-up probe on, times from spawning the process to the "first-frame" line (JVM start included), and prints
 * the median of several runs with the peak RSS the app reported. Uses $DISPLAY when set, else JavaFX's headless
 * platform. {@code -Druns=N} sets the number of launches (default 7, the first is a warm-up for the OS caches).
 */
public final class StartupBench {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("app.jar", "target/skill-fleet-desktop.jar"));
        int runs = Integer.getInteger("runs", 7);
        boolean display = System.getenv("DISPLAY") != null && System.getProperty("headless") == null;
        Path home = Files.createTempDirectory("startup-home");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dskillfleet.probe.firstFrame=true", "-Duser.home=" + home));
        if (!display) {
            command.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("-jar", jar.toString()));
        System.out.printf(Locale.ROOT, "StartupBench: %s, %s, %d launches (first is warm-up)%n", jar,
                display ? "DISPLAY=" + System.getenv("DISPLAY") : "headless platform", runs);

        List<Double> millis = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("HOME", home.toString());
            Process process = builder.start();
            String firstFrame = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("first-frame")) {
                        firstFrame = line;
                        break;
                    }
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e6;
            process.waitFor(30, TimeUnit.SECONDS);
            process.destroyForcibly();
            if (firstFrame == null) {
                throw new IllegalStateException("the app did not report a first frame");
            }
            if (i > 0) {
                millis.add(elapsed);
                rss.add(Long.parseLong(firstFrame.replaceAll(".*peak-rss-kb=(-?\\d+).*", "$1")));
            }
            System.out.printf(Locale.ROOT, "  launch %d: %.0f ms%s%n", i + 1, elapsed, i == 0 ? " (warm-up)" : "");
        }
        Collections.sort(millis);
        Collections.sort(rss);
        System.out.printf(Locale.ROOT, "launch to first frame: median %.0f ms, best %.0f ms; peak RSS median %d MB%n",
                millis.get(millis.size() / 2), millis.getFirst(), rss.get(rss.size() / 2) / 1024);
    }
}
