package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.testing.Corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Small skills and drafts written straight to disk, the way the draft store lays them out. */
final class DraftFixtures {

    static final String ID = "20250301-142501-a3f9";

    private DraftFixtures() {
    }

    /** The real taxonomy library (7 skills in dspy/, web/, practices/), copied: enough for drafts, and quick. */
    static Path library(Path dir) {
        return Corpus.copy(Corpus.source().resolve("skill-fleet-taxonomy"), dir);
    }

    static String skillMd(String name) {
        return """
                ---
                name: %s
                description: Sets up pytest fixtures for a project. Use when tests need shared setup or teardown.
                ---
                # Pytest fixtures

                ## When to Use
                - adding shared test setup
                """.formatted(name);
    }

    /** Writes {@code <root>/_drafts/<id>/<relative>/SKILL.md} and returns the draft's folder. */
    static Path draft(Path root, String id, String relative, String content) {
        return write(root.resolve("_drafts").resolve(id).resolve(relative), content);
    }

    static Path validDraft(Path root, String relative) {
        return draft(root, ID, relative, skillMd(Path.of(relative).getFileName().toString()));
    }

    static Path write(Path dir, String content) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("SKILL.md"), content);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every path under {@code dir}, relative and sorted: to show that a refusal changed nothing. */
    static List<String> tree(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<String> all = new ArrayList<>();
            paths.forEach(p -> all.add(dir.relativize(p).toString()));
            all.sort(null);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
