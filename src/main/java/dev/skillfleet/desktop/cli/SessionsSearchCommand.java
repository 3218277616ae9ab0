package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.store.SearchHit;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sessions search}: full-text search over every stored conversation's messages. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Finds messages in every stored conversation that contain all the words (word starts match "
                + "too: 'deco' finds 'decorators'), best match first. Matched words are marked \u00ablike this\u00bb.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:searched (no match is fine)", "1:the database could not be opened", "2:bad usage"})
final class SessionsSearchCommand implements Callable<Integer> {

    private final Map<String, String> environment;

    SessionsSearchCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text", description = "text, or jsonl "
            + "(one {\"sessionId\",\"title\",\"messageId\",\"role\",\"snippet\"} object per hit). "
            + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N hits. "
            + "Default: ${DEFAULT-VALUE}.")
    int limit;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The words to find.")
    List<String> words;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or jsonl, not '" + format + "'");
        }
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        String text = String.join(" ", words);
        if (text.isBlank()) {
            throw new ParameterException(spec.commandLine(), "TEXT must not be empty");
        }
        Path folder = data.folder(environment);
        List<SearchHit> hits;
        if (!DataOption.hasDatabase(folder)) {
            hits = List.of();
        } else {
            try (SessionStore store = DataOption.open(folder)) {
                hits = store.search(text, limit);
            } catch (StoreException e) {
                DataOption.error(spec, e.getMessage());
                return 1;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("jsonl")) {
            JsonLines json = new JsonLines(out);
            for (SearchHit hit : hits) {
                json.start().field("sessionId", hit.sessionId()).field("title", hit.sessionTitle())
                        .field("messageId", hit.messageId()).field("role", role(hit))
                        .field("snippet", hit.snippet()).end();
            }
            json.finish();
        } else if (hits.isEmpty()) {
            spec.commandLine().getErr().println("No message contains " + text);
        } else {
            for (SearchHit hit : hits) {
                out.println(hit.sessionId() + "  " + (hit.sessionTitle().isBlank() ? "(untitled)" : hit.sessionTitle()));
                out.println("    " + role(hit) + " " + hit.messageId() + ": " + hit.snippet().replaceAll("\\s+", " ")
                        .strip());
            }
        }
        out.flush();
        spec.commandLine().getErr().flush();
        return 0;
    }

    private static String role(SearchHit hit) {
        return hit.role().name().toLowerCase(Locale.ROOT);
    }
}
