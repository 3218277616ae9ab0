package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.config.DataLocation;
import dev.skillfleet.desktop.core.store.SessionDatabase;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** {@code --data DIR}, shared by chat and the sessions commands: where the conversation database is. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", description = "Where conversations are stored (default: $"
            + DataLocation.ENV_VAR + ", else the per-user data folder the window uses).")
    Path data;

    /** The data folder this run uses. */
    Path folder(Map<String, String> environment) {
        return DataLocation.resolve(Optional.ofNullable(data), environment);
    }

    /** Whether the folder holds a conversation database: reading commands never create one in a mistyped folder. */
    static boolean hasDatabase(Path folder) {
        return Files.isRegularFile(folder.resolve(SessionDatabase.FILE_NAME));
    }

    /**
     * The store in {@code folder}, created when missing.
     *
     * @throws StoreException with a message for the user when it cannot be opened
     */
    static SessionStore open(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException("The data folder " + folder + " is a file, not a folder.");
        }
        return SessionStore.open(folder);
    }

    static void error(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + message);
        err.flush();
    }
}
