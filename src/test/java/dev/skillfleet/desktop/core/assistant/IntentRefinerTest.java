package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.intent.IntentMatch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The optional second opinion on unsure messages, asked before the user is. */
class IntentRefinerTest {

    private static StreamingAssistant assistant(IntentRefiner refiner) {
        List<IntentHandler> handlers = new ArrayList<>();
        for (Intent intent : Intent.values()) {
            handlers.add(new IntentHandler() {
                @Override
                public boolean canHandle(TurnRequest request) {
                    return request.intent().intent() == intent;
                }

                @Override
                public void handle(TurnRequest request, TurnOutput out) {
                    out.response(intent.name() + ":" + request.intent().subject());
                }
            });
        }
        return new StreamingAssistant(new IntentClassifier(), handlers, refiner);
    }

    private static RecordingListener run(StreamingAssistant assistant, String message) {
        RecordingListener events = new RecordingListener();
        new TurnRunner(assistant).run(ConversationSession.create("u"), message, events, new CancelToken());
        return events;
    }

    @Test
    void aConfidentRefinementRoutesTheUnsureMessage() {
        RecordingListener events = run(assistant((request, out) -> {
            out.thinking("refined\n");
            return new IntentMatch(Intent.QUERY, 0.9, "testing", Map.of(Intent.QUERY, 0.9));
        }), "testing stuff");

        assertThat(events.responseText()).isEqualTo("QUERY:testing");
        assertThat(events.complete().intent()).isEqualTo(Intent.QUERY);
        assertThat(events.complete().state()).isEqualTo(ConversationState.COMPLETED);
    }

    @Test
    void anUnchangedMatchFallsBackToAskingTheUser() {
        RecordingListener events = run(assistant((request, out) -> request.intent()), "testing stuff");

        assertThat(events.complete().state()).isEqualTo(ConversationState.AWAITING_INPUT);
        assertThat(events.types()).contains("awaiting_input");
    }

    @Test
    void aConfidentMessageNeverReachesTheRefiner() {
        AtomicInteger calls = new AtomicInteger();
        RecordingListener events = run(assistant((request, out) -> {
            calls.incrementAndGet();
            return request.intent();
        }), "Create a Redis caching skill");

        assertThat(calls).hasValue(0);
        assertThat(events.responseText()).isEqualTo("CREATE_SKILL:Redis caching");
    }
}
