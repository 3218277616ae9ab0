package dev.skillfleet.desktop.ui.library;

import java.nio.file.Path;
import java.util.Set;

/**
 * Follows library roots on disk. The app's watcher is core's {@code LibraryWatcher}; {@link #NONE} watches nothing
 * (ViewModel tests report changes themselves through {@link LibraryViewModel#diskChanged}).
 */
public interface FolderWatcher {

    void watch(Path root);

    void unwatch(Path root);

    void close();

    /** What a watcher reports, on its own thread. */
    @FunctionalInterface
    interface Listener {
        /**
         * @param skillDirs    skill folders whose content changed (created, edited, deleted)
         * @param rescanNeeded the change was too big or too unclear to follow folder by folder
         */
        void changed(Path root, Set<Path> skillDirs, boolean rescanNeeded);
    }

    /** Starts a watcher that reports to {@code listener}. */
    @FunctionalInterface
    interface Factory {
        FolderWatcher start(Listener listener);
    }

    FolderWatcher NONE = new FolderWatcher() {
        @Override
        public void watch(Path root) {
        }

        @Override
        public void unwatch(Path root) {
        }

        @Override
        public void close() {
        }
    };
}
