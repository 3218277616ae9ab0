package dev.skillfleet.desktop.ui.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether a folder can be added as a library root: it must exist and must not overlap a root already shown. */
final class RootChecks {

    private RootChecks() {
    }

    /** A sentence for the user when {@code folder} cannot be added; "" when it can. Touches the disk. */
    static String problem(Path folder, List<Path> existing) {
        if (!Files.exists(folder)) {
            return "The folder " + folder + " does not exist.";
        }
        if (!Files.isDirectory(folder)) {
            return folder + " is a file, not a folder.";
        }
        Path real = real(folder);
        for (Path root : existing) {
            Path other = real(root);
            if (other.equals(real)) {
                return folder + " is already in the library.";
            }
            if (real.startsWith(other)) {
                return folder + " is inside " + root + ", whose skills are already shown.";
            }
            if (other.startsWith(real)) {
                return folder + " holds " + root + ", which is already shown; remove that one first.";
            }
        }
        return "";
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
