package dev.skillfleet.desktop.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;

import java.time.Instant;
import java.util.Locale;

/**
 * Writes the session export format, version 1 (read back by {@link SessionImport}):
 *
 * <pre>
 * {"format": "skill-fleet-session", "version": 1,
 *  "session": {"id", "title", "state", "createdAt", "updatedAt", "pinned", "profileId", "leafId",
 *              "pendingQuestion" (only while AWAITING_INPUT: {"question", "options", "intent", "originalMessage"})},
 *  "messages": [{"id", "parentId", "role", "content", "createdAt", "metadata", "thinking", "stats"}, …]}
 * </pre>
 *
 * Every branch is there: {@code messages} is the whole tree, parents before children and each message's versions
 * (siblings) oldest first; {@code leafId} is the end of the branch that was being shown. {@code role} is
 * {@code user}, {@code assistant} or {@code system}; {@code state} a session state name ({@code COMPLETED}…).
 * Session and message times are ISO-8601 instants in UTC; the parts inside a message are {@link MessageJson}'s
 * (thinking {@code [{"text", "start" (epoch ms), "durationMs"}]}, stats in milliseconds and token counts, metadata
 * string to string, e.g. {@code "end": "interrupted" | "stopped" | "failed"}).
 */
final class SessionJson {

    static final String FORMAT = "skill-fleet-session";
    static final int VERSION = 1;

    private SessionJson() {
    }

    static String write(SessionSnapshot snapshot) {
        ObjectNode root = MessageJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode session = root.putObject("session");
        SessionSummary summary = snapshot.summary();
        session.put("id", summary.id());
        session.put("title", summary.title());
        session.put("state", summary.state().name());
        session.put("createdAt", time(summary.createdAt()));
        session.put("updatedAt", time(summary.updatedAt()));
        session.put("pinned", summary.pinned());
        session.put("profileId", summary.profileId());
        session.put("leafId", snapshot.leafId());
        if (snapshot.pending() != null) {
            session.set("pendingQuestion", MessageJson.question(snapshot.pending()));
        }
        ArrayNode messages = root.putArray("messages");
        for (StoredMessage stored : snapshot.messages()) {
            Message m = stored.message();
            ObjectNode node = messages.addObject();
            node.put("id", m.id());
            node.put("parentId", stored.parentId());
            node.put("role", role(m.role()));
            node.put("content", m.content());
            node.put("createdAt", time(m.timestamp()));
            node.set("metadata", MessageJson.metadata(m.metadata()));
            node.set("thinking", MessageJson.thinking(m.thinking()));
            node.set("stats", MessageJson.stats(m.stats()));
        }
        // Always "\n" and two spaces, whatever the platform: the same session exports to the same bytes everywhere.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            return MessageJson.MAPPER.writer(pretty).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree built here always serializes", e);
        }
    }

    static String role(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static String time(Instant instant) {
        return instant.toString();
    }
}
