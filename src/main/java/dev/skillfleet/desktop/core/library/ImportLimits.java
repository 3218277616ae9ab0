package dev.skillfleet.desktop.core.library;

/**
 * Bounds on what one import may unpack, so a zip bomb (a few kilobytes inflating to gigabytes, or millions of
 * entries) is refused before it fills the disk. Real skills are far below: the largest in the shared corpus is under
 * 1 MB in about 40 files.
 *
 * @param maxBytes   total size of the files written
 * @param maxEntries entries in the archive or files and folders in the source folder, junk included
 */
public record ImportLimits(long maxBytes, int maxEntries) {

    public static final ImportLimits DEFAULT = new ImportLimits(100L * 1024 * 1024, 10_000);

    public ImportLimits {
        if (maxBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** E.g. "100 MB", for messages. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
