package dev.skillfleet.desktop.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Splits a message that is still streaming in into a part whose Markdown will not change any more (re-rendered as
 * it grows) and a tail that may still change meaning (shown as plain text until it settles).
 *
 * <p>The boundary is the last blank line outside a code fence. A blank line inside an open fence is part of the code,
 * so splitting there would render half a code block and then the rest of it as a paragraph.
 */
public final class StreamingMarkdown {

    private StreamingMarkdown() {
    }

    /** {@code stable + tail} is always the original text. */
    public record Split(String stable, String tail) {
        public Split {
            Objects.requireNonNull(stable, "stable");
            Objects.requireNonNull(tail, "tail");
        }
    }

    public static Split split(String text) {
        Objects.requireNonNull(text, "text");
        int[] last = {0};
        forEachBoundary(text, boundary -> last[0] = boundary);
        return new Split(text.substring(0, last[0]), text.substring(last[0]));
    }

    /**
     * Cuts text into pieces of about {@code targetChars} at block boundaries (never inside a code fence), so a long
     * answer can be rendered a piece per frame. The pieces concatenated are the text.
     */
    public static List<String> pieces(String text, int targetChars) {
        Objects.requireNonNull(text, "text");
        List<String> pieces = new ArrayList<>();
        int[] start = {0};
        forEachBoundary(text, boundary -> {
            if (boundary - start[0] >= targetChars) {
                pieces.add(text.substring(start[0], boundary));
                start[0] = boundary;
            }
        });
        if (start[0] < text.length()) {
            pieces.add(text.substring(start[0]));
        }
        return pieces;
    }

    /** Calls {@code boundary} with the index after each blank line that is outside a code fence, in order. */
    private static void forEachBoundary(String text, IntConsumer boundary) {
        Fence open = null;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            int next = afterTerminator(text, lineEnd);
            boolean complete = next > lineEnd;
            if (open != null) {
                // A closing fence only counts once its line is complete: "``" could still become "```x".
                if (complete && open.closedBy(text, lineStart, lineEnd)) {
                    open = null;
                }
            } else if (complete && isBlank(text, lineStart, lineEnd)) {
                boundary.accept(next);
            } else {
                open = Fence.opening(text, lineStart, lineEnd);
            }
            lineStart = next;
        }
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Index after the line terminator at {@code lineEnd} (\n, \r\n or \r); {@code lineEnd} at the end of text. */
    private static int afterTerminator(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return lineEnd;
        }
        if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** An open fence: its character and length, which a closing fence must match. */
    private record Fence(char marker, int length) {

        /**
         * The fence a line opens, or null. Indentation is not limited to CommonMark's three spaces and block quote
         * markers are skipped, because models put fences inside list items and quotes; missing one of those would
         * split the message inside its code.
         */
        static Fence opening(String text, int from, int to) {
            int i = skipIndentAndQuotes(text, from, to);
            if (i >= to || (text.charAt(i) != '`' && text.charAt(i) != '~')) {
                return null;
            }
            char marker = text.charAt(i);
            int length = run(text, i, to, marker);
            if (length < 3) {
                return null;
            }
            // A backtick fence's info string cannot contain backticks (CommonMark): "```a``` b" is inline code.
            if (marker == '`' && text.substring(i + length, to).indexOf('`') >= 0) {
                return null;
            }
            return new Fence(marker, length);
        }

        boolean closedBy(String text, int from, int to) {
            int i = skipIndentAndQuotes(text, from, to);
            int length = run(text, i, to, marker);
            return length >= this.length && isBlank(text, i + length, to);
        }

        private static int skipIndentAndQuotes(String text, int from, int to) {
            int i = from;
            while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
                i++;
            }
            return i;
        }

        private static int run(String text, int from, int to, char c) {
            int i = from;
            while (i < to && text.charAt(i) == c) {
                i++;
            }
            return i - from;
        }
    }
}
