package dev.skillfleet.desktop.core.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Keeps every event a stream emitted, for assertions. */
final class Recorder implements StreamListener {

    final List<StreamEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(StreamEvent event) {
        events.add(event);
    }

    String content() {
        return events.stream().filter(e -> e instanceof StreamEvent.Content)
                .map(e -> ((StreamEvent.Content) e).text()).collect(Collectors.joining());
    }

    String reasoning() {
        return events.stream().filter(e -> e instanceof StreamEvent.Reasoning)
                .map(e -> ((StreamEvent.Reasoning) e).text()).collect(Collectors.joining());
    }

    List<String> finishReasons() {
        return events.stream().filter(e -> e instanceof StreamEvent.Finished)
                .map(e -> ((StreamEvent.Finished) e).reason()).toList();
    }

    List<StreamEvent.Usage> usages() {
        return events.stream().filter(e -> e instanceof StreamEvent.Usage).map(e -> (StreamEvent.Usage) e).toList();
    }

    /** The kinds in order with runs of the same kind collapsed: e.g. [Reasoning, Content, Finished, Usage]. */
    List<String> shape() {
        List<String> shape = new java.util.ArrayList<>();
        for (StreamEvent event : events) {
            String kind = event.getClass().getSimpleName();
            if (shape.isEmpty() || !shape.getLast().equals(kind)) {
                shape.add(kind);
            }
        }
        return shape;
    }
}
