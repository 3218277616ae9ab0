package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.IllegalTransitionException;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TurnRunnerTest {

    private final AtomicLong clock = new AtomicLong();

    /** A custom handler driving a scripted turn; each step advances the fake clock by 100 ms. */
    private TurnRunner runnerWith(ScriptedTurn script) {
        StreamingAssistant assistant = new StreamingAssistant(new IntentClassifier(), List.of()).register(
                new IntentHandler() {
                    @Override
                    public boolean canHandle(TurnRequest request) {
                        return true;
                    }

                    @Override
                    public void handle(TurnRequest request, TurnOutput out) throws Exception {
                        script.run(out);
                    }
                });
        return new TurnRunner(assistant, () -> clock.addAndGet(Duration.ofMillis(100).toNanos()));
    }

    interface ScriptedTurn {
        void run(TurnOutput out) throws Exception;
    }

    @Test
    void eventsArriveInOrderAndCompleteIsLast() {
        RecordingListener events = new RecordingListener();
        TurnResult result = runnerWith(out -> {
            out.thinking("step 1\n");
            out.response("Hello ");
            out.response("world");
        }).run(ConversationSession.create("u"), "hi", events, new CancelToken());

        assertThat(events.types()).containsExactly("thinking", "response", "response", "complete");
        assertThat(result.message().content()).isEqualTo("Hello world");
        assertThat(result.message().role()).isEqualTo(Role.ASSISTANT);
        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
    }

    @Test
    void severalThinkingSegmentsAreKeptAndTheirDurationsAddUp() {
        TurnResult result = runnerWith(out -> {
            out.thinking("a");        // opens segment 1
            out.thinking("b");
            out.response("x");        // closes it
            out.thinking("c");        // opens segment 2
            out.response("y");        // closes it
        }).run(ConversationSession.create("u"), "hi", new RecordingListener(), new CancelToken());

        Message message = result.message();
        assertThat(message.thinking()).hasSize(2);
        assertThat(message.thinking().get(0).text()).isEqualTo("ab");
        assertThat(message.thinking().get(1).text()).isEqualTo("c");
        assertThat(message.thinkingDuration())
                .isEqualTo(message.thinking().get(0).duration().plus(message.thinking().get(1).duration()));
        assertThat(message.thinking().get(0).duration()).isPositive();
        assertThat(message.content()).as("thinking never leaks into the answer").isEqualTo("xy");
    }

    @Test
    void thinkingThatNeverGetsAnAnswerIsClosedAtTheEnd() {
        TurnResult result = runnerWith(out -> out.thinking("only thoughts"))
                .run(ConversationSession.create("u"), "hi", new RecordingListener(), new CancelToken());
        assertThat(result.message().thinking()).hasSize(1);
        assertThat(result.message().thinking().getFirst().duration()).isPositive();
    }

    @Test
    void aFailureKeepsWhatArrivedAndLeavesTheSessionInError() {
        ConversationSession session = ConversationSession.create("u");
        RecordingListener events = new RecordingListener();
        TurnResult result = runnerWith(out -> {
            out.response("partial answer");
            throw new UserFacingException("The library is read-only.");
        }).run(session, "hi", events, new CancelToken());

        assertThat(events.types()).containsExactly("response", "error", "complete");
        assertThat(((TurnEvent.Error) events.events.get(1)).message()).isEqualTo("The library is read-only.");
        assertThat(result.state()).isEqualTo(ConversationState.ERROR);
        assertThat(events.complete().state()).isEqualTo(ConversationState.ERROR);
        assertThat(result.message().content()).isEqualTo("partial answer");
        assertThat(result.message().metadata()).containsEntry(Message.END, "failed");
        assertThat(session.state()).isEqualTo(ConversationState.ERROR);
    }

    @Test
    void aFailedSessionAcceptsTheNextMessage() {
        ConversationSession session = ConversationSession.create("u");
        runnerWith(out -> {
            throw new IllegalStateException("boom");
        }).run(session, "hi", new RecordingListener(), new CancelToken());
        TurnResult retry = runnerWith(out -> out.response("ok")).run(session, "hi", new RecordingListener(),
                new CancelToken());
        assertThat(retry.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(session.messageCount()).isEqualTo(4);
    }

    @Test
    void unexpectedExceptionsAreReportedWithTheirType() {
        RecordingListener events = new RecordingListener();
        runnerWith(out -> {
            throw new IllegalStateException("boom");
        }).run(ConversationSession.create("u"), "hi", events, new CancelToken());
        assertThat(((TurnEvent.Error) events.events.getFirst()).message()).contains("IllegalStateException").contains("boom");
    }

    @Test
    void stoppingKeepsThePartialAnswerMarkedAsStopped() {
        CancelToken cancel = new CancelToken();
        ConversationSession session = ConversationSession.create("u");
        TurnResult result = runnerWith(out -> {
            out.response("first part");
            cancel.cancel();
            out.response("never sent");
        }).run(session, "hi", new RecordingListener(), cancel);

        assertThat(result.message().content()).isEqualTo("first part");
        assertThat(result.message().metadata()).containsEntry(Message.END, "stopped");
        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
    }

    @Test
    void blankMessagesAreNeverSent() {
        ConversationSession session = ConversationSession.create("u");
        TurnRunner runner = runnerWith(out -> out.response("x"));
        assertThatThrownBy(() -> runner.run(session, "  \n\t", new RecordingListener(), new CancelToken()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(session.messageCount()).isZero();
        assertThat(session.state()).isEqualTo(ConversationState.IDLE);
    }

    @Test
    void aSecondMessageWhileATurnRunsIsRefusedByTheStateMachine() {
        ConversationSession session = ConversationSession.create("u");
        session.transitionTo(ConversationState.ACTIVE);
        assertThatThrownBy(() -> runnerWith(out -> out.response("x")).run(session, "hi", new RecordingListener(),
                new CancelToken())).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void timeToFirstTokenIsRecorded() {
        TurnResult result = runnerWith(out -> out.response("x"))
                .run(ConversationSession.create("u"), "hi", new RecordingListener(), new CancelToken());
        assertThat(result.message().stats().timeToFirstToken()).isPositive();
        assertThat(result.message().stats().completionTokens()).as("never invented offline").isNull();
    }
}
