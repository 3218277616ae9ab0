package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Follows folders by looking at them again at each poll and comparing with the previous look, where the OS gives no
 * change events: macOS (the JDK's WatchService there polls every 2 s, which with the quiet period misses the
 * 2-second promise), network drives (whose changes made by other machines raise no local events), or past the OS's
 * limit of watches. Each difference becomes the event a WatchService would have raised, for {@link WatchedTree}.
 *
 * <p>A folder whose modification time has not changed has the same entries (adding, removing or renaming one
 * changes it), so only its files are looked at again, for edits in place; its listing is read again only when its
 * time changed, or while that time is too recent to trust (timestamps are coarse on some file systems: two changes
 * in the same tick leave the same time, as git's "racy" check knows). That halves a poll of a large library.
 *
 * <p>Not thread-safe: the watcher calls it under its lock.
 */
final class PollingRegistrar implements WatchedTree.Registrar {

    /** One entry as seen: a change in any of these is a change of the entry. */
    private record Entry(boolean folder, long size, FileTime modified, Object fileKey) {
    }

    /**
     * A folder's last look: its own time and identity, and its entries by name (hidden ones left out, as the tree
     * ignores them); entries null while it cannot be read.
     */
    private record Look(FileTime modified, Object fileKey, Instant at, Map<String, Entry> entries) {
    }

    /** A path and what happened to it, as a WatchService would report it. */
    record Event(WatchEvent.Kind<Path> kind, Path path) {
    }

    private final Map<Path, Look> looks = new HashMap<>();

    @Override
    public boolean register(Path dir) {
        Look look = look(dir);
        looks.put(dir, look);
        return look.entries() != null;
    }

    @Override
    public void cancel(Path dir) {
        looks.remove(dir);
    }

    int folders() {
        return looks.size();
    }

    /** Looks at every followed folder again; returns the differences since the last poll and remembers them. */
    List<Event> poll() {
        List<Event> events = new ArrayList<>();
        for (Map.Entry<Path, Look> followed : looks.entrySet()) {
            Path dir = followed.getKey();
            Look before = followed.getValue();
            BasicFileAttributes attrs = folderAttributes(dir);
            if (before.entries() != null && attrs != null && attrs.lastModifiedTime().equals(before.modified())
                    && Objects.equals(attrs.fileKey(), before.fileKey()) && settled(before)) {
                compareFiles(dir, before.entries(), events); // same entries: only edits in place can have happened
                continue;
            }
            Look now = look(dir);
            followed.setValue(now);
            if (before.entries() == null || now.entries() == null) {
                if (before.entries() != now.entries()) {
                    // Became readable (or stopped being): the folder itself changed, as a permission change would say.
                    events.add(new Event(StandardWatchEventKinds.ENTRY_MODIFY, dir));
                }
                continue;
            }
            compare(dir, before.entries(), now.entries(), events);
        }
        return events;
    }

    /** The folder's time was older than any timestamp's resolution when it was listed, so it can be trusted. */
    private static boolean settled(Look look) {
        return look.modified().toInstant().plus(LibraryFingerprint.SETTLE).isBefore(look.at());
    }

    /** Looks at the files of an unchanged folder again (its subfolders are looked at on their own). */
    private static void compareFiles(Path dir, Map<String, Entry> entries, List<Event> events) {
        for (Map.Entry<String, Entry> file : entries.entrySet()) {
            Entry old = file.getValue();
            if (old.folder()) {
                continue;
            }
            Path path = dir.resolve(file.getKey());
            Entry now = entry(path);
            if (!old.equals(now)) {
                file.setValue(now);
                if (replaced(old, now)) {
                    events.add(new Event(StandardWatchEventKinds.ENTRY_DELETE, path));
                    events.add(new Event(StandardWatchEventKinds.ENTRY_CREATE, path));
                } else {
                    events.add(new Event(StandardWatchEventKinds.ENTRY_MODIFY, path));
                }
            }
        }
    }

    private static void compare(Path dir, Map<String, Entry> before, Map<String, Entry> now, List<Event> events) {
        for (Map.Entry<String, Entry> old : before.entrySet()) {
            Entry current = now.get(old.getKey());
            if (current == null || replaced(old.getValue(), current)) {
                events.add(new Event(StandardWatchEventKinds.ENTRY_DELETE, dir.resolve(old.getKey())));
            }
        }
        for (Map.Entry<String, Entry> entry : now.entrySet()) {
            Entry old = before.get(entry.getKey());
            if (old == null || replaced(old, entry.getValue())) {
                events.add(new Event(StandardWatchEventKinds.ENTRY_CREATE, dir.resolve(entry.getKey())));
            } else if (!old.equals(entry.getValue())) {
                events.add(new Event(StandardWatchEventKinds.ENTRY_MODIFY, dir.resolve(entry.getKey())));
            }
        }
    }

    /** Another file or folder under the same name: a delete and a create, as inotify reports a rename over it. */
    private static boolean replaced(Entry old, Entry now) {
        return old.folder() != now.folder() || (old.fileKey() != null && !Objects.equals(old.fileKey(), now.fileKey()));
    }

    /** The folder's time (read first: a change during the listing then shows at the next poll) and entries. */
    private static Look look(Path dir) {
        Instant at = Instant.now();
        BasicFileAttributes attrs = folderAttributes(dir);
        Map<String, Entry> entries = attrs == null ? null : list(dir);
        return attrs == null || entries == null
                ? new Look(FileTime.fromMillis(0), null, at, null)
                : new Look(attrs.lastModifiedTime(), attrs.fileKey(), at, entries);
    }

    /** Entries by name, or null when the folder cannot be read. */
    private static Map<String, Entry> list(Path dir) {
        Map<String, Entry> entries = new HashMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                if (!name.startsWith(".")) {
                    entries.put(name, entry(path));
                }
            }
            return entries;
        } catch (IOException | SecurityException | DirectoryIteratorException e) {
            return null;
        }
    }

    private static Entry entry(Path path) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Entry(attrs.isDirectory(), attrs.size(), attrs.lastModifiedTime(), attrs.fileKey());
        } catch (IOException | SecurityException e) {
            return new Entry(false, -1, null, null); // gone since the listing; the next poll sees it missing
        }
    }

    /** Through a link: a root may be one. */
    private static BasicFileAttributes folderAttributes(Path dir) {
        try {
            return Files.readAttributes(dir, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
