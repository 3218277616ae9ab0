package dev.skillfleet.desktop.core.editor;

import dev.skillfleet.desktop.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A text file open in the editor. It remembers how the file was stored ({@link TextFileFormat}: encoding, byte-order
 * mark, line breaks) and what it held ({@link FileFingerprint}), so that a save writes the user's text back in the
 * file's own form, atomically, and never over changes another program made meanwhile.
 *
 * <p>{@link #save} first reads the file again: if its bytes are not the ones the editor read (or last saved), nothing
 * is written and the outcome is {@link SaveOutcome.ChangedOnDisk} with the disk's text, so the user can choose between
 * {@link #saveOverwriting} and {@link #reload}. Between that check and the rename a tiny window remains in which
 * another program's write would be overwritten; no portable file lock closes it, and editors live with it.
 *
 * <p>A save keeps what the file system knows about the file: through a symbolic link the link's target is written
 * (the link stays a link), and its POSIX permissions (an executable script stays executable). Methods do disk I/O:
 * call them off the UI thread. They are synchronized, so a save and a reload never interleave.
 */
public final class EditedFile {

    private static final int MAX_LINKS = 40;

    private final Path path;
    private TextFileFormat format;
    private String text;
    private byte[] content;
    private FileFingerprint fingerprint;
    private Set<PosixFilePermission> permissions;
    /** Volatile, not behind the lock: the UI thread reads it while a save may hold the lock. */
    private volatile long revision;

    private EditedFile(Path path) {
        this.path = path;
    }

    /**
     * Reads a text file for editing.
     *
     * @throws NoSuchFileException     when it does not exist
     * @throws UnreadableTextException when its bytes are not valid text (nothing is replaced or guessed)
     */
    public static EditedFile open(Path file) throws IOException {
        EditedFile edited = new EditedFile(file.toAbsolutePath().normalize());
        edited.reload();
        return edited;
    }

    /** The file, absolute and normalized (a symbolic link is not resolved: this is the path the user opened). */
    public Path path() {
        return path;
    }

    public synchronized TextFileFormat format() {
        return format;
    }

    /** The text as last read or saved, with {@code \n} line breaks: what the file holds, as far as the editor knows. */
    public synchronized String text() {
        return text;
    }

    /** The fingerprint of the bytes last read or saved. */
    public synchronized FileFingerprint fingerprint() {
        return fingerprint;
    }

    /**
     * Counts the times the editor's idea of the file changed (each save and reload): text taken before a save can be
     * told from text taken after it.
     */
    public long revision() {
        return revision;
    }

    /** Whether the editor's text differs from what was last read or saved (line-break style aside). */
    public synchronized boolean isModified(String editorText) {
        return !text.equals(LineEnding.toEditor(editorText));
    }

    /** The bytes last read or saved. */
    synchronized byte[] content() {
        return content.clone();
    }

    /**
     * Writes the text in the file's form, unless the file changed on disk since it was read or last saved.
     *
     * @param editorText the editor's text; any line-break style is accepted and written in the file's
     * @throws IOException              when the file cannot be written (the file is then as it was)
     * @throws IllegalArgumentException when the text holds a lone UTF-16 surrogate, which no encoding can store
     *                                  (nothing is written rather than a replacement character)
     */
    public synchronized SaveOutcome save(String editorText) throws IOException {
        Optional<DiskContent> disk = DiskContent.read(path);
        if (disk.isPresent() && disk.get().fingerprint().sameContentAs(fingerprint)) {
            return write(editorText);
        }
        byte[] wanted = format.encode(editorText);
        if (disk.isPresent() && Arrays.equals(disk.get().bytes(), wanted)) {
            // Someone else wrote exactly this text: nothing to choose between.
            adopt(disk.get(), LineEnding.toEditor(editorText));
            return new SaveOutcome.Saved(path, fingerprint);
        }
        return changedOnDisk(disk);
    }

    /**
     * Writes the text whatever the file holds now: the user chose their text over the disk's after a {@link
     * SaveOutcome.ChangedOnDisk}. A deleted file is created again, in the form it was read with.
     */
    public synchronized SaveOutcome.Saved saveOverwriting(String editorText) throws IOException {
        return write(editorText);
    }

    /**
     * Reads the file again, taking its current form and content: the user chose the disk's text.
     *
     * @return the text, editor form
     * @throws NoSuchFileException     when the file was deleted
     * @throws UnreadableTextException when it is no longer valid text (the editor keeps what it had)
     */
    public synchronized String reload() throws IOException {
        DiskContent disk = DiskContent.read(path).orElseThrow(() -> new NoSuchFileException(path.toString(), null,
                "the file no longer exists"));
        TextFileFormat.Decoded decoded = TextFileFormat.decode(path, disk.bytes());
        format = decoded.format();
        text = decoded.text();
        content = disk.bytes();
        fingerprint = disk.fingerprint();
        permissions = permissionsOf(writeTarget());
        revision++;
        return text;
    }

    private SaveOutcome.Saved write(String editorText) throws IOException {
        byte[] bytes = format.encode(editorText);
        Path target = writeTarget();
        Set<PosixFilePermission> keep = Files.exists(target) ? permissionsOf(target) : permissions;
        AtomicFiles.write(target, bytes);
        restorePermissions(target, keep);
        FileFingerprint written = FileFingerprint.of(bytes, Files.getLastModifiedTime(target).toInstant());
        // What was written has one line-break style now, whatever the file had before.
        adopt(new DiskContent(bytes, written), LineEnding.toEditor(editorText));
        format = new TextFileFormat(format.encoding(), format.lineEnding(), false);
        return new SaveOutcome.Saved(path, fingerprint);
    }

    private void adopt(DiskContent disk, String editorText) {
        revision++;
        content = disk.bytes();
        fingerprint = disk.fingerprint();
        text = editorText;
    }

    private SaveOutcome.ChangedOnDisk changedOnDisk(Optional<DiskContent> disk) {
        if (disk.isEmpty()) {
            return new SaveOutcome.ChangedOnDisk(path, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Optional<FileFingerprint> now = Optional.of(disk.get().fingerprint());
        try {
            String diskText = TextFileFormat.decode(path, disk.get().bytes()).text();
            return new SaveOutcome.ChangedOnDisk(path, now, Optional.of(diskText), Optional.empty());
        } catch (UnreadableTextException e) {
            return new SaveOutcome.ChangedOnDisk(path, now, Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    /**
     * The file a write replaces: the path itself, or, when it is a symbolic link, the file the link points to —
     * renaming over the link would turn it into a plain file and leave the real one unchanged.
     */
    private Path writeTarget() throws IOException {
        Path target = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(target); i++) {
            target = target.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(target)).normalize();
        }
        if (Files.isSymbolicLink(target)) {
            throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
        }
        return target;
    }

    /** The file's POSIX permissions; null where the file system has none (Windows) or the file is gone. */
    private static Set<PosixFilePermission> permissionsOf(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            return view == null ? null : view.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The atomic write creates a new file, owner-only like every temp file; giving it the old file's permissions
     * back keeps a shared skill readable by others and a script executable.
     */
    private static void restorePermissions(Path file, Set<PosixFilePermission> permissions) {
        if (permissions == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            System.getLogger(EditedFile.class.getName()).log(System.Logger.Level.WARNING,
                    "Saved " + file + " but could not restore its permissions " + permissions + ": " + e.getMessage());
        }
    }
}
