package dev.skillfleet.desktop.core.library;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Names a few common binary formats from their first bytes, so a file without an extension is still described. */
final class MagicNumbers {

    private record Magic(byte[] prefix, String kind) {
    }

    private static final Magic[] KNOWN = {
            magic(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "PNG image"),
            magic(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "JPEG image"),
            magic("GIF8", "GIF image"),
            magic("%PDF-", "PDF document"),
            magic(new byte[] {'P', 'K', 3, 4}, "zip archive"),
            magic(new byte[] {0x1F, (byte) 0x8B}, "gzip archive"),
            magic(new byte[] {0x7F, 'E', 'L', 'F'}, "executable"),
            magic("wOFF", "font"),
            magic("wOF2", "font"),
            magic("SQLite format 3", "database"),
    };

    private MagicNumbers() {
    }

    static Optional<String> kind(byte[] bytes, int length) {
        for (Magic magic : KNOWN) {
            if (startsWith(bytes, length, magic.prefix())) {
                return Optional.of(magic.kind());
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Magic magic(byte[] prefix, String kind) {
        return new Magic(prefix, kind);
    }

    private static Magic magic(String prefix, String kind) {
        return new Magic(prefix.getBytes(StandardCharsets.US_ASCII), kind);
    }
}
