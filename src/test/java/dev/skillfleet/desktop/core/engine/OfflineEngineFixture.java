package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The offline engine over a library folder, with one session, recording every turn's events. */
final class OfflineEngineFixture {

    final Path root;
    final ConversationSession session = ConversationSession.create("tester");
    private final TurnRunner runner;
    List<TurnEvent> events = new ArrayList<>();

    OfflineEngineFixture(Path root) {
        this.root = root;
        SkillLibrary library = new SkillLibrary(root);
        runner = new TurnRunner(new StreamingAssistant(new IntentClassifier(), OfflineEngine.handlers(library)));
    }

    TurnResult send(String message) {
        events = new ArrayList<>();
        return runner.run(session, message, events::add, new CancelToken());
    }

    String thinking() {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e instanceof TurnEvent.Thinking).forEach(e -> text.append(((TurnEvent.Thinking) e).text()));
        return text.toString();
    }

    String answer() {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e instanceof TurnEvent.Response).forEach(e -> text.append(((TurnEvent.Response) e).text()));
        return text.toString();
    }

    TurnEvent.Complete complete() {
        return (TurnEvent.Complete) events.getLast();
    }

    <T extends TurnEvent> T first(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow(
                () -> new AssertionError("no " + type.getSimpleName() + " in " + events));
    }
}
