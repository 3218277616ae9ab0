import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * On Linux, replaces the launcher jpackage writes (bin/&lt;name&gt;, a native program) with a shell script that
 * starts the image's own runtime with exactly the class path, main class and JVM options of the launcher's .cfg file.
 *
 * <p>Why: JDK 25's Linux launcher asks the package manager which package owns it before it starts the JVM
 * ({@code rpm -qf}, then {@code dpkg -S}, and {@code dpkg -L} when installed from a .deb), at every start. Measured
 * here, that is 95 ms of a 560 ms start with warm disk caches (dpkg -S reads the list of every installed file; after
 * a reboot it took 640 ms), and where rpm is installed it also creates ~/.rpmdb in the user's home. The script
 * starts the JVM directly: the same start without those 95 ms. Windows and macOS keep jpackage's launchers, which
 * do not do this.
 */
final class ShellLauncher {

    private ShellLauncher() {
    }

    /** Writes the script over {@code image}'s launcher and removes the native launcher's library. */
    static void replace(Path image, String name) throws IOException {
        Path appDir = Os.LINUX.appDir(image);
        Path cfg = appDir.resolve(name + ".cfg");
        List<String> classPath = new ArrayList<>();
        List<String> javaOptions = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()));
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = line.substring("app.mainclass=".length());
            } else if (line.startsWith("java-options=")) {
                javaOptions.add(line.substring("java-options=".length()));
            } else if (line.startsWith("app.") || line.startsWith("arguments=")) {
                throw new Tool.PackagingException(cfg + " has " + line + ", which the shell launcher does not "
                        + "handle; extend packaging/ShellLauncher.java.");
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new Tool.PackagingException(cfg + " names no main class or class path; jpackage's format "
                    + "changed: adapt packaging/ShellLauncher.java.");
        }
        Path runtimeJava = image.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        if (!Files.isExecutable(runtimeJava)) {
            throw new Tool.PackagingException("The runtime has no bin/java for the shell launcher: jlink.cfg must "
                    + "not strip the native commands.");
        }
        StringBuilder script = new StringBuilder("""
                #!/bin/sh
                # Starts %s: the runtime in ../lib/runtime with the class path and JVM options of
                # ../lib/app/%s.cfg (written by packaging/ShellLauncher.java when the image was built).
                APPDIR="$(dirname "$(readlink -f "$0")")/../lib/app"
                exec "$APPDIR/../runtime/bin/java" \\
                """.formatted(name, name));
        for (String option : javaOptions) {
            script.append("  ").append(word(option)).append(" \\\n");
        }
        script.append("  -classpath ").append(word(String.join(":", classPath))).append(" \\\n");
        script.append("  ").append(word(mainClass)).append(" \"$@\"\n");
        Path launcher = Os.LINUX.launcher(image, name);
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.deleteIfExists(image.resolve("lib").resolve("libapplauncher.so"));
    }

    /**
     * One shell word: single-quoted (any other $ stays literal, as in a main class name like Outer$Main), with
     * jpackage's $APPDIR left to the shell, in double quotes so that spaces in the path survive.
     */
    static String word(String value) {
        if (value.contains("$BINDIR") || value.contains("$ROOTDIR")) {
            throw new Tool.PackagingException("The launcher option " + value + " uses a jpackage variable other "
                    + "than $APPDIR, which the shell launcher does not expand.");
        }
        StringBuilder word = new StringBuilder();
        String[] parts = value.split("\\$APPDIR", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                word.append("\"$APPDIR\"");
            }
            if (!parts[i].isEmpty()) {
                word.append('\'').append(parts[i].replace("'", "'\\''")).append('\'');
            }
        }
        return word.isEmpty() ? "''" : word.toString();
    }
}
