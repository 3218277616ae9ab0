package dev.skillfleet.desktop.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects a turn's events for assertions. */
final class RecordingListener implements Consumer<TurnEvent> {
    final List<TurnEvent> events = new ArrayList<>();

    @Override
    public void accept(TurnEvent event) {
        events.add(event);
    }

    List<String> types() {
        return events.stream().map(TurnEvent::type).toList();
    }

    String responseText() {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e instanceof TurnEvent.Response).forEach(e -> text.append(((TurnEvent.Response) e).text()));
        return text.toString();
    }

    TurnEvent.Complete complete() {
        return (TurnEvent.Complete) events.getLast();
    }
}
