package dev.skillfleet.desktop.core.llm.tags;

import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.StreamListener;

/**
 * Emits the text of the current segment (reasoning or content) and drops the blank lines a segment starts with.
 *
 * <p>Models write {@code <think>\n…\n</think>\n\n answer}; without trimming, every segment would open with empty
 * lines, and whitespace between two think blocks would become an answer of its own. Only whole blank lines go: the
 * indentation of the first real line stays (it may be an indented code block), and a segment that never gets past
 * whitespace emits nothing. Whitespace is only held while nothing else has arrived in the segment, so visible text
 * is never delayed.
 */
final class SegmentWriter {

    private final StreamListener out;
    private boolean reasoning;
    /** Nothing but whitespace so far in this segment. */
    private boolean atStart = true;
    /** Whitespace of the current line while {@link #atStart}: indentation, kept if real text follows. */
    private final StringBuilder heldIndent = new StringBuilder();

    SegmentWriter(StreamListener out, boolean reasoning) {
        this.out = out;
        this.reasoning = reasoning;
    }

    boolean reasoning() {
        return reasoning;
    }

    /** Whether the segment so far is only whitespace. */
    boolean atStart() {
        return atStart;
    }

    /** Ends the current segment (a whitespace-only one leaves no trace) and starts one of the given kind. */
    void begin(boolean reasoning) {
        this.reasoning = reasoning;
        atStart = true;
        heldIndent.setLength(0);
    }

    /** Writes {@code text[from, to)} to the current segment. */
    void write(String text, int from, int to) {
        if (from >= to) {
            return;
        }
        if (!atStart) {
            emit(text.substring(from, to));
            return;
        }
        int i = from;
        int lineFrom = from;
        while (i < to && isBlank(text.charAt(i))) {
            char c = text.charAt(i++);
            if (c == '\n' || c == '\r') {
                heldIndent.setLength(0);
                lineFrom = i;
            }
        }
        if (i == to) {
            heldIndent.append(text, lineFrom, to);
            return;
        }
        atStart = false;
        if (heldIndent.isEmpty()) {
            emit(text.substring(lineFrom, to));
        } else {
            emit(heldIndent.append(text, lineFrom, to).toString());
            heldIndent.setLength(0);
        }
    }

    private void emit(String text) {
        out.onEvent(reasoning ? new StreamEvent.Reasoning(text) : new StreamEvent.Content(text));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
