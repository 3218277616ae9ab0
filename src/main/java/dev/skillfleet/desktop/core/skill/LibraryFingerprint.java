package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * What a scan of the library depends on, in one digest: equal digests mean a scan would find the same skills with
 * the same files, so a cached scan can be served. Computed by the scan's own walk (same folders, depth, skipped names
 * and links, {@code _drafts} only when asked) without parsing anything, from file attributes only:
 *
 * <ul>
 *   <li>every folder the walk lists: its modification time (changes when an entry is added, removed or renamed:
 *       a new or deleted skill, a SKILL.md created or deleted, a deprecated {@code tests/} folder appearing) and its
 *       number of entries (changes when an unreadable folder becomes readable, which leaves the time alone);</li>
 *   <li>every skill's SKILL.md and skill.md: size, modification time, file identity and readability (an edit in
 *       place changes the time and usually the size; a replacement changes the identity).</li>
 * </ul>
 *
 * <p>Modification times are coarse (1–10 ms on Linux, 2 s on FAT), so an edit that keeps a file's size in the same
 * tick as the previous one could keep its attributes. Like git's "racy" check, a fingerprint whose newest time is
 * within {@link #SETTLE} of when it was taken is not {@link #settled()}: what it describes may still change
 * unseen, so a scan taken with it must not be trusted later.
 *
 * @param digest  the attributes' SHA-256, shortened
 * @param settled whether every attribute was older than {@link #SETTLE} when the fingerprint was taken
 */
public record LibraryFingerprint(String digest, boolean settled) {

    /** Longer than the coarsest common timestamp resolution (FAT's 2 s). */
    public static final Duration SETTLE = Duration.ofSeconds(3);

    private static final String[] SKILL_FILES = {SkillFiles.SKILL_MD, SkillFiles.LOWERCASE_SKILL_MD};

    /** Walks {@code library} as its scan would, at the time {@code clock} says. */
    public static LibraryFingerprint of(SkillLibrary library, boolean includeDrafts, Clock clock) {
        Instant takenAt = clock.instant();
        LibraryWalker walker = new LibraryWalker(library.root(), includeDrafts);
        Set<Path> skills = new HashSet<>(walker.find());
        Attributes attributes = new Attributes(library.root());
        for (LibraryWalker.Listed listed : walker.listed()) {
            attributes.folder(listed.dir(), listed.entries());
            if (skills.contains(listed.dir())) {
                for (String name : SKILL_FILES) {
                    attributes.file(listed.dir().resolve(name));
                }
            }
        }
        return new LibraryFingerprint(attributes.digest(),
                attributes.newest.plus(SETTLE).isBefore(takenAt));
    }

    /** Feeds attributes into the digest and keeps the newest modification time seen. */
    private static final class Attributes {

        private final Path root;
        private final MessageDigest sha;
        private Instant newest = Instant.EPOCH;

        Attributes(Path root) {
            this.root = root;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        void folder(Path dir, int entries) {
            BasicFileAttributes attrs = read(dir);
            add("d", dir, entries, attrs == null ? "?" : time(attrs));
        }

        void file(Path file) {
            BasicFileAttributes attrs = read(file);
            if (attrs == null) {
                add("-", file);
                return;
            }
            add("f", file, attrs.size(), time(attrs), attrs.fileKey(), Files.isReadable(file));
        }

        String digest() {
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        }

        private String time(BasicFileAttributes attrs) {
            Instant modified = attrs.lastModifiedTime().toInstant();
            if (modified.isAfter(newest)) {
                newest = modified;
            }
            return modified.toString();
        }

        private void add(String type, Path path, Object... values) {
            StringBuilder line = new StringBuilder(type).append('\0').append(root.relativize(path));
            for (Object value : values) {
                line.append('\0').append(value);
            }
            sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }

        /** Attributes through links (a linked SKILL.md counts as its target), or null when there is no such file. */
        private static BasicFileAttributes read(Path path) {
            try {
                return Files.readAttributes(path, BasicFileAttributes.class);
            } catch (IOException | SecurityException e) {
                return null;
            }
        }
    }
}
