package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.profiles.ProfileBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code profiles list}: the stored endpoint profiles, for choosing a {@code chat --profile NAME}. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = "Shows the stored endpoint profiles (the settings window creates and edits them).",
        subcommands = ProfilesCommand.ListCommand.class)
final class ProfilesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the profiles: name, id, kind, base URL, model and whether an API key is stored "
                    + "(never the key). The active profile is marked with *.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:listed", "1:the settings file could not be read", "2:bad usage"})
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--config", paramLabel = "DIR", description = "The settings folder (default: the one the "
                + "window uses, in the per-user config folder).")
        Path config;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ProfileBook book;
            try {
                book = ProfileOptions.read(ProfileOptions.configFolder(config));
            } catch (IOException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"", "NAME", "ID", "KIND", "BASE URL", "MODEL", "KEY"});
            for (EndpointProfile p : book.all()) {
                rows.add(new String[] {p.id().equals(book.activeId()) ? "*" : "", p.displayName(), p.id(),
                        p.kind().label(), dash(p.baseUrl()), dash(p.model()), p.hasApiKey() ? "stored" : "-"});
            }
            print(out, rows);
            out.flush();
            return 0;
        }

        private static String dash(String value) {
            return value.isEmpty() ? "-" : value;
        }

        /** Columns padded to their widest cell, the last one unpadded so lines carry no trailing spaces. */
        private static void print(PrintWriter out, List<String[]> rows) {
            int columns = rows.getFirst().length;
            int[] widths = new int[columns];
            for (String[] row : rows) {
                for (int c = 0; c < columns; c++) {
                    widths[c] = Math.max(widths[c], row[c].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    line.append(row[c]);
                    if (c < columns - 1) {
                        line.append(" ".repeat(widths[c] - row[c].length() + 2));
                    }
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }
}
