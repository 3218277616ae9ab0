package dev.skillfleet.desktop.ui.sessions;

import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.store.SearchHit;
import dev.skillfleet.desktop.core.store.SessionSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** What the sidebar's rows say: relative times, placeholder titles, snippets split at their marks. */
class SessionTextTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant NOW = Instant.parse("2025-06-04T15:30:00Z"); // a Wednesday

    private static String ago(String then) {
        return RelativeTime.of(Instant.parse(then), NOW, UTC);
    }

    @Test
    void timesReadAsASidebarSaysThem() {
        assertThat(ago("2025-06-04T15:29:30Z")).isEqualTo("now");
        assertThat(ago("2025-06-04T15:31:00Z")).as("a clock a little ahead").isEqualTo("now");
        assertThat(ago("2025-06-04T15:25:00Z")).isEqualTo("5 min ago");
        assertThat(ago("2025-06-04T12:10:00Z")).isEqualTo("3 h ago");
        assertThat(ago("2025-06-03T23:50:00Z")).isEqualTo("yesterday");
        assertThat(ago("2025-05-31T09:00:00Z")).isEqualTo("Sat");
        assertThat(ago("2025-03-12T09:00:00Z")).isEqualTo("12 Mar");
        assertThat(ago("2024-12-30T09:00:00Z")).isEqualTo("30 Dec 2024");
        // Whether it was yesterday depends on where the user is.
        assertThat(RelativeTime.of(Instant.parse("2025-06-04T01:00:00Z"), NOW, ZoneId.of("America/New_York")))
                .isEqualTo("yesterday");
    }

    @Test
    void aConversationWithNoTitleShowsAsNewChat() {
        Instant at = NOW.minusSeconds(30);
        SessionItem untitled = SessionItem.of(new SessionSummary("a", " ", ConversationState.IDLE, 0, at, at, false,
                null), NOW, UTC);
        assertThat(untitled.title()).isEqualTo("New chat");
        assertThat(untitled.untitled()).isTrue();
        SessionItem waiting = SessionItem.of(new SessionSummary("b", "Redis", ConversationState.AWAITING_INPUT, 3, at,
                at, true, null), NOW, UTC);
        assertThat(waiting.title()).isEqualTo("Redis");
        assertThat(waiting.details()).isEqualTo("3 messages \u00b7 waiting for your answer");
    }

    @Test
    void snippetsSplitAtTheirMarksOnOneLine() {
        SessionHit hit = SessionHit.of(new SearchHit("s", "", "m", Role.USER, NOW,
                "\u2026use «Redis» for\n\ncaching, «redis» streams too\u2026"), NOW, UTC);
        assertThat(hit.snippet()).containsExactly(new SessionHit.Part("\u2026use ", false),
                new SessionHit.Part("Redis", true), new SessionHit.Part(" for caching, ", false),
                new SessionHit.Part("redis", true), new SessionHit.Part(" streams too\u2026", false));
        assertThat(hit.text()).isEqualTo("\u2026use Redis for caching, redis streams too\u2026");
        assertThat(hit.sessionTitle()).isEqualTo("New chat");
        assertThat(hit.author()).isEqualTo("You");
        assertThat(SessionHit.parts("cut «off")).containsExactly(new SessionHit.Part("cut ", false),
                new SessionHit.Part("off", true));
        assertThat(SessionHit.parts("")).isEmpty();
        assertThat(SessionHit.parts("1. **claude-api** — `pip install`")).containsExactly(
                new SessionHit.Part("1. claude-api — pip install", false));
    }
}
