package dev.skillfleet.desktop.core.llm.tags;

import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.StreamListener;

import java.util.ArrayList;
import java.util.List;

/** Collects a parser's events; {@link #segments()} is the split-independent view used to compare chunkings. */
final class Recorder implements StreamListener {

    /** A run of reasoning or content between two tags, as one string. */
    record Segment(boolean reasoning, String text) {
        static Segment r(String text) {
            return new Segment(true, text);
        }

        static Segment c(String text) {
            return new Segment(false, text);
        }

        @Override
        public String toString() {
            return (reasoning ? "R" : "C") + "[" + text + "]";
        }
    }

    final List<StreamEvent> events = new ArrayList<>();

    @Override
    public void onEvent(StreamEvent event) {
        events.add(event);
    }

    /** Adjacent events of the same kind joined: equal for every way of chunking the same input. */
    List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Boolean kind = null;
        for (StreamEvent event : events) {
            boolean reasoning;
            String piece;
            if (event instanceof StreamEvent.Reasoning r) {
                reasoning = true;
                piece = r.text();
            } else if (event instanceof StreamEvent.Content c) {
                reasoning = false;
                piece = c.text();
            } else {
                continue;
            }
            if (kind != null && kind != reasoning) {
                segments.add(new Segment(kind, text.toString()));
                text.setLength(0);
            }
            kind = reasoning;
            text.append(piece);
        }
        if (kind != null) {
            segments.add(new Segment(kind, text.toString()));
        }
        return segments;
    }

    String reasoning() {
        StringBuilder text = new StringBuilder();
        events.forEach(e -> {
            if (e instanceof StreamEvent.Reasoning r) {
                text.append(r.text());
            }
        });
        return text.toString();
    }

    String content() {
        StringBuilder text = new StringBuilder();
        events.forEach(e -> {
            if (e instanceof StreamEvent.Content c) {
                text.append(c.text());
            }
        });
        return text.toString();
    }

    /** Texts of all Reasoning and Content events, for asserting that none is empty. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (StreamEvent event : events) {
            if (event instanceof StreamEvent.Reasoning r) {
                texts.add(r.text());
            } else if (event instanceof StreamEvent.Content c) {
                texts.add(c.text());
            }
        }
        return texts;
    }
}
