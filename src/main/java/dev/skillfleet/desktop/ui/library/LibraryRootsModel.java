package dev.skillfleet.desktop.ui.library;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The library's roots as the user manages them: adding a folder (checked off the FX thread), saving the added ones
 * in the settings (in order, off the FX thread), and the known skill folders to suggest.
 */
final class LibraryRootsModel {

    private final LibraryViewModel library;
    private final LibraryServices services;
    private final Executor background;
    private final Executor uiThread;
    private final ObservableList<Path> suggestions = FXCollections.observableArrayList();

    LibraryRootsModel(LibraryViewModel library, LibraryServices services, Executor background, Executor uiThread) {
        this.library = library;
        this.services = services;
        this.background = background;
        this.uiThread = uiThread;
    }

    ObservableList<Path> suggestions() {
        return suggestions;
    }

    void add(Path folder) {
        List<Path> existing = library.rootPaths();
        background.execute(() -> {
            String problem = RootChecks.problem(folder, existing);
            uiThread.execute(() -> {
                if (!problem.isEmpty()) {
                    library.showMessage(problem);
                    return;
                }
                if (library.rootOf(folder) != null) {
                    return; // added twice in a row: the second check ran before the first was applied
                }
                library.addRootNow(folder, false);
                suggestions.remove(folder);
                save(library.extraRootPaths());
            });
        });
    }

    /** Saves the added folders; saves run one after the other, so the last list is the one kept. */
    void save(List<Path> extraRoots) {
        List<Path> copy = List.copyOf(extraRoots);
        library.settingsWriter().execute(() -> {
            try {
                services.extraRoots().save(copy);
            } catch (IOException | RuntimeException e) {
                String text = "Could not save your library folders to " + services.extraRoots().location() + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        + ". They are shown until you close the app.";
                uiThread.execute(() -> library.showMessage(text));
            }
        });
    }

    void loadSuggestions() {
        List<Path> shown = library.rootPaths();
        background.execute(() -> {
            List<Path> found;
            try {
                found = services.suggestions().get().stream()
                        .map(p -> p.toAbsolutePath().normalize())
                        .filter(p -> RootChecks.problem(p, shown).isEmpty())
                        .toList();
            } catch (RuntimeException e) {
                found = List.of(); // suggestions are a convenience; the folder chooser still works
            }
            List<Path> result = found;
            uiThread.execute(() -> suggestions.setAll(result));
        });
    }
}
