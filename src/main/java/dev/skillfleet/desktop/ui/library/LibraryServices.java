package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.cache.CachedLibrary;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the library view needs from the app, built by the composition root.
 *
 * @param mainRoot    the app's own library (created already); drafts and new skills go there
 * @param libraries   the cached library for a root: the app's shared instance, so invalidating it after a change on
 *                    disk is seen by the chat's catalogue too
 * @param extraRoots  where the folders the user added are saved
 * @param watchers    starts the watcher that follows the roots on disk
 * @param suggestions known skill folders on this machine (~/.claude/skills…), called off the FX thread
 */
public record LibraryServices(Path mainRoot, Function<Path, CachedLibrary> libraries, ExtraRootsStore extraRoots,
                              FolderWatcher.Factory watchers, Supplier<List<Path>> suggestions) {

    public LibraryServices {
        mainRoot = mainRoot.toAbsolutePath().normalize();
        Objects.requireNonNull(libraries, "libraries");
        Objects.requireNonNull(extraRoots, "extraRoots");
        Objects.requireNonNull(watchers, "watchers");
        Objects.requireNonNull(suggestions, "suggestions");
    }
}
