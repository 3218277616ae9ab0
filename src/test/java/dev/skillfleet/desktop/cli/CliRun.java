package dev.skillfleet.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillfleet.desktop.core.config.DataLocation;
import dev.skillfleet.desktop.core.io.FileTrees;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** One in-process run of the command line, with what it printed and whether it tried to open the window. */
record CliRun(int exit, String out, String err, boolean openedWindow) {

    static CliRun of(String... args) {
        return of(System.getenv(), args);
    }

    /**
     * The same with the environment given instead of the real one. chat saves every turn, so a run that names no
     * data folder ($SKILL_FLEET_DATA or --data) gets a temporary one: tests never touch the user's conversations.
     */
    static CliRun of(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicBoolean opened = new AtomicBoolean();
        Map<String, String> withData = new HashMap<>(environment);
        withData.putIfAbsent(DataLocation.ENV_VAR, TemporaryData.FOLDER.toString());
        int exit = RootCommand.run(args, library -> opened.set(true), new PrintWriter(out), new PrintWriter(err),
                withData);
        return new CliRun(exit, out.toString(), err.toString(), opened.get());
    }

    /** One data folder for the runs of this test JVM that name none, removed when it ends. */
    private static final class TemporaryData {
        static final Path FOLDER = create();

        private static Path create() {
            try {
                Path folder = Files.createTempDirectory("skill-fleet-cli-data-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(folder)));
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    List<JsonNode> jsonLines() {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (!line.isBlank()) {
                try {
                    lines.add(json.readTree(line));
                } catch (Exception e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return lines;
    }
}
