package dev.skillfleet.desktop.ui.sessions;

import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.store.SessionSummary;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A conversation as the sidebar lists it.
 *
 * @param title    what the list shows: the stored title, or "New chat" when it has none
 * @param untitled whether the title is that placeholder (renaming then starts from an empty field)
 * @param when     when it was last used, relative to the time the list was read ("5 min ago")
 * @param messages the messages on its active branch
 */
public record SessionItem(String id, String title, boolean untitled, String when, int messages, boolean pinned,
                          ConversationState state) {

    public static final String UNTITLED = "New chat";

    static SessionItem of(SessionSummary summary, Instant now, ZoneId zone) {
        String stored = summary.title() == null ? "" : summary.title().strip();
        return new SessionItem(summary.id(), stored.isEmpty() ? UNTITLED : stored, stored.isEmpty(),
                RelativeTime.of(summary.updatedAt(), now, zone), summary.messages(), summary.pinned(),
                summary.state());
    }

    SessionItem renamed(String newTitle) {
        return new SessionItem(id, newTitle, false, when, messages, pinned, state);
    }

    /** A line for a tooltip: "12 messages · waiting for your answer". */
    public String details() {
        String count = messages == 1 ? "1 message" : messages + " messages";
        return switch (state) {
            case AWAITING_INPUT -> count + " \u00b7 waiting for your answer";
            case ERROR -> count + " \u00b7 the last answer was interrupted";
            default -> count;
        };
    }
}
