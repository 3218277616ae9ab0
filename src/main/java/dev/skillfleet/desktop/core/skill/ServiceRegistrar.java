package dev.skillfleet.desktop.core.skill;

import com.sun.nio.file.ExtendedWatchEventModifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows the folders of one root with the OS's change events through a shared {@link WatchService}.
 *
 * <p>Where the JDK supports it (Windows), the root is registered once as a whole tree: Windows keeps a handle open
 * on every watched folder, and a handle on a subfolder would stop the user from renaming its parent. Elsewhere each
 * folder is registered on its own (inotify watches one folder at a time).
 *
 * <p>Two roots may share a folder (one inside the other); the OS then hands out one key for both, which is cancelled
 * when the last of them lets go. Not thread-safe: the watcher calls it under its lock.
 */
final class ServiceRegistrar implements WatchedTree.Registrar {

    private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY};

    private final WatchService service;
    private final Path root;
    private final WatchedRoot owner;
    /** Every registrar holding each key, across roots. */
    private final Map<WatchKey, List<ServiceRegistrar>> holders;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private boolean fileTree;

    ServiceRegistrar(WatchService service, Path root, WatchedRoot owner, Map<WatchKey, List<ServiceRegistrar>> holders) {
        this.service = service;
        this.root = root;
        this.owner = owner;
        this.holders = holders;
    }

    WatchedRoot owner() {
        return owner;
    }

    /** The folder {@code key} was registered for by this root; null when it is not one of ours. */
    Path dirOf(WatchKey key) {
        return dirs.get(key);
    }

    @Override
    public boolean register(Path dir) {
        try {
            WatchKey key;
            if (dir.equals(root)) {
                key = registerRoot();
            } else if (fileTree) {
                return true; // inside the tree registered with the root
            } else {
                key = dir.register(service, KINDS);
            }
            WatchKey previous = keys.put(dir, key);
            if (previous != null && previous != key) {
                release(previous);
            }
            dirs.put(key, dir);
            List<ServiceRegistrar> sharing = holders.computeIfAbsent(key, k -> new ArrayList<>());
            if (!sharing.contains(this)) {
                sharing.add(this);
            }
            return true;
        } catch (FileSystemException e) {
            return false; // unreadable, gone or not a folder (any more): tried again when it changes
        } catch (IOException e) {
            // "User limit of inotify watches reached": this root is better polled than half watched.
            throw new UncheckedIOException(e);
        }
    }

    private WatchKey registerRoot() throws IOException {
        try {
            WatchKey key = root.register(service, KINDS, ExtendedWatchEventModifier.FILE_TREE);
            fileTree = true;
            return key;
        } catch (UnsupportedOperationException | IllegalArgumentException notWindows) {
            fileTree = false;
            return root.register(service, KINDS);
        }
    }

    @Override
    public void cancel(Path dir) {
        WatchKey key = keys.remove(dir);
        if (key != null) {
            dirs.remove(key);
            release(key);
        }
    }

    /** The OS dropped {@code key} (its folder was deleted); forget it without waiting for the parent's event. */
    void dropped(WatchKey key) {
        Path dir = dirs.remove(key);
        if (dir != null) {
            keys.remove(dir);
            release(key);
        }
    }

    private void release(WatchKey key) {
        List<ServiceRegistrar> sharing = holders.get(key);
        if (sharing != null) {
            sharing.remove(this);
            if (sharing.isEmpty()) {
                holders.remove(key);
                key.cancel();
            }
        }
    }
}
