package dev.skillfleet.desktop.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Where the folders the user added to the library view are remembered (the app's settings file). */
public interface ExtraRootsStore {

    /** The added folders as last saved; read from memory, never from disk. */
    List<Path> load();

    /** Replaces the saved list; called off the FX thread. */
    void save(List<Path> roots) throws IOException;

    /** Where they are saved, for error messages. */
    String location();
}
