package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file operations packaging and importing share. {@code AtomicFiles} covers contents held in memory; a package
 * is streamed (a skill may carry megabytes of fonts), so this writes through a channel with the same guarantees:
 * temp file beside the target, flushed to disk, renamed over the target.
 */
final class FileOps {

    @FunctionalInterface
    interface ChannelWriter {
        void write(FileChannel channel) throws IOException;
    }

    private FileOps() {
    }

    /** Writes {@code target} through {@code writer}; a crash or failure leaves the old file (or none), never half. */
    static void writeAtomically(Path target, ChannelWriter writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                writer.write(channel);
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** True when {@code path} is {@code file} or its temp sibling from {@link #writeAtomically}. */
    static boolean isOutputOrItsTemp(Path path, Path output) {
        if (path.equals(output)) {
            return true;
        }
        String name = path.getFileName().toString();
        return path.getParent() != null && path.getParent().equals(output.getParent())
                && name.startsWith("." + output.getFileName() + ".") && name.endsWith(".tmp");
    }

    /** Deletes a folder and everything in it; links are deleted, never followed. A missing folder is fine. */
    static void deleteTree(Path dir) throws IOException {
        dev.skillfleet.desktop.core.io.FileTrees.delete(dir);
    }

    /** Makes a rename durable; not every OS lets a directory be opened, which is fine to skip. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open directories; the rename is still atomic there.
        }
    }
}
