package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A session as a Markdown document for people: its title, then the branch that was being shown, one section per
 * message. Thinking is never mixed into an answer: it is left out, or (when asked for) put in a collapsed
 * {@code <details>} block before the answer with how long it took. An answer that did not finish says why.
 */
final class SessionMarkdown {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
    /** A closing tag inside thinking would end the block early and spill the rest into the answer. */
    private static final Pattern DETAILS_END = Pattern.compile("(?i)</details");

    private SessionMarkdown() {
    }

    static String write(SessionSnapshot snapshot, boolean thinking, ZoneId zone) {
        SessionSummary summary = snapshot.summary();
        List<StoredMessage> branch = snapshot.activeBranch();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(summary.title().isBlank() ? "Untitled conversation" : summary.title()))
                .append("\n\n");
        md.append('*').append(branch.size()).append(branch.size() == 1 ? " message" : " messages")
                .append(" \u00b7 started ").append(time(summary.createdAt(), zone))
                .append(" \u00b7 last active ").append(time(summary.updatedAt(), zone)).append("*\n");
        for (StoredMessage stored : branch) {
            md.append('\n');
            message(md, stored, thinking, zone);
        }
        return md.toString();
    }

    private static void message(StringBuilder md, StoredMessage stored, boolean thinking, ZoneId zone) {
        Message m = stored.message();
        md.append("## ").append(author(m.role())).append(" \u00b7 ").append(time(m.timestamp(), zone));
        if (stored.siblings() > 1) {
            md.append(" \u00b7 version ").append(stored.siblingIndex() + 1).append(" of ").append(stored.siblings());
        }
        md.append("\n\n");
        if (thinking && !m.thinking().isEmpty()) {
            md.append("<details>\n<summary>Thinking (").append(seconds(m.thinkingDuration()))
                    .append(")</summary>\n\n");
            StringBuilder text = new StringBuilder();
            m.thinking().forEach(segment -> text.append(text.isEmpty() ? "" : "\n\n").append(segment.text().strip()));
            md.append(DETAILS_END.matcher(text).replaceAll("&lt;/details")).append("\n\n</details>\n\n");
        }
        if (!m.content().isBlank()) {
            md.append(m.content().strip()).append("\n\n");
        }
        String options = m.metadata().get("options");
        if (options != null && !options.isBlank()) {
            List<String> list = options.lines().filter(l -> !l.isBlank()).toList();
            for (int i = 0; i < list.size(); i++) {
                md.append(i + 1).append(". ").append(list.get(i)).append('\n');
            }
            md.append('\n');
        }
        String draft = m.metadata().get(Message.DRAFT);
        if (draft != null && !m.content().contains(draft)) {
            md.append("Draft: `").append(draft).append("`\n\n");
        }
        String end = m.metadata().get(Message.END);
        if (end != null) {
            md.append("> *").append(ending(end, m.metadata().get("error"))).append("*\n\n");
        }
        md.setLength(md.length() - 1);
    }

    private static String ending(String end, String error) {
        return switch (end) {
            case MessageRows.INTERRUPTED -> "Interrupted: the app stopped before this answer was finished.";
            case "stopped" -> "Stopped before the answer was finished.";
            case "failed" -> error == null || error.isBlank() ? "Failed." : "Failed: " + oneLine(error);
            default -> "Ended early (" + oneLine(end) + ").";
        };
    }

    private static String author(Role role) {
        return switch (role) {
            case USER -> "You";
            case ASSISTANT -> "Assistant";
            case SYSTEM -> "System";
        };
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** "0.4 s" and "2.5 s" under ten seconds, whole seconds above. */
    static String seconds(Duration duration) {
        double s = duration.toMillis() / 1000.0;
        return s < 10 ? String.format(Locale.ROOT, "%.1f s", s) : Math.round(s) + " s";
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
