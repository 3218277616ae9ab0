package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.config.AppInfo;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.Optional;

/**
 * {@code --version}: the About dialog's facts without JavaFX (the command line never loads the toolkit): the version
 * from the jar's manifest ("dev" when run from classes), Java, the OS and the settings, data and library folders,
 * as moved by {@code --data}/{@code --library} or their environment variables.
 */
public final class Version implements IVersionProvider {

    private final Map<String, String> environment;

    /** The root command, with the options given beside {@code --version} already parsed. */
    @Spec
    CommandSpec spec;

    public Version(Map<String, String> environment) {
        this.environment = environment;
    }

    public Version() {
        this(System.getenv());
    }

    public static String current() {
        return AppInfo.packagedVersion();
    }

    @Override
    public String[] getVersion() {
        RootCommand root = spec != null && spec.userObject() instanceof RootCommand r ? r : null;
        AppInfo info = AppInfo.forCommandLine(Optional.ofNullable(root == null ? null : root.library),
                Optional.ofNullable(root == null ? null : root.data), environment);
        // Picocli reads '%' in version lines as format specifiers; a folder name may hold one.
        return info.lines().stream().map(line -> line.replace("%", "%%")).toArray(String[]::new);
    }
}
