import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The app image: the jlinked runtime, the app's jars (everything that is not JavaFX; those are automatic modules or
 * plain jars) merged into one on the class path, and a launcher, made by {@code jpackage --type app-image}.
 *
 * <p>On Linux the launcher is then replaced by a shell script with the same class path and options (see
 * {@link ShellLauncher}: jpackage's Linux launcher queries the package manager at every start).
 *
 * <p>With the AOT cache on, the image is made twice. The first one runs the app's training start
 * ({@code -Dskillfleet.aot.training=true}) once through its own launcher, and the JVM writes the cache of every class
 * that start loaded and linked (see {@link #train}). The second, final image is the same plus the cache in $APPDIR,
 * and its launcher starts the JVM with {@code -XX:AOTCache=$APPDIR/app.aot}. Training through the
 * launcher gives the cache exactly the class path and module options users start with (the JVM refuses a cache whose
 * class path differs). Making the final image with jpackage, instead of adding the file afterwards, keeps a signed
 * macOS bundle's seal intact. The cache stays valid when the image moves and its files get new times: JDK 25
 * matches the class path relative to the app folder (the smoke test starts a copy with {@code -XX:AOTMode=on}).
 */
final class AppImage {

    /** The AOT cache's file name in $APPDIR. */
    static final String AOT_CACHE = "app.aot";
    /** sqlite-jdbc's native libraries for every platform; the image keeps only its own, outside the jar. */
    private static final String SQLITE_NATIVE = "org/sqlite/native/";

    /**
     * Classes only, no method profiles (JEP 515) in the cache: with profiles the JIT compiles the start's hot methods
     * at once, and on a 2-core machine those compilations take the CPU the window needs. Measured through the
     * launcher, headless, median of 15 launches: first frame 593 ms with profiles, 524 ms without.
     */
    private static final List<String> TRAINING_OPTIONS = List.of("-XX:+UnlockDiagnosticVMOptions",
            "-XX:-AOTRecordTraining");

    private AppImage() {
    }

    /** Builds the image into {@code settings.imageDir()} and returns its path. */
    static Path build(Settings settings, Path runtime) throws IOException, InterruptedException {
        Path input = stage(settings);
        Path finalImage = settings.os().image(settings.imageDir(), settings.name());
        Files.createDirectories(settings.imageDir());
        Tool.deleteTree(finalImage);
        if (!settings.aot()) {
            jpackage(settings, runtime, input, settings.imageDir(), false);
            return finalImage;
        }
        Path untrainedDest = settings.workDir().resolve("untrained");
        Tool.deleteTree(untrainedDest);
        jpackage(settings, runtime, input, untrainedDest, false);
        Path untrained = settings.os().image(untrainedDest, settings.name());
        Path cache = settings.workDir().resolve(AOT_CACHE);
        train(settings, untrained, cache);
        Files.copy(cache, input.resolve(AOT_CACHE), StandardCopyOption.REPLACE_EXISTING);
        jpackage(settings, runtime, input, settings.imageDir(), true);
        Tool.deleteTree(untrainedDest);
        return finalImage;
    }

    /**
     * The JVM options of the launcher. Native access: JavaFX (a named module in the runtime) loads its libraries,
     * sqlite-jdbc and JNA (class path) theirs; without the option JDK 25 warns at each start. JVM log output goes to
     * stderr, so a CLI command's stdout stays clean even if the JVM has something to say. sqlite-jdbc loads its
     * library from the image instead of copying it to the temp folder at every start.
     */
    private static List<String> javaOptions(Settings settings, boolean withCache, boolean sqlite) {
        List<String> options = new ArrayList<>(List.of("--enable-native-access=javafx.graphics,ALL-UNNAMED",
                "-Xlog:all=off:stdout", "-Xlog:all=warning:stderr"));
        if (sqlite) {
            options.add("-Dorg.sqlite.lib.path=$APPDIR/native");
            options.add("-Dorg.sqlite.lib.name=" + settings.os().sqliteLibrary());
        }
        if (withCache) {
            options.add("-XX:AOTCache=$APPDIR/" + AOT_CACHE);
        }
        return options;
    }

    private static void jpackage(Settings settings, Path runtime, Path input, Path dest, boolean withCache)
            throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", settings.name(),
                "--dest", dest.toString(),
                "--input", input.toString(), "--main-jar", settings.mainJar().getFileName().toString(),
                "--main-class", settings.mainClass(), "--runtime-image", runtime.toString(),
                "--app-version", settings.version()));
        args.addAll(settings.commonOptions());
        args.addAll(settings.appImageOptions());
        for (String option : javaOptions(settings, withCache, Files.isDirectory(input.resolve("native")))) {
            args.addAll(List.of("--java-options", option));
        }
        Tool.run("jpackage", args);
        if (settings.os() == Os.LINUX) {
            ShellLauncher.replace(settings.os().image(dest, settings.name()), settings.name());
        }
    }

    /**
     * The launcher's input: the main jar and every other non-JavaFX jar merged into one (see {@link OneJar}: the JVM
     * starts faster from one jar than from 36), and sqlite-jdbc's library for this OS in native/, taken out of its
     * jar with the other 20 platforms' copies.
     */
    private static Path stage(Settings settings) throws IOException {
        Path input = settings.workDir().resolve("input");
        Tool.deleteTree(input);
        Files.createDirectories(input);
        List<Path> jars = new ArrayList<>(List.of(settings.mainJar()));
        try (Stream<Path> libs = Files.list(settings.libs())) {
            for (Path jar : libs.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                String name = jar.getFileName().toString();
                if (name.startsWith("javafx-")) {
                    continue; // in the runtime, as modules
                }
                if (name.startsWith("sqlite-jdbc-")) {
                    extractSqliteLibrary(settings.os(), jar, input.resolve("native"));
                }
                jars.add(jar);
            }
        }
        OneJar.merge(jars, input.resolve(settings.mainJar().getFileName()), name -> name.startsWith(SQLITE_NATIVE));
        return input;
    }

    /** Puts this platform's SQLite library from sqlite-jdbc's jar in {@code nativeDir}. */
    private static void extractSqliteLibrary(Os os, Path jar, Path nativeDir) throws IOException {
        String mine = os.sqliteNativeFolder() + os.sqliteLibrary();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(mine);
            if (entry == null) {
                throw new Tool.PackagingException(jar.getFileName() + " has no native library for this platform ("
                        + mine + "): the app could not open its conversation database here.");
            }
            Files.createDirectories(nativeDir);
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, nativeDir.resolve(os.sqliteLibrary()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * The AOT cache from one start of {@code image}'s own launcher, in JDK 25's two steps: a training start that
     * records what it loads ({@code -XX:AOTMode=record}), then a launcher start that only assembles the cache from
     * that record ({@code -XX:AOTMode=create}; the JVM exits without running the app). Both through the launcher, so
     * no java command is needed in the runtime. The training start is headless (no window on the build machine, and
     * CI has no display) unless -Dinstaller.trainHeadless=false, with home, settings and data in a temporary folder.
     */
    private static void train(Settings settings, Path image, Path cache) throws IOException, InterruptedException {
        Files.deleteIfExists(cache);
        Path record = cache.resolveSibling(AOT_CACHE + "conf");
        Files.deleteIfExists(record);
        Path home = Files.createTempDirectory("skill-fleet-aot-home");
        Path launcher = settings.os().launcher(image, settings.name());
        try {
            long start = System.nanoTime();
            List<String> jvm = new ArrayList<>(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + quoted(record),
                    "-Duser.home=" + quoted(home), "-Dskillfleet.aot.training=true"));
            jvm.addAll(TRAINING_OPTIONS);
            if (settings.trainHeadless()) {
                jvm.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
            }
            Map<String, String> env = isolatedEnvironment(home);
            env.put("JAVA_TOOL_OPTIONS", String.join(" ", jvm));
            Tool.Result training = Tool.exec(List.of(launcher.toString()), env, "aot training", 300);
            if (training.exit() != 0 || !Files.isRegularFile(record)) {
                throw new Tool.PackagingException("The AOT training start failed (exit " + training.exit() + (
                        Files.isRegularFile(record) ? "" : ", nothing recorded") + "); its output is above. Build "
                        + "without the cache with -Dinstaller.aot=false.");
            }
            env.put("JAVA_TOOL_OPTIONS", String.join(" ", "-XX:AOTMode=create",
                    "-XX:AOTConfiguration=" + quoted(record), "-XX:AOTCache=" + quoted(cache)));
            Tool.Result assembly = Tool.exec(List.of(launcher.toString()), env, "aot cache", 300);
            if (assembly.exit() != 0 || !Files.isRegularFile(cache) || Files.size(cache) == 0) {
                throw new Tool.PackagingException("Writing the AOT cache failed (exit " + assembly.exit() + "); the "
                        + "JVM's messages are above. Build without the cache with -Dinstaller.aot=false.");
            }
            System.out.printf("AOT cache trained in %.1f s: %s (%d MB)%n", (System.nanoTime() - start) / 1e9,
                    cache, Files.size(cache) >> 20);
        } finally {
            Files.deleteIfExists(record);
            Tool.deleteTree(home);
        }
    }

    /** Home and the per-user folders of all three OSes pointed into {@code home}, so no real user data is touched. */
    static Map<String, String> isolatedEnvironment(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("USERPROFILE", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local").resolve("share").toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        env.put("XDG_STATE_HOME", home.resolve(".local").resolve("state").toString());
        env.put("APPDATA", home.resolve("AppData").resolve("Roaming").toString());
        env.put("LOCALAPPDATA", home.resolve("AppData").resolve("Local").toString());
        env.put("SKILL_FLEET_DATA", home.resolve("data").toString());
        env.put("SKILL_FLEET_SKILLS_ROOT", home.resolve("skills").toString());
        return env;
    }

    /** A JAVA_TOOL_OPTIONS value: the JVM splits it at spaces unless they are inside double quotes. */
    static String quoted(Path path) {
        String text = path.toString();
        return text.contains(" ") ? "\"" + text + "\"" : text;
    }
}
