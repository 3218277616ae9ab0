package dev.skillfleet.desktop.core.editor;

import dev.skillfleet.desktop.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The saved versions of one file, kept in the app's data folder — never inside the skill, so a library, its git
 * repository and its exports hold no history clutter: {@code <data>/history/<key>/} (see {@link FileKey}), one file per
 * version named by the time it was kept (its bytes exactly as saved: encoding, byte-order mark and line breaks
 * included) and an {@code index.json}, both written atomically.
 *
 * <p>A save identical to the newest version keeps no new one. The newest {@link #DEFAULT_KEEP} versions are kept; older
 * ones are deleted as new ones come. History is never rewritten: {@link #restore} only returns a version's text, and
 * saving it makes it the newest version. Methods do disk I/O: call them off the UI thread.
 */
public final class SkillHistory {

    public static final int DEFAULT_KEEP = 200;
    public static final String FOLDER = "history";

    /** One lock per history folder, shared by every instance in this process that works on it. */
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path folder;
    private final int keep;
    private final Clock clock;
    private final Object lock;

    private SkillHistory(Path dataFolder, Path file, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one version, not " + keep);
        }
        FileKey key = FileKey.of(file);
        this.file = key.file();
        this.folder = dataFolder.toAbsolutePath().normalize().resolve(FOLDER).resolve(key.value());
        this.keep = keep;
        this.clock = clock;
        this.lock = LOCKS.computeIfAbsent(folder, f -> new Object());
    }

    /** The history of {@code file} in the app's data folder (see {@code DataLocation}). */
    public static SkillHistory of(Path dataFolder, Path file) {
        return new SkillHistory(dataFolder, file, DEFAULT_KEEP, Clock.systemUTC());
    }

    /** The same, keeping the newest {@code keep} versions, its times from {@code clock}. */
    public static SkillHistory of(Path dataFolder, Path file, int keep, Clock clock) {
        return new SkillHistory(dataFolder, file, keep, clock);
    }

    /** The file whose history this is (absolute, normalized, its folder's links resolved). */
    public Path file() {
        return file;
    }

    /** Where the versions are kept. */
    public Path folder() {
        return folder;
    }

    /** The kept versions, newest first. */
    public List<HistoryVersion> versions() throws IOException {
        synchronized (lock) {
            List<HistoryVersion> versions = new ArrayList<>();
            for (HistoryIndex.Entry entry : HistoryIndex.load(folder)) {
                versions.addFirst(entry.version());
            }
            return versions;
        }
    }

    /** Keeps the bytes just saved as the newest version, written now. See {@link #record(byte[], Instant)}. */
    public HistoryVersion record(byte[] content) throws IOException {
        return keep(content, null);
    }

    /**
     * Keeps these bytes as the newest version, unless the newest already holds them.
     *
     * @param written when the content was written (a save: now; a file's content before its first save: its
     *                modification time)
     * @return the new version, or the newest one when it holds the same bytes
     */
    public HistoryVersion record(byte[] content, Instant written) throws IOException {
        return keep(content, written);
    }

    /** @param written null for now: the id's time */
    private HistoryVersion keep(byte[] content, Instant written) throws IOException {
        String sha256 = FileFingerprint.sha256(content);
        synchronized (lock) {
            List<HistoryIndex.Entry> entries = new ArrayList<>(HistoryIndex.load(folder));
            if (!entries.isEmpty() && entries.getLast().version().sha256().equals(sha256)) {
                return entries.getLast().version();
            }
            Instant now = nextTime(entries.isEmpty() ? null : entries.getLast().version().id());
            String id = HistoryIndex.ID.format(now);
            String fileName = id + extension();
            Files.createDirectories(folder);
            // The version file first, then the index: a crash between the two leaves a file the next load adds back.
            AtomicFiles.write(folder.resolve(fileName), content);
            HistoryVersion version = new HistoryVersion(id, written == null ? now : written, content.length, sha256);
            entries.add(new HistoryIndex.Entry(version, fileName));
            List<HistoryIndex.Entry> dropped = new ArrayList<>(entries.subList(0,
                    Math.max(0, entries.size() - keep)));
            entries.subList(0, dropped.size()).clear();
            HistoryIndex.write(folder, file, entries);
            for (HistoryIndex.Entry old : dropped) {
                Files.deleteIfExists(folder.resolve(old.fileName()));
            }
            return version;
        }
    }

    /**
     * The text of a version, with {@code \n} line breaks.
     *
     * @throws NoSuchFileException when the history has no such version (it may have been dropped by the cap)
     */
    public String read(String id) throws IOException {
        Path path = pathOf(id);
        return TextFileFormat.decode(path, Files.readAllBytes(path)).text();
    }

    /** The bytes of a version exactly as they were saved. */
    public byte[] readBytes(String id) throws IOException {
        return Files.readAllBytes(pathOf(id));
    }

    /** What changed from version {@code fromId} to version {@code toId}. */
    public TextDiff diff(String fromId, String toId) throws IOException {
        return TextDiff.between(read(fromId), read(toId), fromId, toId);
    }

    /**
     * The text of a version, to put back in the editor. The history is not changed: the caller saves the text through
     * its {@link EditedFile}, which makes it the newest version (the versions after it stay, so a restore can be
     * undone by restoring again).
     */
    public String restore(String id) throws IOException {
        return read(id);
    }

    private Path pathOf(String id) throws IOException {
        synchronized (lock) {
            for (HistoryIndex.Entry entry : HistoryIndex.load(folder)) {
                if (entry.version().id().equals(id)) {
                    return folder.resolve(entry.fileName());
                }
            }
        }
        throw new NoSuchFileException(file.toString(), null, "no version " + id + " in its history " + folder);
    }

    /** The clock's time for a new id, moved on a millisecond past the newest id when two saves share one. */
    private Instant nextTime(String newest) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant last = newest == null ? null : HistoryIndex.timeOf(newest);
        return last != null && !now.isAfter(last) ? last.plusMillis(1) : now;
    }

    /** The file's own extension, so a version opens in the right program: {@code .md}, {@code .py}, or none. */
    private String extension() {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        return extension.matches("\\.[A-Za-z0-9]{1,10}") ? extension : "";
    }
}
