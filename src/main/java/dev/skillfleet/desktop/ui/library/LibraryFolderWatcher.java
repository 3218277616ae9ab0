package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.skill.LibraryWatcher;

import java.nio.file.Path;

/** The app's watcher: core's {@link LibraryWatcher}, reporting each settled change to the library view. */
public final class LibraryFolderWatcher implements FolderWatcher {

    private final LibraryWatcher watcher;

    private LibraryFolderWatcher(LibraryWatcher watcher) {
        this.watcher = watcher;
    }

    /** Starts one watcher thread per library view; changes are reported after 300 ms of quiet. */
    public static FolderWatcher.Factory factory() {
        return listener -> new LibraryFolderWatcher(LibraryWatcher.start(
                change -> listener.changed(change.root(), change.changedSkillDirs(), change.rescanNeeded())));
    }

    @Override
    public void watch(Path root) {
        try {
            watcher.watch(root);
        } catch (IllegalStateException closed) {
            // The view was closed while this root's work was queued: nothing to follow any more.
        }
    }

    @Override
    public void unwatch(Path root) {
        watcher.unwatch(root);
    }

    @Override
    public void close() {
        watcher.close();
    }
}
