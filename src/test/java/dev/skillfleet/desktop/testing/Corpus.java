package dev.skillfleet.desktop.testing;

import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The real skill libraries in ../shared/corpus, copied into a test's temp folder (they are never edited in place).
 * {@code -Dskillfleet.corpus=DIR} points elsewhere. A missing corpus fails the test, unless
 * {@code -Dskillfleet.corpus.optional=true} says to skip the tests that need it (the release workflow's test job,
 * with {@link CorpusCondition}).
 */
public final class Corpus {

    public static final int ANTHROPIC_SKILLS = 14;
    public static final int TAXONOMY_SKILLS = 7;

    private Corpus() {
    }

    /** Where the corpus is looked for: {@code -Dskillfleet.corpus=DIR}, else ../shared/corpus. */
    public static Path location() {
        return Path.of(System.getProperty("skillfleet.corpus", "../shared/corpus")).toAbsolutePath().normalize();
    }

    public static boolean available() {
        return Files.isDirectory(location().resolve("anthropic-skills"));
    }

    /** Whether this run skips the tests that need the corpus when it is missing, instead of failing them. */
    public static boolean optional() {
        return Boolean.getBoolean("skillfleet.corpus.optional");
    }

    public static Path source() {
        Path path = location();
        if (!available()) {
            String missing = "The shared corpus is not at " + path + ": clone with ../shared beside the project or pass "
                    + "-Dskillfleet.corpus=DIR";
            if (optional()) {
                // CorpusCondition skips such tests before they start; this is the backstop for any it cannot see.
                throw new TestAbortedException(missing + " (skipped: -Dskillfleet.corpus.optional=true)");
            }
            throw new IllegalStateException(missing);
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
