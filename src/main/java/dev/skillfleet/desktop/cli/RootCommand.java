package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.config.DataLocation;
import dev.skillfleet.desktop.core.config.LibraryLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Without a subcommand the window opens; with one, the command runs headless and the toolkit never starts. */
@Command(name = "skill-fleet-desktop", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Create, browse and refine agent skills by chatting. Without a command, opens the window.",
        subcommands = {ChatCommand.class, IntentCommand.class, ProfilesCommand.class, PromoteCommand.class,
                XmlCommand.class, PackageCommand.class, ImportCommand.class, ValidateCommand.class, FixCommand.class,
                ListCommand.class, SessionsCommand.class},
        commandListHeading = "%nCommands (headless):%n")
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--library", paramLabel = "DIR", description = "The skill library the window opens (default: $"
            + LibraryLocation.ENV_VAR + ", else ~/SkillFleet/skills).")
    Path library;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the window keeps conversations (default: $"
            + DataLocation.ENV_VAR + ", else the per-user data folder).")
    Path data;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A .skill package (or .zip) to import into the "
            + "library: the window opens and shows what importing it would do. What opening one from the file manager "
            + "does.")
    Path importFile;

    @Spec
    CommandSpec spec;

    /**
     * What the window is told to open.
     *
     * @param importFile a package to offer for import once the window is up
     */
    public record WindowOptions(Optional<Path> library, Optional<Path> data, Optional<Path> importFile) {

        public WindowOptions(Optional<Path> library, Optional<Path> data) {
            this(library, data, Optional.empty());
        }

        public static WindowOptions defaults() {
            return new WindowOptions(Optional.empty(), Optional.empty());
        }
    }

    private final Consumer<WindowOptions> openWindow;

    private RootCommand(Consumer<WindowOptions> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        if (importFile != null && !Files.isRegularFile(importFile)) {
            throw new ParameterException(spec.commandLine(), importFile + " is not a command and not a file to import "
                    + "(see --help for the commands).");
        }
        openWindow.accept(new WindowOptions(Optional.ofNullable(library), Optional.ofNullable(data),
                Optional.ofNullable(importFile).map(file -> file.toAbsolutePath().normalize())));
        return 0;
    }

    /** Runs the command line; {@code openWindow} is called only when no subcommand was given. */
    public static int run(String[] args, Consumer<WindowOptions> openWindow) {
        return run(args, openWindow, new PrintWriter(CliOutput.OUT, true), new PrintWriter(CliOutput.ERR, true));
    }

    /** The same with the output streams given, so tests can run commands in-process. */
    public static int run(String[] args, Consumer<WindowOptions> openWindow, PrintWriter out, PrintWriter err) {
        return run(args, openWindow, out, err, System.getenv());
    }

    /** The same with the environment given (tests pass API keys this way instead of changing the real one). */
    public static int run(String[] args, Consumer<WindowOptions> openWindow, PrintWriter out, PrintWriter err,
                          Map<String, String> environment) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            // Commands that read the environment (API keys, SKILL_FLEET_DATA) take it in their constructor.
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return type.getDeclaredConstructor(Map.class).newInstance(environment);
                } catch (NoSuchMethodException noEnvironment) {
                    return defaults.create(type);
                }
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
