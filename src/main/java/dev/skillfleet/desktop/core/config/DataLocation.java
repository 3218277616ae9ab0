package dev.skillfleet.desktop.core.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the app keeps its data (the conversation database and its backups): {@code --data DIR}, else
 * {@code SKILL_FLEET_DATA}, else the OS's per-user data folder ({@link AppDirectories#data()}). A relative path, from
 * either, is taken from the working directory, as a shell user expects.
 */
public final class DataLocation {

    public static final String ENV_VAR = "SKILL_FLEET_DATA";

    private DataLocation() {
    }

    /**
     * @param perUserDefault asked only when neither the option nor the variable is set (finding the per-user folder
     *                       reads the real environment, which a test must not depend on)
     */
    public static Path resolve(Optional<Path> fromCommandLine, Map<String, String> environment, Path workingDir,
                               Supplier<Path> perUserDefault) {
        if (fromCommandLine.isPresent()) {
            return workingDir.resolve(fromCommandLine.get()).toAbsolutePath().normalize();
        }
        String fromEnv = environment.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return workingDir.resolve(fromEnv.strip()).toAbsolutePath().normalize();
        }
        return perUserDefault.get().toAbsolutePath().normalize();
    }

    /** The same for this process: its working directory and the current user's data folder. */
    public static Path resolve(Optional<Path> fromCommandLine, Map<String, String> environment) {
        return resolve(fromCommandLine, environment, Path.of("").toAbsolutePath(),
                () -> AppDirectories.forCurrentUser().data());
    }
}
