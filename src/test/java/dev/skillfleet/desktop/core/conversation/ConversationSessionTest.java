package dev.skillfleet.desktop.core.conversation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationSessionTest {

    @Test
    void stateAndMessageCountAreObservable() {
        ConversationSession session = ConversationSession.create("u1");
        List<String> seen = new ArrayList<>();
        session.addListener(new SessionListener() {
            @Override
            public void stateChanged(ConversationState from, ConversationState to) {
                seen.add(from + "->" + to);
            }

            @Override
            public void messageAdded(Message message, int messageCount) {
                seen.add("count=" + messageCount + ":" + message.role());
            }
        });
        session.transitionTo(ConversationState.ACTIVE);
        session.addMessage(Message.user("Create a Redis caching skill"));
        session.transitionTo(ConversationState.COMPLETED);

        assertThat(seen).containsExactly("IDLE->ACTIVE", "count=1:USER", "ACTIVE->COMPLETED");
        assertThat(session.messageCount()).isEqualTo(1);
        assertThat(session.userId()).isEqualTo("u1");
        assertThat(session.id()).isNotBlank();
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        ConversationSession session = ConversationSession.create("u1");
        List<ConversationState> seen = new ArrayList<>();
        SessionListener listener = new SessionListener() {
            @Override
            public void stateChanged(ConversationState from, ConversationState to) {
                seen.add(to);
            }
        };
        session.addListener(listener);
        session.transitionTo(ConversationState.ACTIVE);
        session.removeListener(listener);
        session.transitionTo(ConversationState.COMPLETED);
        assertThat(seen).containsExactly(ConversationState.ACTIVE);
    }

    @Test
    void contextWindowKeepsAtMostOneHundredMessagesNewestFirst() {
        ConversationSession session = ConversationSession.create("u1");
        for (int i = 0; i < 150; i++) {
            session.addMessage(Message.user("m" + i));
        }
        List<Message> window = session.contextWindow();
        assertThat(window).hasSize(ConversationSession.MAX_CONTEXT_MESSAGES);
        assertThat(window.getFirst().content()).isEqualTo("m50");
        assertThat(window.getLast().content()).isEqualTo("m149");
        assertThat(session.messages()).as("older messages stay stored").hasSize(150);
    }

    @Test
    void contextWindowStaysWithinTenThousandCharacters() {
        ConversationSession session = ConversationSession.create("u1");
        for (int i = 0; i < 10; i++) {
            session.addMessage(Message.user("x".repeat(3_000)));
        }
        List<Message> window = session.contextWindow();
        assertThat(window).hasSize(3);
        assertThat(window.stream().mapToInt(m -> m.content().length()).sum())
                .isLessThanOrEqualTo(ConversationSession.MAX_CONTEXT_CHARS);
    }

    @Test
    void thinkingIsKeptApartFromContentAndDurationsAddUp() {
        Message message = new Message("id", Role.ASSISTANT, "the answer", java.time.Instant.now(), null,
                List.of(new ThinkingSegment("first", java.time.Instant.now(), java.time.Duration.ofMillis(1200)),
                        new ThinkingSegment("second", java.time.Instant.now(), java.time.Duration.ofMillis(2000))),
                null);
        assertThat(message.content()).isEqualTo("the answer").doesNotContain("first");
        assertThat(message.thinkingDuration()).isEqualTo(java.time.Duration.ofMillis(3200));
        assertThat(message.thinkingText()).isEqualTo("first\nsecond");
    }
}
