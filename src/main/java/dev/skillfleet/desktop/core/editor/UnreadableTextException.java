package dev.skillfleet.desktop.core.editor;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file the editor refuses to open because its bytes are not valid text in the encoding they announce (UTF-8 when
 * there is no byte-order mark). The message names the file, the byte offset and the line, so the user can find it.
 */
public final class UnreadableTextException extends IOException {

    private final transient Path file;
    private final long offset;
    private final int line;

    UnreadableTextException(Path file, TextEncoding encoding, long offset, int line) {
        super(file + ": not valid " + encoding.label() + " text at byte " + offset + " (line " + line + "). The "
                + "editor opens UTF-8 files, and UTF-16 files that start with a byte-order mark; it does not guess "
                + "other encodings. Convert the file to UTF-8 and open it again; nothing was changed.");
        this.file = file;
        this.offset = offset;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The offset of the first invalid byte, counted from the file's first byte. */
    public long offset() {
        return offset;
    }

    /** The 1-based line the invalid byte is on. */
    public int line() {
        return line;
    }
}
