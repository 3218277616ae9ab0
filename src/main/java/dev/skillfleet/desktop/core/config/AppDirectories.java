package dev.skillfleet.desktop.core.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The OS's per-user folders for the app: XDG on Linux, %APPDATA% on Windows, ~/Library/Application Support on
 * macOS. Data lives there, never inside the installation, so it survives upgrades and reinstalls.
 */
public record AppDirectories(Path config, Path data) {

    private static final String APP = "skill-fleet-desktop";
    private static final String APP_TITLE = "Skill Fleet Desktop";

    public static AppDirectories forCurrentUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static AppDirectories of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = pathOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            return new AppDirectories(roaming.resolve(APP_TITLE), local.resolve(APP_TITLE));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(APP_TITLE);
            return new AppDirectories(support, support);
        }
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(APP);
        Path data = pathOr(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve(APP);
        return new AppDirectories(config, data);
    }

    /** XDG says relative paths in these variables are invalid and must be ignored. */
    private static Path pathOr(String value, Path fallback) {
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
