package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder's whole content (relative path to size, folders as -1), to show that nothing at all was written. */
final class Trees {

    private Trees() {
    }

    static Map<String, Long> snapshot(Path root) {
        Map<String, Long> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(p -> {
                try {
                    tree.put(root.relativize(p).toString(), Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? -1
                            : Files.size(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    static String validSkill(String name) {
        return """
                ---
                name: %s
                description: Extracts text and tables from PDF files. Use when the user asks to read or split PDFs.
                ---
                # PDF tools

                ## When to Use
                - reading PDFs
                """.formatted(name);
    }

    static Path writeSkill(Path parent, String name) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.writeString(dir.resolve("SKILL.md"), validSkill(name));
        return dir;
    }
}
