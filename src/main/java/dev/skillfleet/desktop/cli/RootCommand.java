package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.config.LibraryLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Without a subcommand the window opens; with one, the command runs headless and the toolkit never starts. */
@Command(name = "skill-fleet-desktop", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Create, browse and refine agent skills by chatting. Without a command, opens the window.",
        subcommands = {ChatCommand.class, IntentCommand.class, ProfilesCommand.class, PromoteCommand.class,
                XmlCommand.class, PackageCommand.class, ImportCommand.class, ValidateCommand.class, ListCommand.class},
        commandListHeading = "%nCommands (headless):%n")
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--library", paramLabel = "DIR", description = "The skill library the window opens (default: $"
            + LibraryLocation.ENV_VAR + ", else ~/SkillFleet/skills).")
    Path library;

    private final Consumer<Optional<Path>> openWindow;

    private RootCommand(Consumer<Optional<Path>> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.accept(Optional.ofNullable(library));
        return 0;
    }

    /** Runs the command line; {@code openWindow} is called only when no subcommand was given. */
    public static int run(String[] args, Consumer<Optional<Path>> openWindow) {
        return run(args, openWindow, new PrintWriter(CliOutput.OUT, true), new PrintWriter(CliOutput.ERR, true));
    }

    /** The same with the output streams given, so tests can run commands in-process. */
    public static int run(String[] args, Consumer<Optional<Path>> openWindow, PrintWriter out, PrintWriter err) {
        return run(args, openWindow, out, err, System.getenv());
    }

    /** The same with the environment given (tests pass API keys this way instead of changing the real one). */
    public static int run(String[] args, Consumer<Optional<Path>> openWindow, PrintWriter out, PrintWriter err,
                          Map<String, String> environment) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == ChatCommand.class ? (K) new ChatCommand(environment) : defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new RootCommand(openWindow), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exit = commandLine.execute(args);
        out.flush();
        err.flush();
        return exit;
    }
}
