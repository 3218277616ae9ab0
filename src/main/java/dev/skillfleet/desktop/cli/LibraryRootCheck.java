package dev.skillfleet.desktop.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a read-only command says when its {@code --library ROOT} is unusable. Unlike {@code chat}, which creates
 * the library, {@code list} and {@code validate} never write, so a missing root is the user's typo to fix.
 */
final class LibraryRootCheck {

    private LibraryRootCheck() {
    }

    /** A sentence for stderr, or null when the root is a readable folder. */
    static String problem(Path root) {
        if (Files.isDirectory(root)) {
            return Files.isReadable(root) && Files.isExecutable(root) ? null
                    : "the skill library " + root + " cannot be read (permission denied)";
        }
        return Files.exists(root) ? "the skill library " + root + " is a file, not a folder"
                : "the skill library " + root + " does not exist";
    }
}
