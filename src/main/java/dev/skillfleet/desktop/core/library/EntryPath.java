package dev.skillfleet.desktop.core.library;

import java.util.ArrayList;
import java.util.List;

/**
 * A zip entry name (or a relative path found in a folder), checked and split into segments. Anything that could
 * make a writer leave the target folder is rejected here, before a single byte is written: {@code ..} segments,
 * absolute paths, drive letters, backslashes (a separator on Windows) and control characters.
 *
 * @param segments  the path's folder and file names; never empty, never "." or ".."
 * @param directory the entry names a folder (a zip name ending with "/")
 */
record EntryPath(List<String> segments, boolean directory) {

    /** Thrown with a reason phrase that completes "entry NAME …". */
    static final class UnsafeException extends Exception {
        UnsafeException(String reason) {
            super(reason);
        }
    }

    EntryPath {
        segments = List.copyOf(segments);
    }

    /**
     * Splits a "/"-separated name. Empty and "." segments are dropped (they change nothing); a name made only of
     * them yields an empty path, which callers skip.
     */
    static EntryPath parse(String name) throws UnsafeException {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new UnsafeException("has a control character in its name");
            }
        }
        if (name.indexOf('\\') >= 0) {
            throw new UnsafeException("uses backslashes (\\), which Windows reads as folder separators");
        }
        if (name.startsWith("/")) {
            throw new UnsafeException("is an absolute path");
        }
        if (name.length() >= 2 && Character.isLetter(name.charAt(0)) && name.charAt(1) == ':') {
            throw new UnsafeException("starts with a drive letter");
        }
        if (name.indexOf(':') >= 0) {
            throw new UnsafeException("contains \":\" (a drive letter or a Windows stream name)");
        }
        List<String> segments = new ArrayList<>();
        int depth = 0;
        boolean dotDot = false;
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                dotDot = true;
                if (--depth < 0) {
                    throw new UnsafeException("would be written outside the skill folder");
                }
                continue;
            }
            depth++;
            segments.add(segment);
        }
        if (dotDot) {
            // It stays inside, but a ".." that "cancels out" is never what an honest archiver writes.
            throw new UnsafeException("contains a \"..\" segment");
        }
        return new EntryPath(segments, name.endsWith("/"));
    }

    boolean isEmpty() {
        return segments.isEmpty();
    }

    String first() {
        return segments.getFirst();
    }

    String last() {
        return segments.getLast();
    }

    /** The same path without its first segment (the skill folder of a package). */
    EntryPath dropFirst() {
        return new EntryPath(segments.subList(1, segments.size()), directory);
    }

    /** "/"-joined, with a trailing "/" for a folder. */
    String joined() {
        return String.join("/", segments) + (directory ? "/" : "");
    }
}
