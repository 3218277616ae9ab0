package dev.skillfleet.desktop.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Launch to first frame of the packaged app against a hello-world JavaFX + AtlantaFX window packaged the same way, in
 * one run. Both images are built here by the installer driver (packaging/Package.java) with the same runtime, JVM
 * options and launcher (one jar), and each trains its own AOT cache on its own start (the app: its training start, to
 * the ready window; the hello-world: its start, which is all it does); with -Daot.compare=true (the default) both
 * are also built without the cache. Launches are interleaved; each is timed from spawning the launcher to the
 * "first-frame" line (JVM start included) and to the "window-ready" line (the app's second frame, with the chat and
 * the conversations in it; the hello-world has nothing more to show and prints both at once), with the start-up probe
 * switched on through JAVA_TOOL_OPTIONS, which every launcher passes to its JVM. Uses $DISPLAY when set, else
 * JavaFX's headless platform. -Druns=N launches each (default 11, after one warm-up each).
 *
 * <p>{@code mvn -o -Pbench -DskipTests package exec:exec -Dbench=PackagedStartupBench}
 */
public final class PackagedStartupBench {

    private static final String APP = "skill-fleet-desktop";
    private static final String HELLO = "hello-window";

    public static void main(String[] args) throws Exception {
        Path appJar = Path.of(System.getProperty("app.jar", "target/skill-fleet-desktop.jar")).toAbsolutePath();
        Path target = appJar.getParent();
        Path project = Path.of("").toAbsolutePath();
        int runs = Integer.getInteger("runs", 11);
        boolean compare = Boolean.parseBoolean(System.getProperty("aot.compare", "true"));
        boolean display = System.getenv("DISPLAY") != null;
        String version;
        try (JarFile jar = new JarFile(appJar.toFile())) {
            version = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
        Path work = target.resolve("bench-images");
        deleteTree(work);
        Path helloLibs = helloInputs(target, work);

        Map<String, Path> launchers = new LinkedHashMap<>();
        for (boolean aot : compare ? List.of(true, false) : List.of(true)) {
            String suffix = aot ? "" : " (no AOT)";
            Path appImages = work.resolve(aot ? "app-aot" : "app-plain");
            build(project, target, appImages, version, aot, Map.of());
            launchers.put("app" + suffix, appImages.resolve(APP).resolve("bin").resolve(APP));
            Path helloImages = work.resolve(aot ? "hello-aot" : "hello-plain");
            build(project, work.resolve("hello-build"), helloImages, version, aot, Map.of(
                    "installer.name", HELLO, "installer.mainJar", helloLibs.resolveSibling("hello.jar").toString(),
                    "installer.libs", helloLibs.toString(),
                    "installer.mainClass", HelloWindow.Launcher.class.getName()));
            launchers.put("hello-world" + suffix, helloImages.resolve(HELLO).resolve("bin").resolve(HELLO));
        }
        for (String name : List.of("app", "hello-world")) {
            Path image = launchers.get(name).getParent().getParent();
            System.out.printf(Locale.ROOT, "%s image: %d MB (AOT cache %d MB)%n", name, size(image) >> 20,
                    size(image.resolve("lib").resolve("app").resolve("app.aot")) >> 20);
        }

        Path home = Files.createTempDirectory("packaged-startup-home");
        System.out.printf(Locale.ROOT, "PackagedStartupBench: %s, %d launches each (after one warm-up each)%n",
                display ? "DISPLAY=" + System.getenv("DISPLAY") : "headless platform", runs);
        for (Path launcher : launchers.values()) {
            launch(launcher, home, display);
        }
        Map<String, List<Double>> frames = new LinkedHashMap<>();
        Map<String, List<Double>> readies = new LinkedHashMap<>();
        launchers.keySet().forEach(k -> {
            frames.put(k, new ArrayList<>());
            readies.put(k, new ArrayList<>());
        });
        for (int i = 0; i < runs; i++) {
            StringBuilder line = new StringBuilder("  ");
            for (Map.Entry<String, Path> e : launchers.entrySet()) {
                Launch launch = launch(e.getValue(), home, display);
                frames.get(e.getKey()).add(launch.firstFrame());
                readies.get(e.getKey()).add(launch.ready());
                line.append(String.format(Locale.ROOT, "%s %.0f/%.0f ms, ", e.getKey(), launch.firstFrame(),
                        launch.ready()));
            }
            System.out.println(line.substring(0, line.length() - 2));
        }
        Map<String, Double> frame = new LinkedHashMap<>();
        Map<String, Double> ready = new LinkedHashMap<>();
        for (String key : launchers.keySet()) {
            frame.put(key, median(frames.get(key)));
            ready.put(key, median(readies.get(key)));
            System.out.printf(Locale.ROOT, "%-22s first frame median %4.0f ms (best %4.0f), ready median %4.0f ms "
                            + "(best %4.0f)%n", key, frame.get(key), Collections.min(frames.get(key)), ready.get(key),
                    Collections.min(readies.get(key)));
        }
        System.out.printf(Locale.ROOT, "packaged, with AOT cache: first frame app/hello-world ratio %.2f; "
                        + "window ready (chat and conversations in) app/hello-world ratio %.2f%n",
                frame.get("app") / frame.get("hello-world"), ready.get("app") / ready.get("hello-world"));
        if (compare) {
            System.out.printf(Locale.ROOT, "packaged, without AOT cache: first frame ratio %.2f, window ready ratio "
                            + "%.2f; the cache saves the app %.0f ms to its first frame, %.0f ms to ready%n",
                    frame.get("app (no AOT)") / frame.get("hello-world (no AOT)"),
                    ready.get("app (no AOT)") / ready.get("hello-world (no AOT)"),
                    frame.get("app (no AOT)") - frame.get("app"), ready.get("app (no AOT)") - ready.get("app"));
        }
        deleteTree(home);
    }

    /** Runs the installer driver for an app image only, no smoke test, into {@code imageDir}. */
    private static void build(Path project, Path buildDir, Path imageDir, String version, boolean aot,
                              Map<String, String> overrides) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Dinstaller.buildDir=" + buildDir, "-Dinstaller.version=" + version,
                "-Dinstaller.types=app-image", "-Dinstaller.smoke=false", "-Dinstaller.aot=" + aot,
                "-Dinstaller.imageDir=" + imageDir));
        overrides.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("packaging/Package.java");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("building an image failed; run it by hand to see why: "
                    + String.join(" ", command));
        }
        System.out.printf(Locale.ROOT, "built %s in %.0f s%n", imageDir.getFileName(), (System.nanoTime() - start)
                / 1e9);
    }

    /** hello.jar (the bench's HelloWindow classes) and a lib folder with the JavaFX and AtlantaFX jars. */
    private static Path helloInputs(Path target, Path work) throws IOException {
        Path lib = Files.createDirectories(work.resolve("hello-input").resolve("lib"));
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith("javafx-")
                    || p.getFileName().toString().startsWith("atlantafx-")).toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        Path classes;
        try {
            classes = Path.of(HelloWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("cannot find the bench classes: " + e.getMessage(), e);
        }
        try (OutputStream file = Files.newOutputStream(lib.resolveSibling("hello.jar"));
             JarOutputStream jar = new JarOutputStream(file)) {
            for (Class<?> type : List.of(HelloWindow.class, HelloWindow.Launcher.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(entry));
                jar.write(Files.readAllBytes(classes.resolve(entry)));
                jar.closeEntry();
            }
        }
        return lib;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Milliseconds from spawning the launcher to its first frame and to its window being ready. */
    record Launch(double firstFrame, double ready) {
    }

    private static Launch launch(Path launcher, Path home, boolean display) throws IOException,
            InterruptedException {
        String options = "-Duser.home=" + home + " -Dskillfleet.probe.firstFrame=true"
                + (display ? "" : " -Dglass.platform=Headless -Dprism.order=sw");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("JAVA_TOOL_OPTIONS", options);
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.remove("SKILL_FLEET_DATA");
        env.remove("SKILL_FLEET_SKILLS_ROOT");
        long start = System.nanoTime();
        Process process = builder.start();
        double firstFrame = -1;
        double ready = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(line);
                if (line.startsWith("first-frame")) {
                    firstFrame = (System.nanoTime() - start) / 1e6;
                } else if (line.startsWith("window-ready")) {
                    ready = (System.nanoTime() - start) / 1e6;
                    break;
                }
            }
        }
        process.waitFor(30, TimeUnit.SECONDS);
        process.destroyForcibly();
        if (firstFrame < 0 || ready < 0) {
            throw new IllegalStateException("no first frame and ready window from " + launcher + ": " + output);
        }
        return new Launch(firstFrame, ready);
    }

    private static long size(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
