package dev.skillfleet.desktop.core.conversation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.skillfleet.desktop.core.conversation.ConversationState.ACTIVE;
import static dev.skillfleet.desktop.core.conversation.ConversationState.AWAITING_INPUT;
import static dev.skillfleet.desktop.core.conversation.ConversationState.COMPLETED;
import static dev.skillfleet.desktop.core.conversation.ConversationState.ERROR;
import static dev.skillfleet.desktop.core.conversation.ConversationState.IDLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationStateTest {

    /** The design's diagram, written out: every arrow, plus failure from anywhere and "new session" to IDLE. */
    private static final Map<ConversationState, Set<ConversationState>> LEGAL = Map.of(
            IDLE, Set.of(ACTIVE, ERROR, IDLE),
            ACTIVE, Set.of(AWAITING_INPUT, COMPLETED, ERROR, IDLE),
            AWAITING_INPUT, Set.of(ACTIVE, ERROR, IDLE),
            COMPLETED, Set.of(ACTIVE, ERROR, IDLE),
            ERROR, Set.of(ACTIVE, ERROR, IDLE));

    static Stream<Arguments> allPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (ConversationState from : ConversationState.values()) {
            for (ConversationState to : ConversationState.values()) {
                pairs.add(Arguments.of(from, to, LEGAL.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} legal={2}")
    @MethodSource("allPairs")
    void everyTransitionIsLegalOrThrowsNamingBothStates(ConversationState from, ConversationState to, boolean legal) {
        ConversationSession session = sessionIn(from);
        if (legal) {
            session.transitionTo(to);
            assertThat(session.state()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> session.transitionTo(to))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(from.name())
                    .hasMessageContaining(to.name())
                    .satisfies(e -> {
                        IllegalTransitionException ite = (IllegalTransitionException) e;
                        assertThat(ite.from()).isEqualTo(from);
                        assertThat(ite.to()).isEqualTo(to);
                    });
            assertThat(session.state()).as("a refused transition changes nothing").isEqualTo(from);
        }
    }

    @Test
    void theIllegalOnesAreTheOnesTheDesignHasNoArrowFor() {
        assertThat(ACTIVE.canMoveTo(ACTIVE)).as("a second message while a turn runs").isFalse();
        assertThat(IDLE.canMoveTo(COMPLETED)).isFalse();
        assertThat(IDLE.canMoveTo(AWAITING_INPUT)).isFalse();
        assertThat(AWAITING_INPUT.canMoveTo(COMPLETED)).as("a question must be answered first").isFalse();
        assertThat(AWAITING_INPUT.canMoveTo(AWAITING_INPUT)).isFalse();
        assertThat(COMPLETED.canMoveTo(AWAITING_INPUT)).isFalse();
        assertThat(COMPLETED.canMoveTo(COMPLETED)).isFalse();
        assertThat(ERROR.canMoveTo(COMPLETED)).isFalse();
        assertThat(ERROR.canMoveTo(AWAITING_INPUT)).isFalse();
    }

    /** Reaches a state by legal moves only, as a real session would. */
    static ConversationSession sessionIn(ConversationState state) {
        ConversationSession session = ConversationSession.create("tester");
        switch (state) {
            case IDLE -> { }
            case ACTIVE -> session.transitionTo(ACTIVE);
            case AWAITING_INPUT -> {
                session.transitionTo(ACTIVE);
                session.transitionTo(AWAITING_INPUT);
            }
            case COMPLETED -> {
                session.transitionTo(ACTIVE);
                session.transitionTo(COMPLETED);
            }
            case ERROR -> {
                session.transitionTo(ACTIVE);
                session.transitionTo(ERROR);
            }
        }
        return session;
    }
}
