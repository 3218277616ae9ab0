package dev.skillfleet.desktop.ui.library;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The operating system's file and folder choosers. Views ask through this, so the UI tests (which cannot drive a
 * native dialog) can answer with a path of their own.
 */
public interface FileDialogs {

    Optional<Path> chooseFolder(Window owner, String title, Path initial);

    /** @param extension without the dot, e.g. "xml" */
    Optional<Path> saveFile(Window owner, String title, String initialName, String description, String extension);

    /** @param extensions without the dot, e.g. "skill", "zip" */
    Optional<Path> openFile(Window owner, String title, String description, String... extensions);

    /** The real choosers. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                if (initial != null && Files.isDirectory(initial)) {
                    chooser.setInitialDirectory(initial.toFile());
                }
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description,
                                           String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(initialName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> openFile(Window owner, String title, String description, String... extensions) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description,
                        java.util.Arrays.stream(extensions).map(e -> "*." + e).toList()));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }
        };
    }
}
