package dev.skillfleet.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** One in-process run of the command line, with what it printed and whether it tried to open the window. */
record CliRun(int exit, String out, String err, boolean openedWindow) {

    static CliRun of(String... args) {
        return of(System.getenv(), args);
    }

    /** The same with the environment given instead of the real one. */
    static CliRun of(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicBoolean opened = new AtomicBoolean();
        int exit = RootCommand.run(args, library -> opened.set(true), new PrintWriter(out), new PrintWriter(err),
                environment);
        return new CliRun(exit, out.toString(), err.toString(), opened.get());
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
