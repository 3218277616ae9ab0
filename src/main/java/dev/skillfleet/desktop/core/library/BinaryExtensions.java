package dev.skillfleet.desktop.core.library;

import java.util.HashMap;
import java.util.Map;

/**
 * File extensions that are binary whatever their first bytes say (a PDF often starts with ASCII, a font's header
 * may hold no NUL in its first bytes), with what to call them. Text formats such as SVG, JSON or CSV are not here.
 */
final class BinaryExtensions {

    static final Map<String, String> KINDS = build();

    private BinaryExtensions() {
    }

    private static Map<String, String> build() {
        Map<String, String> kinds = new HashMap<>();
        put(kinds, "image", "png", "jpg", "jpeg", "gif", "bmp", "webp", "ico", "icns", "tif", "tiff", "psd", "heic",
                "avif");
        put(kinds, "PDF document", "pdf");
        put(kinds, "font", "ttf", "otf", "woff", "woff2", "eot");
        put(kinds, "archive", "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "tar", "jar", "war", "skill", "whl");
        put(kinds, "office document", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp");
        put(kinds, "audio", "mp3", "wav", "ogg", "flac", "m4a", "aac");
        put(kinds, "video", "mp4", "mov", "avi", "mkv", "webm");
        put(kinds, "compiled code", "class", "pyc", "pyo", "o", "a", "so", "dylib", "dll", "exe", "bin", "wasm");
        put(kinds, "database", "sqlite", "sqlite3", "db");
        return Map.copyOf(kinds);
    }

    private static void put(Map<String, String> kinds, String kind, String... extensions) {
        for (String extension : extensions) {
            kinds.put(extension, kind);
        }
    }
}
