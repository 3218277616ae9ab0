package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingAssistantTest {

    /** A built-in stand-in that answers every intent with the intent's name, so routing is visible. */
    private static IntentHandler builtIn(Intent intent) {
        return new IntentHandler() {
            @Override
            public boolean canHandle(TurnRequest request) {
                return request.intent().intent() == intent;
            }

            @Override
            public void handle(TurnRequest request, TurnOutput out) {
                out.response(intent.name() + ":" + request.intent().subject());
            }
        };
    }

    private static StreamingAssistant assistant() {
        List<IntentHandler> handlers = new ArrayList<>();
        for (Intent intent : Intent.values()) {
            handlers.add(builtIn(intent));
        }
        return new StreamingAssistant(new IntentClassifier(), handlers);
    }

    @Test
    void serviceLoaderFindsTheEchoHandlerOnTheTestClassPathAndAsksItFirst() {
        StreamingAssistant assistant = assistant();
        assertThat(assistant.customHandlers()).hasAtLeastOneElementOfType(EchoHandler.class);

        RecordingListener events = new RecordingListener();
        TurnResult result = new TurnRunner(assistant).run(ConversationSession.create("u"), "/echo create a skill please",
                events, new CancelToken());

        assertThat(events.responseText()).isEqualTo("create a skill please");
        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
    }

    @Test
    void handlersRegisteredInCodeComeBeforeDiscoveredAndBuiltInOnes() {
        StreamingAssistant assistant = assistant().register(new IntentHandler() {
            @Override
            public boolean canHandle(TurnRequest request) {
                return request.message().startsWith("/echo") || request.message().startsWith("Create");
            }

            @Override
            public void handle(TurnRequest request, TurnOutput out) {
                out.response("custom");
            }
        });
        RecordingListener echo = new RecordingListener();
        new TurnRunner(assistant).run(ConversationSession.create("u"), "/echo hi", echo, new CancelToken());
        RecordingListener create = new RecordingListener();
        new TurnRunner(assistant).run(ConversationSession.create("u"), "Create a Redis caching skill", create,
                new CancelToken());

        assertThat(echo.responseText()).isEqualTo("custom");
        assertThat(create.responseText()).isEqualTo("custom");
    }

    @Test
    void aConfidentMessageGoesToTheBuiltInHandlerOfItsIntent() {
        RecordingListener events = new RecordingListener();
        new TurnRunner(assistant()).run(ConversationSession.create("u"), "Create a Redis caching skill", events,
                new CancelToken());
        assertThat(events.responseText()).isEqualTo("CREATE_SKILL:Redis caching");
        assertThat(events.complete().intent()).isEqualTo(Intent.CREATE_SKILL);
    }

    @Test
    void belowTheThresholdItAsksWhichWasMeantAndThePickContinuesTheTurn() {
        StreamingAssistant assistant = assistant();
        TurnRunner runner = new TurnRunner(assistant);
        ConversationSession session = ConversationSession.create("u");
        String unclear = "python decorators";
        assertThat(assistant.classifier().classify(unclear).confident()).as("test premise").isFalse();

        RecordingListener first = new RecordingListener();
        TurnResult asked = runner.run(session, unclear, first, new CancelToken());

        assertThat(asked.state()).isEqualTo(ConversationState.AWAITING_INPUT);
        assertThat(session.state()).isEqualTo(ConversationState.AWAITING_INPUT);
        TurnEvent.AwaitingInput question = (TurnEvent.AwaitingInput) first.events.stream()
                .filter(e -> e instanceof TurnEvent.AwaitingInput).findFirst().orElseThrow();
        assertThat(question.options()).containsExactlyInAnyOrder("Create a skill", "Search the library",
                "Refine a skill", "Just chat");
        assertThat(first.complete().state()).isEqualTo(ConversationState.AWAITING_INPUT);

        RecordingListener second = new RecordingListener();
        TurnResult continued = runner.run(session, "Create a skill", second, new CancelToken());

        assertThat(second.responseText()).startsWith("CREATE_SKILL:");
        assertThat(second.responseText()).containsIgnoringCase("decorators");
        assertThat(continued.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(session.messageCount()).isEqualTo(4);
    }

    @Test
    void anAnswerByNumberPicksTheOption() {
        TurnRunner runner = new TurnRunner(assistant());
        ConversationSession session = ConversationSession.create("u");
        RecordingListener first = new RecordingListener();
        runner.run(session, "python decorators", first, new CancelToken());
        TurnEvent.AwaitingInput question = (TurnEvent.AwaitingInput) first.events.stream()
                .filter(e -> e instanceof TurnEvent.AwaitingInput).findFirst().orElseThrow();
        int searchIndex = question.options().indexOf("Search the library") + 1;

        RecordingListener second = new RecordingListener();
        runner.run(session, String.valueOf(searchIndex), second, new CancelToken());
        assertThat(second.responseText()).startsWith("QUERY:");
    }

    @Test
    void anAnswerThatPicksNoOptionIsTreatedAsANewMessage() {
        TurnRunner runner = new TurnRunner(assistant());
        ConversationSession session = ConversationSession.create("u");
        runner.run(session, "python decorators", new RecordingListener(), new CancelToken());
        RecordingListener second = new RecordingListener();
        runner.run(session, "What skills exist?", second, new CancelToken());
        assertThat(second.responseText()).startsWith("QUERY:");
        assertThat(session.context()).doesNotContainKey(PendingQuestion.CONTEXT_KEY);
    }
}
