package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.config.DataLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code sessions}: the stored conversations, the same ones the window's sidebar shows. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {"Lists, searches, exports and imports the stored conversations (those the window shows).",
                "They are in --data DIR, else $" + DataLocation.ENV_VAR + ", else the per-user data folder."},
        subcommands = {SessionsListCommand.class, SessionsSearchCommand.class, SessionsExportCommand.class,
                SessionsImportCommand.class},
        commandListHeading = "%nCommands:%n")
final class SessionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: list, search, export or import");
    }
}
