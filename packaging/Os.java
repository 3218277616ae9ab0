import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What differs between the three systems jpackage builds for: the folder under packaging/ with that OS's options,
 * the installer types it can make, and where jpackage puts the launcher and the app folder ($APPDIR) in an image.
 */
enum Os {

    LINUX("linux", List.of("deb", "rpm")),
    WINDOWS("windows", List.of("msi")),
    MACOS("macos", List.of("dmg"));

    /** The folder under packaging/ holding this OS's jpackage options. */
    final String folder;
    /** The installers a plain {@code mvn -Pinstaller package} builds here. */
    final List<String> installerTypes;

    Os(String folder, List<String> installerTypes) {
        this.folder = folder;
        this.installerTypes = installerTypes;
    }

    static Os current() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            return WINDOWS;
        }
        if (name.contains("mac") || name.contains("darwin")) {
            return MACOS;
        }
        return LINUX;
    }

    /** The image jpackage writes into {@code dest} for an app called {@code name}. */
    Path image(Path dest, String name) {
        return this == MACOS ? dest.resolve(name + ".app") : dest.resolve(name);
    }

    /**
     * The launcher a script can read the output of. On Windows the main launcher is a window program, whose output
     * a console may not see, so the console launcher that packaging/windows/app-image.args adds for the CLI is used
     * when the image has it.
     */
    Path consoleLauncher(Path image, String name) {
        Path console = image.resolve(WINDOWS_CONSOLE_LAUNCHER + ".exe");
        return this == WINDOWS && Files.isRegularFile(console) ? console : launcher(image, name);
    }

    /** The name packaging/windows/app-image.args gives the console launcher (--add-launcher). */
    static final String WINDOWS_CONSOLE_LAUNCHER = "skill-fleet-desktop";

    Path launcher(Path image, String name) {
        return switch (this) {
            case LINUX -> image.resolve("bin").resolve(name);
            case WINDOWS -> image.resolve(name + ".exe");
            case MACOS -> image.resolve("Contents").resolve("MacOS").resolve(name);
        };
    }

    /** $APPDIR: the jars, the launcher's .cfg file and the AOT cache. */
    Path appDir(Path image) {
        return switch (this) {
            case LINUX -> image.resolve("lib").resolve("app");
            case WINDOWS -> image.resolve("app");
            case MACOS -> image.resolve("Contents").resolve("app");
        };
    }

    /** The file name of sqlite-jdbc's native library on this OS (its own naming, see SQLiteJDBCLoader). */
    String sqliteLibrary() {
        return switch (this) {
            case LINUX -> "libsqlitejdbc.so";
            case WINDOWS -> "sqlitejdbc.dll";
            case MACOS -> "libsqlitejdbc.dylib";
        };
    }

    /** sqlite-jdbc's folder for this OS and CPU inside its jar: org/sqlite/native/&lt;os&gt;/&lt;arch&gt;/. */
    String sqliteNativeFolder() {
        String os = switch (this) {
            case LINUX -> "Linux";
            case WINDOWS -> "Windows";
            case MACOS -> "Mac";
        };
        String arch = switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> System.getProperty("os.arch");
        };
        return "org/sqlite/native/" + os + "/" + arch + "/";
    }
}
