package dev.skillfleet.desktop.ui.sessions;

import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.store.SearchHit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A message that matched the sidebar's search.
 *
 * @param sessionTitle its conversation's title ("New chat" when it has none)
 * @param when         when the message was written, relative to the search
 * @param snippet      the text around the match, in parts; the matched words are the marked parts
 */
public record SessionHit(String sessionId, String messageId, String sessionTitle, Role role, String when,
                         List<Part> snippet) {

    public SessionHit {
        snippet = List.copyOf(snippet);
    }

    /** A run of the snippet's text; {@code marked} when it is a matched word. */
    public record Part(String text, boolean marked) {
    }

    static SessionHit of(SearchHit hit, Instant now, ZoneId zone) {
        String title = hit.sessionTitle() == null || hit.sessionTitle().isBlank()
                ? SessionItem.UNTITLED : hit.sessionTitle().strip();
        return new SessionHit(hit.sessionId(), hit.messageId(), title, hit.role(),
                RelativeTime.of(hit.at(), now, zone), parts(hit.snippet()));
    }

    /** "You" or "Assistant": who wrote the message. */
    public String author() {
        return role == Role.USER ? "You" : role == Role.ASSISTANT ? "Assistant" : "System";
    }

    /** The snippet without its marks. */
    public String text() {
        return snippet.stream().map(Part::text).collect(Collectors.joining());
    }

    /**
     * Splits a store snippet at its marks, on one line (a sidebar has no room for the message's line breaks), without
     * the Markdown emphasis and code marks an answer's raw text carries ("**claude-api**" reads "claude-api").
     */
    static List<Part> parts(String snippet) {
        String text = snippet == null ? "" : snippet.replace("**", "").replace("`", "")
                .replaceAll("\\s+", " ").strip();
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int start = text.indexOf(SearchHit.MARK_START, at);
            if (start < 0) {
                add(parts, text.substring(at), false);
                break;
            }
            add(parts, text.substring(at, start), false);
            int from = start + SearchHit.MARK_START.length();
            int end = text.indexOf(SearchHit.MARK_END, from);
            // A mark the snippet cut off runs to its end.
            add(parts, text.substring(from, end < 0 ? text.length() : end), true);
            at = end < 0 ? text.length() : end + SearchHit.MARK_END.length();
        }
        return parts;
    }

    private static void add(List<Part> parts, String text, boolean marked) {
        if (!text.isEmpty()) {
            parts.add(new Part(text, marked));
        }
    }
}
