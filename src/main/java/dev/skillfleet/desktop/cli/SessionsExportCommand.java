package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.io.AtomicFiles;
import dev.skillfleet.desktop.core.store.SessionExport;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.StoreException;
import dev.skillfleet.desktop.core.store.StoredIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code sessions export}: one stored conversation as Markdown or JSON, to stdout or a file. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exports a stored conversation.",
                "md: the branch being shown, for reading; answers' thinking only with --thinking, in collapsed "
                        + "<details> blocks. json: every branch, thinking, stats and state, for `sessions import` "
                        + "(format \"" + SessionExport.FORMAT + "\", version " + SessionExport.VERSION + ")."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "1:no such conversation, or the database or the file failed", "2:bad usage"})
final class SessionsExportCommand implements Callable<Integer> {

    private final Map<String, String> environment;

    SessionsExportCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "ID", description = "The conversation's id (see `sessions list`).")
    String id;

    @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
            description = "md (Markdown) or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--thinking", description = "md: include each answer's thinking (json always has it).")
    boolean thinking;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (replaced atomically) "
            + "instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        SessionExport.Format chosen = switch (format) {
            case "md", "markdown" -> SessionExport.Format.MARKDOWN;
            case "json" -> SessionExport.Format.JSON;
            default -> throw new ParameterException(spec.commandLine(), "--format must be md or json, not '" + format
                    + "'");
        };
        if (output != null && Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "--output " + output + " is a folder; give a file name");
        }
        Path folder = data.folder(environment);
        if (!DataOption.hasDatabase(folder)) {
            DataOption.error(spec, "there is no conversation '" + id + "': no conversations are stored in " + folder);
            return 1;
        }
        Optional<String> text;
        try (SessionStore store = DataOption.open(folder)) {
            text = SessionExport.render(store, id, chosen, thinking, ZoneId.systemDefault());
            if (text.isEmpty()) {
                DataOption.error(spec, StoredIds.sessionDeleted(store, id)
                        ? "the conversation '" + id + "' is deleted (restore it in the window to export it)"
                        : "there is no conversation '" + id + "' in " + folder + " (see `sessions list`)");
                return 1;
            }
        } catch (StoreException e) {
            DataOption.error(spec, e.getMessage());
            return 1;
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text.get());
            out.flush();
            return 0;
        }
        try {
            AtomicFiles.writeString(output, text.get());
        } catch (IOException e) {
            DataOption.error(spec, "could not write " + output + ": " + e);
            return 1;
        }
        spec.commandLine().getErr().println("Exported to " + output.toAbsolutePath());
        spec.commandLine().getErr().flush();
        return 0;
    }
}
