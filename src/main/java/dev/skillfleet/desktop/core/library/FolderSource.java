package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;

/**
 * A skill folder to import. Walked without following links: a link inside it is listed as a link (and the import is
 * refused), so a folder can never smuggle in files from elsewhere on disk. The folder itself may be reached through a
 * link; that one the user chose.
 */
final class FolderSource implements ImportSource {

    private final Path dir;
    private final List<Entry> entries;
    private final long overLimit;

    private FolderSource(Path dir, List<Entry> entries, long overLimit) {
        this.dir = dir;
        this.entries = entries;
        this.overLimit = overLimit;
    }

    static FolderSource open(Path dir, ImportLimits limits) throws NotReadableException {
        List<Entry> entries = new ArrayList<>();
        try {
            boolean complete = walk(dir, "", entries, limits.maxEntries());
            return new FolderSource(dir, List.copyOf(entries), complete ? 0 : entries.size());
        } catch (IOException | SecurityException e) {
            throw new NotReadableException("the folder could not be read (" + e.getMessage() + ")");
        }
    }

    /** Depth first in sorted order; false when it stopped at the entry limit (the folder is not a skill then). */
    private static boolean walk(Path dir, String prefix, List<Entry> out, int max) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        }
        children.sort(null);
        for (Path child : children) {
            if (out.size() >= max) {
                return false;
            }
            String name = prefix + child.getFileName();
            BasicFileAttributes attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                out.add(new Entry(name, Kind.LINK, 0, false, null));
            } else if (attrs.isDirectory()) {
                out.add(new Entry(name + "/", Kind.DIRECTORY, 0, false, null));
                if (!walk(child, name + "/", out, max)) {
                    return false;
                }
            } else if (attrs.isRegularFile()) {
                out.add(new Entry(name, Kind.FILE, attrs.size(), executable(child), null));
            } else {
                out.add(new Entry(name, Kind.OTHER, 0, false, null));
            }
        }
        return true;
    }

    private static boolean executable(Path file) {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).permissions()
                    .contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    @Override
    public String displayName() {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }

    @Override
    public boolean archive() {
        return false;
    }

    @Override
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public long entryCountOverLimit() {
        return overLimit;
    }

    /** Re-checked at read time: the folder may have changed since it was listed. */
    @Override
    public InputStream open(String name) throws IOException {
        Path file = dir;
        boolean link = false;
        for (String segment : name.split("/")) {
            file = file.resolve(segment);
            link |= Files.isSymbolicLink(file); // a folder swapped for a link since the listing
        }
        if (link || !file.normalize().startsWith(dir) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(name + " in " + displayName() + " changed since it was checked (it is no longer "
                    + "a regular file)");
        }
        return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void close() {
        // nothing held open
    }
}
