package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.settings.SettingsStore;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The added library folders in the app's settings file ({@code extraLibraries}), changed through
 * {@link SettingsStore#update} so the theme and the profiles saved by other parts of the app are kept.
 */
public final class SettingsExtraRoots implements ExtraRootsStore {

    private final SettingsStore store;

    public SettingsExtraRoots(SettingsStore store) {
        this.store = store;
    }

    @Override
    public List<Path> load() {
        List<Path> roots = new ArrayList<>();
        for (String folder : store.current().extraLibraries()) {
            try {
                roots.add(Path.of(folder).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                // Written on another OS, or by hand: skipped rather than failing the whole library.
                System.getLogger("skill-fleet").log(System.Logger.Level.WARNING,
                        "Ignoring the library folder \"" + folder + "\" in the settings: " + e.getMessage());
            }
        }
        return roots;
    }

    @Override
    public void save(List<Path> roots) throws IOException {
        List<String> folders = roots.stream().map(Path::toString).toList();
        store.update(current -> current.withExtraLibraries(folders));
    }

    @Override
    public String location() {
        return store.file().toString();
    }
}
