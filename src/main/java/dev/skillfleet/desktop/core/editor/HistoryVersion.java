package dev.skillfleet.desktop.core.editor;

import java.time.Instant;

/**
 * One kept version of a file.
 *
 * @param id     its name in the history (the UTC time it was kept, e.g. {@code 20250314T101530123Z}); ids sort in the
 *               order the versions were kept
 * @param time   when this content was written: the save's time, or for the version a file had before its first save
 *               in the editor, the file's modification time
 * @param size   its size in bytes, as on disk
 * @param sha256 a hash of its bytes
 */
public record HistoryVersion(String id, Instant time, long size, String sha256) {
}
