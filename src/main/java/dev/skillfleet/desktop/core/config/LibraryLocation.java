package dev.skillfleet.desktop.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the skill library is: {@code --library}, else {@code SKILL_FLEET_SKILLS_ROOT}, else
 * {@code ~/SkillFleet/skills}. The folder is created on first use.
 */
public final class LibraryLocation {

    public static final String ENV_VAR = "SKILL_FLEET_SKILLS_ROOT";

    private LibraryLocation() {
    }

    public static Path resolve(Optional<Path> fromCommandLine, Map<String, String> environment, Path userHome) {
        if (fromCommandLine.isPresent()) {
            return fromCommandLine.get().toAbsolutePath().normalize();
        }
        String fromEnv = environment.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip()).toAbsolutePath().normalize();
        }
        return userHome.resolve("SkillFleet").resolve("skills").toAbsolutePath().normalize();
    }

    public static Path resolve(Optional<Path> fromCommandLine) {
        return resolve(fromCommandLine, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Creates the folder when it is missing.
     *
     * @throws IOException with a message that names the folder when it cannot be created (or is a file)
     */
    public static Path ensureExists(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            return root;
        }
        if (Files.exists(root)) {
            throw new IOException("The skill library " + root + " is a file, not a folder.");
        }
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new IOException("Cannot create the skill library folder " + root + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
