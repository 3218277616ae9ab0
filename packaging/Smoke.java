import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a finished app image the way a user would, so packaging cannot break silently: the image is first copied
 * to another folder (as installing does), then its launcher opens the window on JavaFX's headless platform and must
 * report the first frame and exit 0, with the AOT cache required ({@code -XX:AOTMode=on}: a cache the JVM cannot
 * use fails the check instead of quietly slowing the start) and no JVM warning; then the same launcher runs CLI
 * commands. Home and the per-user folders are in a temporary folder. Run by the driver after it builds the image,
 * or alone: {@code java packaging/Smoke.java target/app-image/skill-fleet-desktop}.
 */
public final class Smoke {

    private static final String VALID = """
            ---
            name: smoke-check
            description: Checks that the packaged app starts. Use when testing an installer.
            ---
            # Smoke check

            ## When to Use

            - After packaging the app.
            """;
    private static final String INVALID = VALID.replace("name: smoke-check", "name: other-name");

    private Smoke() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: java packaging/Smoke.java <app image folder, e.g. "
                    + "target/app-image/skill-fleet-desktop>");
            System.exit(2);
        }
        Path image = Path.of(args[0]).toAbsolutePath().normalize();
        String folder = image.getFileName().toString();
        String name = folder.endsWith(".app") ? folder.substring(0, folder.length() - 4) : folder;
        try {
            check(Os.current(), image, name, null);
        } catch (Tool.PackagingException e) {
            System.err.println("SMOKE TEST FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the checks; {@code version}, when given, must be the one the launcher reports. */
    static void check(Os os, Path image, String name, String version) throws IOException, InterruptedException {
        boolean aot = Files.isRegularFile(os.appDir(image).resolve(AppImage.AOT_CACHE));
        Path temp = Files.createTempDirectory("skill-fleet-smoke");
        try {
            Path moved = os.image(Files.createDirectories(temp.resolve("installed")), name);
            copyTree(image, moved);
            List<Path> installedFiles = files(moved);
            Path home = Files.createDirectories(temp.resolve("home"));
            Path launcher = os.consoleLauncher(moved, name);
            String jvm = "-Duser.home=" + AppImage.quoted(home) + (aot ? " -XX:AOTMode=on" : "");

            long start = System.nanoTime();
            Tool.Result window = run(launcher, List.of(), home, jvm + " -Dglass.platform=Headless -Dprism.order=sw"
                    + " -Dskillfleet.probe.firstFrame=true", "smoke: window");
            expect(window.exit() == 0 && window.printed("first-frame") && window.printed("window-ready"),
                    "the window did not report its first frame, then the chat in it, and exit 0 (exit "
                    + window.exit() + ")");
            System.out.printf("Smoke: window up and filled, exit after %.0f ms (AOT cache %s)%n",
                    (System.nanoTime() - start) / 1e6, aot ? "required and used" : "not in this image");
            Path data = perUserData(os, home);
            expect(Files.isRegularFile(data.resolve("sessions.db")), "the window kept no conversation database in "
                    + "the per-user data folder " + data);
            expect(files(moved).equals(installedFiles), "the app wrote into its installation folder " + moved);

            Tool.Result about = run(launcher, List.of("--version"), home, jvm, "smoke: --version");
            expect(about.exit() == 0, "--version failed (exit " + about.exit() + ")");
            expect(version == null || about.printed("Skill Fleet Desktop " + version), "--version does not say "
                    + version);
            expect(about.lines().stream().anyMatch(l -> l.startsWith("Java runtime:") && l.contains(moved.toString())),
                    "the launcher did not run the image's own runtime");

            Path skills = Files.createDirectories(temp.resolve("skills"));
            Files.writeString(Files.createDirectories(skills.resolve("smoke-check")).resolve("SKILL.md"), VALID);
            Files.writeString(Files.createDirectories(skills.resolve("wrong-name")).resolve("SKILL.md"), INVALID);
            Tool.Result valid = run(launcher, List.of("validate", skills.resolve("smoke-check").toString()), home, jvm,
                    "smoke: validate");
            expect(valid.exit() == 0 && valid.lines().stream().anyMatch(l -> l.contains("1 valid")),
                    "validate of a valid skill did not pass (exit " + valid.exit() + ")");
            Tool.Result invalid = run(launcher, List.of("validate", skills.resolve("wrong-name").toString()), home,
                    jvm, "smoke: validate");
            expect(invalid.exit() == 1 && invalid.lines().stream().anyMatch(l -> l.contains("must match the folder")),
                    "validate of an invalid skill did not fail with the name error (exit " + invalid.exit() + ")");
            Tool.Result sessions = run(launcher, List.of("sessions", "list"), home, jvm, "smoke: sessions list");
            expect(sessions.exit() == 0, "sessions list (SQLite from the image) failed (exit " + sessions.exit() + ")");
            System.out.println("Smoke test passed: " + image);
        } finally {
            Tool.deleteTree(temp);
        }
    }

    /**
     * The launcher with JAVA_TOOL_OPTIONS set (any launcher passes it to the JVM) and an isolated home; the data and
     * library variables are removed so the app's own per-user defaults are what is tested.
     */
    private static Tool.Result run(Path launcher, List<String> args, Path home, String javaToolOptions, String label)
            throws IOException, InterruptedException {
        Map<String, String> env = AppImage.isolatedEnvironment(home);
        env.put("SKILL_FLEET_DATA", null);
        env.put("SKILL_FLEET_SKILLS_ROOT", null);
        env.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        Tool.Result result = Tool.exec(command, env, label, 120);
        List<String> complaints = result.lines().stream()
                .filter(l -> !l.startsWith("Picked up JAVA_TOOL_OPTIONS"))
                .filter(l -> l.contains("[warning]") || l.contains("[error]") || l.startsWith("WARNING:"))
                .toList();
        expect(complaints.isEmpty(), label + " printed JVM warnings: " + complaints);
        return result;
    }

    /** Where AppDirectories puts the data folder on each OS, for a user whose home is {@code home}. */
    private static Path perUserData(Os os, Path home) {
        return switch (os) {
            case LINUX -> home.resolve(".local").resolve("share").resolve("skill-fleet-desktop");
            case WINDOWS -> home.resolve("AppData").resolve("Local").resolve("Skill Fleet Desktop");
            case MACOS -> home.resolve("Library").resolve("Application Support").resolve("Skill Fleet Desktop");
        };
    }

    private static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new Tool.PackagingException("Smoke test: " + failure + ".");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(root::relativize).sorted().toList();
        }
    }

    /**
     * Copies with permissions but new file times: stricter than dpkg, rpm and the .dmg, which keep the times, and
     * like installers that do not, so the AOT cache is shown to survive both.
     */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isSymbolicLink(source)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(source));
                } else if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
