package dev.skillfleet.desktop.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
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
 * Launch to first frame of the packaged app ({@code java -jar target/skill-fleet-desktop.jar} with the start-up
 * probe on), timed from spawning the process to its "first-frame" line, JVM start included, and to its
 * "window-ready" line (the chat and the conversations in, with the peak memory then); and, interleaved in
 * the same run, a hello-world JavaFX + AtlantaFX window started the same way, so the ratio is fair. Uses $DISPLAY
 * when set, else JavaFX's headless platform. {@code -Druns=N} launches of each (default 7; one warm-up each first).
 */
public final class StartupBench {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("app.jar", "target/skill-fleet-desktop.jar")).toAbsolutePath();
        int runs = Integer.getInteger("runs", 7);
        boolean display = System.getenv("DISPLAY") != null;
        Path home = Files.createTempDirectory("startup-home");
        List<String> jvm = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Duser.home=" + home));
        if (!display) {
            jvm.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
        }
        List<String> app = new ArrayList<>(jvm);
        app.addAll(List.of("-Dskillfleet.probe.firstFrame=true", "-jar", jar.toString()));
        List<String> hello = new ArrayList<>(jvm);
        hello.addAll(List.of("-cp", helloClassPath(jar), HelloWindow.Launcher.class.getName()));

        System.out.printf(Locale.ROOT, "StartupBench: %s, %s, %d launches each (after one warm-up each)%n", jar,
                display ? "DISPLAY=" + System.getenv("DISPLAY") : "headless platform", runs);
        launch(app, home);
        launch(hello, home);
        List<Double> appMillis = new ArrayList<>();
        List<Double> helloMillis = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        List<Double> readyMillis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Launch a = launch(app, home);
            Launch h = launch(hello, home);
            appMillis.add(a.millis());
            rss.add(a.peakRssKb());
            helloMillis.add(h.millis());
            readyMillis.add(a.readyMillis());
            System.out.printf(Locale.ROOT, "  app %.0f ms (ready %.0f ms), hello-world %.0f ms%n", a.millis(),
                    a.readyMillis(), h.millis());
        }
        Collections.sort(appMillis);
        Collections.sort(helloMillis);
        Collections.sort(rss);
        Collections.sort(readyMillis);
        double appMedian = appMillis.get(runs / 2);
        double helloMedian = helloMillis.get(runs / 2);
        System.out.printf(Locale.ROOT, "launch to first frame: app median %.0f ms (best %.0f), hello-world median %.0f ms"
                        + " (best %.0f), ratio %.2f; app window ready median %.0f ms (ratio %.2f); app peak RSS median %d"
                        + " MB%n", appMedian, appMillis.getFirst(), helloMedian, helloMillis.getFirst(),
                appMedian / helloMedian, readyMillis.get(runs / 2), readyMillis.get(runs / 2) / helloMedian,
                rss.get(runs / 2) / 1024);
    }

    record Launch(double millis, double readyMillis, long peakRssKb) {
    }

    private static Launch launch(List<String> command, Path home) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        double millis = -1;
        String ready = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("first-frame")) {
                    millis = (System.nanoTime() - start) / 1e6;
                } else if (line.startsWith("window-ready")) {
                    ready = line;
                    break;
                }
            }
        }
        double readyMillis = (System.nanoTime() - start) / 1e6;
        process.waitFor(30, TimeUnit.SECONDS);
        process.destroyForcibly();
        if (millis < 0 || ready == null) {
            throw new IllegalStateException("no first frame and ready window from " + command);
        }
        return new Launch(millis, readyMillis, Long.parseLong(ready.replaceAll(".*peak-rss-kb=(-?\\d+).*", "$1")));
    }

    /** The hello-world uses the same JavaFX and AtlantaFX jars as the app, plus the bench classes. */
    private static String helloClassPath(Path jar) throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(Path.of(HelloWindow.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString());
        try (var libs = Files.list(jar.getParent().resolve("lib"))) {
            libs.map(Path::toString).filter(p -> p.contains("javafx-") || p.contains("atlantafx")).sorted()
                    .forEach(entries::add);
        }
        return String.join(File.pathSeparator, entries);
    }
}
