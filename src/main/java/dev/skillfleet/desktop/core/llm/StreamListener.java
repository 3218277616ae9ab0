package dev.skillfleet.desktop.core.llm;

/** Receives a model stream's events in order, on the thread that reads the stream. */
@FunctionalInterface
public interface StreamListener {
    void onEvent(StreamEvent event);
}
