package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.config.LibraryLocation;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the library commands (xml, package, import) share: finding the library and printing plainly. */
final class LibraryArgs {

    static final String LIBRARY_DEFAULT = "default: $" + LibraryLocation.ENV_VAR + ", else ~/SkillFleet/skills";

    private LibraryArgs() {
    }

    /**
     * The library folder, which these commands never create (exporting or importing into a typo'd path should not
     * silently make an empty library); null after printing why when it is missing.
     */
    static Path existingLibrary(CommandSpec spec, Path library) {
        Path root = LibraryLocation.resolve(Optional.ofNullable(library));
        if (!Files.isDirectory(root)) {
            error(spec, Files.exists(root) ? "the skill library " + root + " is a file, not a folder"
                    : "there is no skill library at " + root + " (give an existing folder with --library DIR)");
            return null;
        }
        return root;
    }

    static void error(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + message);
        err.flush();
    }

    static void listLine(PrintWriter out, String label, List<String> items) {
        if (!items.isEmpty()) {
            out.println(label + ": " + String.join(", ", items));
        }
    }

    /** "12 KB", "3.4 MB". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return bytes >= 1024 ? (bytes + 512) / 1024 + " KB" : bytes + " bytes";
    }

    static String files(int n) {
        return n + (n == 1 ? " file" : " files");
    }
}
