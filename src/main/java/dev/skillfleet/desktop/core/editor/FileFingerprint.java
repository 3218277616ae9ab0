package dev.skillfleet.desktop.core.editor;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What a file held when it was read: its size, its modification time and a SHA-256 of its bytes.
 *
 * <p>Whether the file changed is decided by its content ({@link #sameContentAs}): size and hash. The modification
 * time alone proves nothing either way — a file rewritten within the clock's resolution, or by a tool that restores
 * timestamps, keeps its time with other bytes; a {@code touch} or a sync tool rewriting the same bytes changes the
 * time and loses nothing if overwritten — so it is kept only to tell the user when the file was changed.
 */
public record FileFingerprint(long size, Instant lastModified, String sha256) {

    public static FileFingerprint of(byte[] bytes, Instant lastModified) {
        return new FileFingerprint(bytes.length, lastModified, sha256(bytes));
    }

    /** Whether the two fingerprints are of the same bytes. */
    public boolean sameContentAs(FileFingerprint other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
