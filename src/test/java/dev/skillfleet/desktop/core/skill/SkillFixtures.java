package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixtures: the shared corpus copied to a temp folder (it must never be edited in place), and small skills. */
final class SkillFixtures {

    static final Path SHARED = dev.skillfleet.desktop.testing.Corpus.source();

    /** A SKILL.md that passes every check, errors and warnings alike; tests change one thing at a time. */
    static final String VALID = """
            ---
            name: pdf-tools
            description: Extracts text and tables from PDF files. Use when the user asks to read or split PDFs.
            license: Apache-2.0
            ---
            # PDF tools

            ## When to Use
            - reading PDFs
            """;

    private SkillFixtures() {
    }

    /** Copies the whole shared corpus into {@code target} and returns it. */
    static Path copyTo(Path target) {
        return dev.skillfleet.desktop.testing.Corpus.copy(SHARED, target);
    }

    static String skillMd(String name, String description, String body) {
        return "---\nname: " + name + "\ndescription: " + description + "\n---\n" + body;
    }

    /** Writes {@code <parent>/<relative>/SKILL.md} and returns the skill folder. */
    static Path writeSkill(Path parent, String relative, String content) {
        try {
            Path dir = parent.resolve(relative);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("SKILL.md"), content, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeValidSkill(Path parent, String relative) {
        String name = Path.of(relative).getFileName().toString();
        return writeSkill(parent, relative, VALID.replace("name: pdf-tools", "name: " + name));
    }
}
