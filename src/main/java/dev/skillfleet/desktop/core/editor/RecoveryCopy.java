package dev.skillfleet.desktop.core.editor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Unsaved text a session of the app left behind when it stopped without saving or discarding it (killed, crashed,
 * power lost): the app offers it back on its next start.
 *
 * @param file          the file the text was being edited for, as the editor opened it
 * @param time          when the copy was written
 * @param text          the editor's text then, {@code \n} line breaks
 * @param base          the fingerprint of the file as the editor had read or last saved it; empty when unknown
 * @param changedOnDisk whether the file on disk is no longer what the editor had read (another program changed
 *                      it, or it was deleted — see {@code deleted}): restoring the copy then overrides that change,
 *                      so the user should see the difference first
 * @param deleted       whether the file no longer exists
 */
public record RecoveryCopy(Path file, Instant time, String text, Optional<FileFingerprint> base,
                           boolean changedOnDisk, boolean deleted) {
}
