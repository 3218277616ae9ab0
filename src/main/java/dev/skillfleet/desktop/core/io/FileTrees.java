package dev.skillfleet.desktop.core.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deletes a folder and everything in it. Links are removed as links and never followed, so deleting a skill that
 * links to shared files elsewhere deletes only the link.
 */
public final class FileTrees {

    private FileTrees() {
    }

    /** A missing path is fine. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        // walkFileTree does not follow links by default: a link to a folder arrives at visitFile as the link itself.
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** For leftovers whose removal is a courtesy: a failure leaves a hidden folder, never a broken skill. */
    public static void deleteQuietly(Path path) {
        try {
            delete(path);
        } catch (IOException ignored) {
            // Callers only delete leftovers whose names start with ".", which library scans skip.
        }
    }
}
