package dev.skillfleet.desktop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The real skill libraries in ../shared/corpus, copied into a test's temp folder (they are never edited in place).
 * {@code -Dskillfleet.corpus=DIR} points elsewhere.
 */
public final class Corpus {

    public static final int ANTHROPIC_SKILLS = 14;
    public static final int TAXONOMY_SKILLS = 7;

    private Corpus() {
    }

    public static Path source() {
        Path path = Path.of(System.getProperty("skillfleet.corpus", "../shared/corpus")).toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("anthropic-skills"))) {
            throw new IllegalStateException("The shared corpus is not at " + path + ": clone with ../shared beside the "
                    + "project or pass -Dskillfleet.corpus=DIR");
        }
        return path;
    }

    /** Both libraries merged into one root: flat Anthropic skills beside the taxonomy's category folders. */
    public static Path mixedLibrary(Path target) {
        copy(source().resolve("anthropic-skills"), target);
        copy(source().resolve("skill-fleet-taxonomy"), target);
        return target;
    }

    public static Path copy(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path dest = to.resolve(from.relativize(file).toString());
                    if (!file.getFileName().toString().startsWith("LICENSE")) {
                        Files.copy(file, dest);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
