package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * The freedesktop.org Trash specification (1.0), used by GNOME, KDE, Xfce and most Linux file managers: the item
 * moves to {@code $trash/files/<name>}, and {@code $trash/info/<name>.trashinfo} records where it came from and when.
 *
 * <p>Only the home trash ({@code $XDG_DATA_HOME/Trash}) is implemented. The spec wants items on other file systems
 * to go to that file system's own trash ({@code $topdir/.Trash/$uid} or {@code $topdir/.Trash-$uid}), because
 * moving them home would mean copying; such items are refused with a message instead, and the caller can offer to
 * delete them permanently. A library and its drafts normally live in the home folder, where this never happens.
 */
public final class FreedesktopTrash implements Trash {

    private static final int MAX_NAME_ATTEMPTS = 10_000;

    private final Path directory;
    private final Clock clock;

    /** @param directory the trash folder itself (the one holding {@code files/} and {@code info/}) */
    public FreedesktopTrash(Path directory, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The home trash: {@code $XDG_DATA_HOME/Trash}, or {@code ~/.local/share/Trash} when the variable is unset, empty
     * or relative (the base directory spec says to ignore relative paths).
     */
    public static FreedesktopTrash home(Map<String, String> environment, Path userHome, Clock clock) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path dataHome = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : userHome.resolve(".local").resolve("share");
        return new FreedesktopTrash(dataHome.resolve("Trash"), clock);
    }

    /** The trash folder, e.g. ~/.local/share/Trash. */
    public Path directory() {
        return directory;
    }

    @Override
    public void moveToTrash(Path path) throws IOException {
        Path item = path.toAbsolutePath().normalize();
        if (!Files.exists(item, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(item + " does not exist, so there is nothing to move to the trash.");
        }
        if (directory.startsWith(item)) {
            throw new IOException(item + " holds the trash " + directory + " itself, so it cannot be moved there.");
        }
        Path files = directory.resolve("files");
        Path info = directory.resolve("info");
        createTrash(files, info);
        if (!sameFileSystem(item.getParent(), files)) {
            throw otherFileSystem(item);
        }
        // The spec's order: reserve the name by creating the info file exclusively, then move the item under it.
        // A second program trashing the same name at the same moment gets the next free name instead.
        String name = item.getFileName().toString();
        Path infoFile = reserve(info, files, name, TrashInfo.of(item, LocalDateTime.now(clock)));
        String reserved = infoFile.getFileName().toString();
        Path destination = files.resolve(reserved.substring(0, reserved.length() - ".trashinfo".length()));
        try {
            Files.move(item, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(infoFile);
            if (e instanceof AtomicMoveNotSupportedException) {
                throw otherFileSystem(item);
            }
            throw new IOException("Could not move " + item + " to the trash " + directory + " ("
                    + LibraryPaths.reason(e) + "); it was left in place.", e);
        }
    }

    @Override
    public String describe() {
        return "Moves it to the Trash (" + directory + ").";
    }

    private static void createTrash(Path files, Path info) throws IOException {
        // The base directory spec asks for 0700 on folders it creates; the trash holds private files.
        FileAttribute<?>[] ownerOnly = Files.getFileStore(existingAncestor(files))
                .supportsFileAttributeView(PosixFileAttributeView.class)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        try {
            Files.createDirectories(files, ownerOnly);
            Files.createDirectories(info, ownerOnly);
        } catch (IOException e) {
            throw new IOException("Could not create the trash folders " + files + " and " + info + " ("
                    + LibraryPaths.reason(e) + "); nothing was moved.", e);
        }
    }

    /**
     * Creates {@code info/<name>.trashinfo} with {@code CREATE_NEW} (the atomic, exclusive create the spec asks for),
     * trying "name", "name.2", "name.3"… until one is free both in {@code info/} and {@code files/}.
     */
    private static Path reserve(Path info, Path files, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        for (int n = 1; n <= MAX_NAME_ATTEMPTS; n++) {
            String candidate = n == 1 ? name : name + "." + n;
            if (Files.exists(files.resolve(candidate), LinkOption.NOFOLLOW_LINKS)) {
                continue; // an item whose info file was lost; never overwrite it
            }
            Path infoFile = info.resolve(candidate + ".trashinfo");
            try (FileChannel channel = FileChannel.open(infoFile, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                try {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                } catch (IOException e) {
                    Files.deleteIfExists(infoFile);
                    throw e;
                }
                return infoFile;
            } catch (FileAlreadyExistsException taken) {
                // Try the next name.
            } catch (IOException e) {
                throw new IOException("Could not write " + infoFile + " (" + LibraryPaths.reason(e) + "); nothing was "
                        + "moved to the trash.", e);
            }
        }
        throw new IOException("The trash " + files.getParent() + " already holds " + MAX_NAME_ATTEMPTS + " items named "
                + name + "; empty the trash and try again.");
    }

    private IOException otherFileSystem(Path item) {
        return new IOException(item + " is on a different file system from the trash " + directory + ", and moving "
                + "it there would mean copying it; it was left in place. Delete it permanently instead, or move it to "
                + "that file system's own trash in the file manager.");
    }

    /** By device number where the OS has one (bind mounts of one disk share it, and rename works across them). */
    private static boolean sameFileSystem(Path a, Path b) throws IOException {
        try {
            Object devA = Files.getAttribute(a, "unix:dev");
            Object devB = Files.getAttribute(b, "unix:dev");
            return devA.equals(devB);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Files.getFileStore(a).equals(Files.getFileStore(b));
        }
    }

    private static Path existingAncestor(Path p) {
        Path current = p;
        while (current != null && !Files.exists(current)) {
            current = current.getParent();
        }
        return current == null ? p.getRoot() : current;
    }
}
