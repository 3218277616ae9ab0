package dev.skillfleet.desktop.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The styled ranges of a text, in order and never overlapping: what a highlighter computes off the FX thread and the
 * view turns into RichTextFX style spans in one update. Text between ranges has no style.
 */
public final class Highlights {

    /** @param styleClass a CSS class of editor.css, e.g. {@code hl-yaml-key} */
    public record Span(int start, int end, String styleClass) {
    }

    private final List<Span> spans;
    private final int length;

    private Highlights(List<Span> spans, int length) {
        this.spans = List.copyOf(spans);
        this.length = length;
    }

    public List<Span> spans() {
        return spans;
    }

    /** The length of the highlighted text: the spans and the gaps between them cover exactly this much. */
    public int length() {
        return length;
    }

    /** The style at an offset, or null; for tests and tooltips. */
    public String styleAt(int offset) {
        for (Span span : spans) {
            if (offset < span.start()) {
                return null;
            }
            if (offset < span.end()) {
                return span.styleClass();
            }
        }
        return null;
    }

    static Builder builder(int length) {
        return new Builder(length);
    }

    /** Collects spans in text order; one that starts inside the previous one is dropped (the first styling wins). */
    static final class Builder {
        private final List<Span> spans = new ArrayList<>();
        private final int length;
        private int end;

        private Builder(int length) {
            this.length = length;
        }

        Builder add(int start, int stop, String styleClass) {
            int from = Math.max(start, 0);
            int to = Math.min(stop, length);
            if (from >= to || from < end) {
                return this;
            }
            spans.add(new Span(from, to, styleClass));
            end = to;
            return this;
        }

        Highlights build() {
            return new Highlights(spans, length);
        }
    }
}
