package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The folders of one watched root as the watcher knows them, and what a change event at a path means for the
 * library: which skill folders changed, or that a rescan is needed.
 *
 * <p>It follows the folders the scan walks ({@link LibraryWalker}: same skipped names, same depth bound, no links
 * followed, {@code _drafts} included) and, inside each skill, its own folders a few levels down, so an edited
 * reference or script counts as a change of its skill. Each event is judged against the disk as it is now, not the
 * event's kind alone, so events that arrive late, twice or out of order still leave the right picture. A folder is
 * registered before it is listed: anything created in it before the registration is found by the listing, anything
 * after it raises an event.
 *
 * <p>Not thread-safe: the watcher calls it under its lock.
 */
final class WatchedTree {

    /** How folders are followed: a WatchService registration, or a listing compared at each poll. */
    interface Registrar {

        /**
         * Starts following {@code dir}.
         *
         * @return false when it cannot be followed now (unreadable or gone); it is tried again when it changes
         * @throws UncheckedIOException when no more folders can be followed (the OS's limit of watches)
         */
        boolean register(Path dir);

        void cancel(Path dir);
    }

    /** Folders inside a skill (references/, scripts/lib/ …) are followed this many levels below the skill. */
    static final int SKILL_CONTENT_DEPTH = 3;

    /**
     * @param depth    levels below the root
     * @param skill    the skill folder this folder is or belongs to; null outside skills
     * @param maxDepth the deepest level followed on this branch
     */
    private record Folder(int depth, Path skill, int maxDepth) {
    }

    private final Path root;
    private final Registrar registrar;
    private final Map<Path, Folder> folders = new HashMap<>();
    private final Set<Path> skills = new HashSet<>();
    private final Set<Path> links = new HashSet<>();
    private final Set<Path> unreadable = new HashSet<>();

    /** @param root absolute and normalized */
    WatchedTree(Path root, Registrar registrar) {
        this.root = root;
        this.registrar = registrar;
    }

    /** Follows the root and everything below it; what is found is the starting point, not a change. */
    void start() {
        add(root, 0, null, LibraryWalker.MAX_DEPTH, new ChangeSet(), null);
    }

    /**
     * Follows the root and everything below it, reporting as changed what was modified at or after {@code since}:
     * the skill whose file or folder it is, or a rescan for a folder outside skills (a skill may have gone from it,
     * and what is gone cannot be named). This lets watching start while a scan runs: a change the scan may have
     * missed, made before its folder was followed, is reported from its modification time. Each folder's times are
     * read after it is registered, so a change is either in them or raises an event.
     */
    void start(FileTime since, ChangeSet out) {
        add(root, 0, null, LibraryWalker.MAX_DEPTH, out, since);
    }

    /** Stops following anything. */
    void clear() {
        folders.keySet().forEach(registrar::cancel);
        folders.clear();
        skills.clear();
        links.clear();
        unreadable.clear();
    }

    /** Whether the root is followed (it existed and was a folder at the last look). */
    boolean rootFollowed() {
        return folders.containsKey(root) && !unreadable.contains(root);
    }

    /** A link to a folder inside the root: the scan may follow it where no watch reaches (see {@link #linkChanged}). */
    boolean hasLinks() {
        return !links.isEmpty();
    }

    /** A folder that could not be read: a change of who may read it may raise no event. */
    boolean hasUnreadable() {
        return !unreadable.isEmpty();
    }

    Set<Path> skills() {
        return Collections.unmodifiableSet(skills);
    }

    int folderCount() {
        return folders.size();
    }

    /** Applies one event: {@code path} was created, deleted or modified (as the event's kind says). */
    void onEvent(WatchEvent.Kind<?> kind, Path path, ChangeSet out) {
        Path parent = path.getParent();
        Folder in = parent == null ? null : folders.get(parent);
        Path fileName = path.getFileName();
        if (in == null || fileName == null || fileName.toString().startsWith(".")) {
            // Outside what is followed (a skipped or too deep folder, or one already forgotten), or a hidden file
            // such as an editor's swap file or AtomicFiles' temp file, whose rename raises its own event.
            return;
        }
        String name = fileName.toString();
        boolean skillFile = SkillFiles.isSkillFileName(name);
        if (in.skill() != null && !(skillFile && parent.equals(in.skill()))) {
            out.skill(in.skill()); // a file of the skill: SKILL.md of a subfolder, a reference, a script ...
            followFolder(kind, path, in, in.skill(), out);
        } else if (skillFile) {
            if (parent.equals(in.skill()) && hasSkillFile(parent)) {
                out.skill(parent); // edited, or saved by a rename over it
            } else {
                rewalk(parent, out); // the folder became a skill or stopped being one
            }
        } else if (links.contains(path) || Files.isSymbolicLink(path)) {
            linkChanged(path, out);
        } else {
            followFolder(kind, path, in, null, out);
        }
    }

    /** A folder of {@code in} was created, deleted or changed: forget it, or (re)walk it when it is new to us. */
    private void followFolder(WatchEvent.Kind<?> kind, Path path, Folder in, Path skill, ChangeSet out) {
        if (kind == StandardWatchEventKinds.ENTRY_DELETE || !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            forget(path, out);
            return;
        }
        if (LibraryWalker.skipped(path.getFileName().toString(), in.depth(), true) || in.depth() >= in.maxDepth()) {
            return;
        }
        // A created folder may replace one of the same name (its watch is gone with the old one); a modified one
        // matters only when it could not be read before (a permission change).
        if (kind == StandardWatchEventKinds.ENTRY_CREATE || !folders.containsKey(path) || unreadable.contains(path)) {
            forget(path, out);
            add(path, in.depth() + 1, skill, in.maxDepth(), out, null);
        }
    }

    /** Walks {@code dir} again from scratch, e.g. when it gained or lost its SKILL.md. */
    private void rewalk(Path dir, ChangeSet out) {
        Folder folder = folders.get(dir);
        forget(dir, out);
        if (dir.equals(root)) {
            out.rescan(); // a SKILL.md in the root itself turns the whole library into one skill
        }
        add(dir, folder.depth(), null, LibraryWalker.MAX_DEPTH, out, null);
    }

    /**
     * The scan follows links to folders inside the root (never outside it); rather than mirror its rules, rescan when
     * such a link comes or goes.
     */
    private void linkChanged(Path link, ChangeSet out) {
        boolean nowLinkToFolder = Files.isSymbolicLink(link) && linksToFolderInside(link);
        if (links.remove(link) | nowLinkToFolder) {
            out.rescan();
        }
        if (nowLinkToFolder) {
            links.add(link);
        }
    }

    /**
     * Registers and lists {@code dir}, then its folders down to the depth bound. With {@code since} null every skill
     * found is reported (a folder new to us); otherwise only what was modified at or after {@code since}.
     */
    private void add(Path dir, int depth, Path skill, int maxDepth, ChangeSet out, FileTime since) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        boolean followed = registrar.register(dir); // before listing: see the class comment
        List<Path> entries = list(dir);
        if (!followed || entries == null) {
            unreadable.add(dir);
            entries = List.of();
        }
        boolean isSkill = skill == null && entries.stream().anyMatch(LibraryWalker::isSkillFile);
        Path owner = isSkill ? dir : skill;
        int max = isSkill ? depth + SKILL_CONTENT_DEPTH : maxDepth;
        folders.put(dir, new Folder(depth, owner, max));
        if (isSkill) {
            skills.add(dir);
        }
        if (since == null && owner != null) {
            out.skill(owner);
        } else if (since != null && modifiedSince(folderAttributes(dir), since)) {
            if (owner != null) {
                out.skill(owner);
            } else {
                out.rescan();
            }
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            BasicFileAttributes attrs = attributes(entry);
            if (attrs == null || name.startsWith(".")) {
                continue; // gone since the listing (its folder's event or time says so), or hidden
            }
            if (attrs.isDirectory()) {
                if (depth < max && !LibraryWalker.skipped(name, depth, true)) {
                    add(entry, depth + 1, owner, max, out, since);
                }
            } else if (attrs.isSymbolicLink()) {
                if (owner == null && !LibraryWalker.skipped(name, depth, true) && linksToFolderInside(entry)
                        && links.add(entry) && since == null) {
                    out.rescan();
                }
            } else if (since != null && owner != null && modifiedSince(attrs, since)) {
                out.skill(owner); // a SKILL.md, reference or script edited since
            }
        }
    }

    private boolean linksToFolderInside(Path link) {
        try {
            return Files.isDirectory(link) && link.toRealPath().startsWith(root.toRealPath());
        } catch (IOException | SecurityException e) {
            return false; // dangling: the scan skips it too
        }
    }

    private static boolean modifiedSince(BasicFileAttributes attrs, FileTime since) {
        return attrs != null && attrs.lastModifiedTime().compareTo(since) >= 0;
    }

    /** The folder's own attributes, through a link (a root may be one). */
    private static BasicFileAttributes folderAttributes(Path dir) {
        try {
            return Files.readAttributes(dir, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Attributes of the entry itself (not a link's target), or null when it is gone or unreadable. */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Stops following {@code path} and everything below it; the skills among them are reported as changed. */
    private void forget(Path path, ChangeSet out) {
        if (links.remove(path)) {
            out.rescan();
        }
        if (!folders.containsKey(path)) {
            return; // every followed folder's parent is followed, so nothing below an unknown path is
        }
        List<Path> gone = new ArrayList<>();
        for (Path folder : folders.keySet()) {
            if (folder.startsWith(path)) {
                gone.add(folder);
            }
        }
        for (Path folder : gone) {
            registrar.cancel(folder);
            folders.remove(folder);
            unreadable.remove(folder);
            if (skills.remove(folder)) {
                out.skill(folder);
            }
        }
        if (links.removeIf(link -> link.startsWith(path))) {
            out.rescan();
        }
    }

    private static boolean hasSkillFile(Path dir) {
        List<Path> entries = list(dir);
        return entries != null && entries.stream().anyMatch(LibraryWalker::isSkillFile);
    }

    /** The folder's entries, or null when it cannot be read. */
    private static List<Path> list(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
            return entries;
        } catch (IOException | SecurityException | DirectoryIteratorException e) {
            return null;
        }
    }
}
