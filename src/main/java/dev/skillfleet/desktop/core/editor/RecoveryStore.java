package dev.skillfleet.desktop.core.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillfleet.desktop.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Recovery copies of unsaved editor text, so that work survives the app being killed:
 * {@code <data>/recovery/<key>.json} (see {@link FileKey}), one per edited file, holding the file's path, the time,
 * the text and the fingerprint of the file the text was based on. Each copy is written atomically, so a kill leaves
 * the previous copy or the new one, never a torn one.
 *
 * <p>The editor calls {@link #remember} every few seconds, from any timer, off the UI thread (or through {@link
 * RecoveryAutosave}, which never blocks): it writes only when the text changed since the last copy, and never throws.
 * After a successful save, or when the user closes a file without saving on purpose, {@link #discard} removes the
 * copy. On start, before opening editors, {@link #pending} lists the copies a previous session left behind, for the
 * user to restore or discard; a copy neither restored nor discarded is replaced by its file's next unsaved text.
 */
public final class RecoveryStore {

    public static final String FOLDER = "recovery";
    private static final String SUFFIX = ".json";
    private static final int FORMAT = 1;
    /** A temp file this old is left by a killed write, not one in progress. */
    private static final Duration STALE_TEMP = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(RecoveryStore.class.getName());

    private final Path folder;
    private final Clock clock;
    /** Per key: what this session's copy holds now (text and base), to skip writing the same again. */
    private final Map<String, Written> written = new HashMap<>();
    /** Keys whose last write failed: logged once, not every few seconds. */
    private final Set<String> failing = new HashSet<>();

    private record Written(String text, FileFingerprint base) {
    }

    public RecoveryStore(Path dataFolder) {
        this(dataFolder, Clock.systemUTC());
    }

    public RecoveryStore(Path dataFolder, Clock clock) {
        this.folder = dataFolder.toAbsolutePath().normalize().resolve(FOLDER);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Where the recovery copy of {@code file} is written. */
    public Path copyOf(Path file) {
        return folder.resolve(FileKey.of(file).value() + SUFFIX);
    }

    /**
     * Keeps the editor's text for an open file, unless the file already holds it (then any copy is removed: there is
     * nothing to recover) or the copy already holds it.
     */
    public RememberResult remember(EditedFile file, String editorText) {
        try {
            if (!file.isModified(editorText)) {
                return forget(file.path()) ? RememberResult.of(RememberResult.Status.NOTHING_UNSAVED, file.path())
                        : RememberResult.failed(file.path(), "the old recovery copy could not be removed");
            }
            return remember(file.path(), file.fingerprint(), editorText);
        } catch (RuntimeException e) {
            return failure(file.path(), FileKey.of(file.path()).value(), e);
        }
    }

    /**
     * Keeps the editor's text for a file, based on the file's content with this fingerprint (null when unknown).
     * Writes only when text or base changed since this store's last copy. Never throws.
     */
    public synchronized RememberResult remember(Path file, FileFingerprint base, String editorText) {
        Path path = file.toAbsolutePath().normalize();
        String key = FileKey.of(path).value();
        try {
            String text = LineEnding.toEditor(editorText);
            Written now = new Written(text, base);
            if (now.equals(written.get(key))) {
                return RememberResult.of(RememberResult.Status.UNCHANGED, path);
            }
            ObjectNode copy = JSON.createObjectNode();
            copy.put("format", FORMAT);
            copy.put("file", path.toString());
            copy.put("time", clock.instant().toString());
            if (base != null) {
                copy.putObject("base").put("size", base.size()).put("lastModified", base.lastModified().toString())
                        .put("sha256", base.sha256());
            }
            copy.put("sha256", FileFingerprint.sha256(text.getBytes(StandardCharsets.UTF_8)));
            copy.put("text", text);
            AtomicFiles.write(folder.resolve(key + SUFFIX), JSON.writeValueAsBytes(copy));
            written.put(key, now);
            if (failing.remove(key)) {
                LOG.log(System.Logger.Level.INFO, "The recovery copy of " + path + " is written again");
            }
            return RememberResult.of(RememberResult.Status.WRITTEN, path);
        } catch (IOException | RuntimeException e) {
            return failure(path, key, e);
        }
    }

    private synchronized RememberResult failure(Path file, String key, Exception e) {
        String problem = "The recovery copy of " + file + " could not be written to " + folder + ": " + e;
        if (failing.add(key)) {
            LOG.log(System.Logger.Level.WARNING, problem);
        }
        return RememberResult.failed(file, problem);
    }

    /**
     * Removes the copy this session wrote for the file, if any. A copy left by an earlier session stays until the user
     * decided about it ({@link #discard}): opening its file unchanged must not throw it away.
     */
    private synchronized boolean forget(Path file) {
        Path path = file.toAbsolutePath().normalize();
        return !written.containsKey(FileKey.of(path).value()) || discard(path);
    }

    /**
     * Removes the file's recovery copy: after a successful save, or when the user closes the file without saving on
     * purpose. Never throws.
     *
     * @return whether no copy is left (false only when an existing copy could not be deleted; that is logged)
     */
    public synchronized boolean discard(Path file) {
        Path path = file.toAbsolutePath().normalize();
        String key = FileKey.of(path).value();
        written.remove(key);
        failing.remove(key);
        Path copy = folder.resolve(key + SUFFIX);
        try {
            Files.deleteIfExists(copy);
            return true;
        } catch (IOException | RuntimeException e) {
            if (!Files.exists(copy)) {
                return true; // e.g. the folder is not there at all
            }
            LOG.log(System.Logger.Level.WARNING, "The recovery copy of " + path + " could not be removed: " + e);
            return false;
        }
    }

    /**
     * The copies left by sessions that stopped without saving or discarding them, newest first, each with whether the
     * file changed on disk since. Copies this store wrote itself are not listed (they belong to files open now), nor
     * copies whose text the file holds anyway (those are removed). A copy that cannot be read is left where it is and
     * logged. Never throws.
     */
    public synchronized List<RecoveryCopy> pending() {
        List<RecoveryCopy> copies = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return copies;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path path : (Iterable<Path>) list::iterator) {
                String name = path.getFileName().toString();
                if (name.startsWith(".")) {
                    removeStaleTemp(path);
                } else if (name.endsWith(SUFFIX)
                        && !written.containsKey(name.substring(0, name.length() - SUFFIX.length()))) {
                    read(path).ifPresent(copies::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The recovery folder " + folder + " cannot be listed: " + e);
        }
        copies.sort(Comparator.comparing(RecoveryCopy::time).reversed());
        return copies;
    }

    /** A copy and the state of its file now; empty when it cannot be read, or there is nothing to recover. */
    private Optional<RecoveryCopy> read(Path copy) {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(copy));
            String text = root.path("text").asText(null);
            Path file = Path.of(root.path("file").asText(null));
            if (text == null || !FileFingerprint.sha256(text.getBytes(StandardCharsets.UTF_8))
                    .equals(root.path("sha256").asText())) {
                throw new IOException("its text does not match its hash");
            }
            JsonNode b = root.path("base");
            Optional<FileFingerprint> base = b.isObject() ? Optional.of(new FileFingerprint(b.path("size").asLong(),
                    Instant.parse(b.path("lastModified").asText()), b.path("sha256").asText())) : Optional.empty();
            Optional<DiskContent> disk = DiskContent.read(file);
            if (disk.isPresent() && holds(file, disk.get(), text)) {
                Files.deleteIfExists(copy); // saved after all: nothing to recover
                return Optional.empty();
            }
            boolean changed = disk.isEmpty() || base.isEmpty() || !disk.get().fingerprint().sameContentAs(base.get());
            return Optional.of(new RecoveryCopy(file, Instant.parse(root.path("time").asText()), text, base, changed,
                    disk.isEmpty()));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The recovery copy " + copy + " cannot be read and is left as it is: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean holds(Path file, DiskContent disk, String text) {
        try {
            return TextFileFormat.decode(file, disk.bytes()).text().equals(text);
        } catch (UnreadableTextException e) {
            return false;
        }
    }

    private void removeStaleTemp(Path temp) {
        try {
            if (Files.getLastModifiedTime(temp).toInstant().isBefore(clock.instant().minus(STALE_TEMP))) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // Left for the next start.
        }
    }
}
