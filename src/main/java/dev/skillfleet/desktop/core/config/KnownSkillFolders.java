package dev.skillfleet.desktop.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folders where agents keep skills by convention, offered when the user adds a library: Claude Code's
 * {@code ~/.claude/skills} and a project's {@code .claude/skills}, and the cross-agent {@code ~/.agents/skills}
 * and {@code .agents/skills}. All use the flat layout ({@code <folder>/<skill>/SKILL.md}).
 */
public final class KnownSkillFolders {

    private KnownSkillFolders() {
    }

    /**
     * Every conventional folder for this user and project, whether it exists or not: the user's own first, then the
     * project's; absolute, normalized, without repeats (the working directory may be the home folder).
     */
    public static List<Path> candidates(Path home, Path workingDir) {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path base : List.of(home, workingDir)) {
            Path absolute = base.toAbsolutePath().normalize();
            folders.add(absolute.resolve(".claude").resolve("skills"));
            folders.add(absolute.resolve(".agents").resolve("skills"));
        }
        return List.copyOf(folders);
    }

    /** The {@link #candidates} that exist as folders now, in the same order. */
    public static List<Path> suggest(Path home, Path workingDir) {
        return candidates(home, workingDir).stream().filter(Files::isDirectory).toList();
    }
}
