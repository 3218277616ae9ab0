package dev.skillfleet.desktop.core.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** A file's bytes and the fingerprint of exactly those bytes, read together. */
record DiskContent(byte[] bytes, FileFingerprint fingerprint) {

    private static final int ATTEMPTS = 5;

    /**
     * The file as it is now; empty when it does not exist. The time is read before and after the bytes: a file being
     * rewritten meanwhile is read again, so the time never belongs to other bytes than the hash.
     */
    static Optional<DiskContent> read(Path file) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
                byte[] bytes = Files.readAllBytes(file);
                BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
                boolean steady = before.lastModifiedTime().equals(after.lastModifiedTime())
                        && after.size() == bytes.length;
                if (steady || attempt == ATTEMPTS) {
                    return Optional.of(new DiskContent(bytes,
                            FileFingerprint.of(bytes, after.lastModifiedTime().toInstant())));
                }
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }
    }
}
