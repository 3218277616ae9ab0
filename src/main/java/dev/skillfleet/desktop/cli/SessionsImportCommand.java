package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.store.SessionImport;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sessions import}: a JSON export back into the store, as a new conversation. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a conversation exported with `sessions export ID --format json` (every branch, "
                + "thinking and state included) and prints its id.",
                "When its ids are already in the store (an export of a conversation that is still there), it is "
                        + "imported as a copy with new ids. A file that is not a valid export is refused whole: "
                        + "nothing is written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "1:the file was refused or the database could not be opened or written",
                "2:bad usage"})
final class SessionsImportCommand implements Callable<Integer> {

    private final Map<String, String> environment;

    SessionsImportCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "FILE", description = "The JSON export.")
    Path file;

    @Override
    public Integer call() {
        SessionImport.Checked checked;
        try {
            // Checked before the store is opened: a refused file leaves no trace, not even a new database.
            checked = SessionImport.read(file);
        } catch (SessionImport.Refused e) {
            DataOption.error(spec, e.getMessage());
            return 1;
        }
        try (SessionStore store = DataOption.open(data.folder(environment))) {
            String id = SessionImport.write(store, checked, System.getProperty("user.name", "user"));
            spec.commandLine().getOut().println(id);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (StoreException e) {
            DataOption.error(spec, e.getMessage());
            return 1;
        }
    }
}
