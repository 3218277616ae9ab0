import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds what users install, on the OS it runs on: the jlinked runtime (JDK and JavaFX modules, see jlink.cfg), the
 * app image with its trained JDK 25 AOT cache, a smoke start of that image, and this OS's installers (.deb and .rpm,
 * .msi, or .dmg) configured under packaging/&lt;os&gt;/. {@code mvn -Pinstaller package} runs it with the JDK 25
 * toolchain from the project folder once the jar and target/lib/ exist; see packaging/README.md for the options.
 *
 * <p>Output: the image in target/app-image/, the installers in target/installer/ (only installers, so a release can
 * upload that folder as it is), intermediate files in target/installer-work/.
 */
public final class Package {

    private Package() {
    }

    public static void main(String[] args) {
        try {
            build(Settings.fromSystemProperties());
        } catch (Tool.PackagingException e) {
            System.err.println();
            System.err.println("PACKAGING FAILED: " + e.getMessage());
            System.exit(1);
        } catch (IOException | InterruptedException e) {
            System.err.println();
            System.err.println("PACKAGING FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void build(Settings settings) throws IOException, InterruptedException {
        long start = System.nanoTime();
        settings.checkInputs();
        System.out.printf("Packaging %s %s for %s: %s%s%n", settings.name(), settings.version(), settings.os().folder,
                String.join(", ", settings.types()), settings.aot() ? " (with the AOT cache)" : " (no AOT cache)");
        Tool.deleteTree(settings.workDir());
        Path runtime = runtime(settings);
        Path image = AppImage.build(settings, runtime);
        System.out.printf("App image: %s (%d MB)%n", image, size(image) >> 20);
        if (settings.smoke()) {
            Smoke.check(settings.os(), image, settings.name(), settings.appVersion());
        }
        List<Path> installers = settings.wantsInstallers() ? Installers.build(settings, image) : List.of();
        for (Path installer : installers) {
            System.out.printf("Installer: %s (%.1f MB)%n", installer, size(installer) / 1048576.0);
        }
        Tool.deleteTree(settings.workDir());
        System.out.printf("Packaging done in %.0f s.%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * jlink of the JDK modules and JavaFX's (as jmods made from Maven's jars) with the options in jlink.cfg. Run
     * by this JDK's jlink: with a JDK that ships no jmods (Temurin 25) it links from its own run-time image.
     */
    private static Path runtime(Settings settings) throws IOException {
        Path work = settings.workDir();
        Path jmods = work.resolve("jmods");
        JavaFxModules.jmods(settings.libs(), work.resolve("javafx"), jmods);
        Path runtime = work.resolve("runtime");
        // A tool run through ToolProvider does not expand @files (the command-line launcher does): read it here.
        List<String> args = new ArrayList<>(Tool.options(settings.projectDir().resolve("jlink.cfg")));
        args.addAll(List.of("--module-path", jmods.toString(), "--output", runtime.toString()));
        Tool.run("jlink", args);
        System.out.printf("Runtime: %s (%d MB)%n", runtime, size(runtime) >> 20);
        return runtime;
    }

    static long size(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return Files.size(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
