package dev.skillfleet.desktop.core.library;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What an import reads from: a zip (.skill or .zip) or a folder, listed the same way for the planner. */
interface ImportSource extends Closeable {

    enum Kind { FILE, DIRECTORY, LINK, OTHER }

    /**
     * One entry as found.
     *
     * @param name       "/"-separated, as stored in the zip or relative to the source folder; not yet checked
     * @param size       bytes, as declared by the zip or the file system
     * @param executable the entry carries an executable bit
     * @param problem    why it cannot be read (encrypted, unsupported compression), or null
     */
    record Entry(String name, Kind kind, long size, boolean executable, String problem) {
    }

    /** The source's own name for messages: "x.zip", "pdf-tools". */
    String displayName();

    /** True for a zip, whose top level holds the skill folder; false for a folder, which is the skill folder. */
    boolean archive();

    List<Entry> entries();

    /** Set when the source has more entries than the limit allows; {@link #entries()} is then incomplete. */
    long entryCountOverLimit();

    /** Opens a file entry listed by {@link #entries()}. */
    InputStream open(String name) throws IOException;

    /**
     * Opens a zip or a folder.
     *
     * @throws NotReadableException when the source is missing or is not a readable zip or folder
     */
    static ImportSource open(Path source, ImportLimits limits) throws NotReadableException {
        if (Files.isDirectory(source)) {
            return FolderSource.open(source, limits);
        }
        if (Files.isRegularFile(source)) {
            return ZipSource.open(source, limits);
        }
        throw new NotReadableException(Files.exists(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                ? "it is neither a file nor a folder" : "there is no file or folder at " + source);
    }

    /** The source cannot be read at all; the message completes "Cannot import NAME: …". */
    final class NotReadableException extends Exception {
        NotReadableException(String message) {
            super(message);
        }
    }
}
