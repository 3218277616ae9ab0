package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.SessionSummary;
import dev.skillfleet.desktop.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sessions list}: one line per stored conversation, as the sidebar orders them. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the stored conversations, pinned first, then the most recently used: id, state, "
                + "messages (on the branch shown), last use and title.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (none is fine)", "1:the database could not be opened", "2:bad usage"})
final class SessionsListCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Map<String, String> environment;

    SessionsListCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text", description = "text (aligned "
            + "columns) or jsonl (one {\"id\",\"title\",\"state\",\"messages\"} object per conversation). "
            + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or jsonl, not '" + format + "'");
        }
        Path folder = data.folder(environment);
        List<SessionSummary> sessions;
        if (!DataOption.hasDatabase(folder)) {
            sessions = List.of();
        } else {
            try (SessionStore store = DataOption.open(folder)) {
                sessions = store.list();
            } catch (StoreException e) {
                DataOption.error(spec, e.getMessage());
                return 1;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("jsonl")) {
            JsonLines json = new JsonLines(out);
            for (SessionSummary s : sessions) {
                json.start().field("id", s.id()).field("title", s.title()).field("state", s.state().name())
                        .field("messages", s.messages()).end();
            }
            json.finish();
        } else if (sessions.isEmpty()) {
            spec.commandLine().getErr().println("No stored conversations in " + folder);
        } else {
            out.print(text(sessions, ZoneId.systemDefault()));
        }
        out.flush();
        spec.commandLine().getErr().flush();
        return 0;
    }

    static String text(List<SessionSummary> sessions, ZoneId zone) {
        int idWidth = 0;
        int stateWidth = 0;
        int countWidth = 0;
        for (SessionSummary s : sessions) {
            idWidth = Math.max(idWidth, s.id().length());
            stateWidth = Math.max(stateWidth, s.state().name().length());
            countWidth = Math.max(countWidth, String.valueOf(s.messages()).length());
        }
        StringBuilder lines = new StringBuilder();
        for (SessionSummary s : sessions) {
            String count = String.valueOf(s.messages());
            lines.append(pad(s.id(), idWidth)).append("  ").append(pad(s.state().name(), stateWidth)).append("  ")
                    .append(" ".repeat(countWidth - count.length())).append(count).append("  ")
                    .append(WHEN.format(s.updatedAt().atZone(zone))).append("  ")
                    .append(s.pinned() ? "[pinned] " : "")
                    .append(s.title().isBlank() ? "(untitled)" : s.title()).append('\n');
        }
        return lines.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
