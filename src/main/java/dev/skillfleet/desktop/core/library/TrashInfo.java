package dev.skillfleet.desktop.core.library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The content of a freedesktop.org {@code .trashinfo} file: where the item came from and when it was trashed, so
 * the file manager can show it and restore it.
 */
final class TrashInfo {

    /** "The date and time are to be in the YYYY-MM-DDThh:mm:ss format", in local time. */
    static final DateTimeFormatter DELETION_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TrashInfo() {
    }

    /** @param original the trashed item's absolute path (the home trash stores absolute paths) */
    static String of(Path original, LocalDateTime deleted) {
        return "[Trash Info]\n"
                + "Path=" + encodePath(original.toString()) + "\n"
                + "DeletionDate=" + deleted.truncatedTo(ChronoUnit.SECONDS).format(DELETION_DATE) + "\n";
    }

    /**
     * "The value of the path key must be escaped as in URLs": the UTF-8 bytes of everything but the unreserved
     * characters and "/" become %XX. This is what GLib and KDE write, and any URL decoder reads it back.
     */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
