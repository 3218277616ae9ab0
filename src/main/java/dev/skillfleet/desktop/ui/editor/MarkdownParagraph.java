package dev.skillfleet.desktop.ui.editor;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of the Markdown paragraph being read, highlighted together once it ends: code spans, strong and emphasis
 * may then run over a line break ({@code *a\nb*}), as CommonMark reads them, and a paragraph under a {@code ===} or
 * {@code ---} line becomes a heading. The inline spans are found in one pass over the paragraph's text and cut at the
 * line ends, so a quote marker on a following line keeps its own style and no span covers a line break.
 *
 * <p>A list item's first line and a table row each start a paragraph of their own: a stray {@code *} or backtick in
 * one cell or item must not run into the next, where CommonMark would not join them either.
 */
final class MarkdownParagraph {

    /**
     * The text of a code span, strong or emphasis: up to {@value #MAX_BREAKS} line breaks. CommonMark sets no bound,
     * but an opening {@code *} or backtick that is never closed makes the search run to the bound, and without one a
     * long run of lines with no blank line between (generated text, an HTML block) would cost the square of its
     * length. Real emphasis over more than four lines is rare; such a run is then simply not styled.
     */
    static final int MAX_BREAKS = 3;
    private static final Pattern INLINE = Pattern.compile(
            "(?<code>(`{1,3})(?!`)" + run('`') + "(?<!`)\\2(?!`))"
                    + "|(?<link>!?\\[[^\\]\\n]*\\])(?<url>\\([^)\\s]*(?:[ \\t]+\"[^\"\\n]*\")?\\))"
                    + "|(?<auto><https?://[^>\\s]+>|https?://[^\\s)>\\]]+)"
                    + "|(?<strong>\\*\\*(?=\\S)(?!\\*\\*)" + run('*') + "(?<=\\S)\\*\\*"
                    + "|__(?=\\S)(?!__)" + run('_') + "(?<=\\S)__(?!\\w))"
                    + "|(?<em>\\*(?=[^\\s*])" + run('*') + "(?<=[^\\s*])\\*"
                    + "|(?<!\\w)_(?=[^\\s_])" + run('_') + "(?<=[^\\s_])_(?!\\w))");

    /**
     * The shortest text up to a closing {@code delimiter}: runs of other characters are skipped in one step
     * (possessively), the closing pattern is tried at each delimiter, and at most {@link #MAX_BREAKS} line breaks
     * are crossed. The same matches as {@code .+?} bounded by lines, several times faster when nothing closes.
     */
    private static String run(char delimiter) {
        String d = Pattern.quote(String.valueOf(delimiter));
        String other = "[^" + (delimiter == '`' ? "`" : "\\" + delimiter) + "\\n]*+";
        String line = other + "(?:" + d + other + ")*?";
        return line + "(?:\\n" + line + "){0," + MAX_BREAKS + "}";
    }

    // Per line, FIELDS ints: start, end, quote mark (-1), list mark start (-1), content start.
    private static final int FIELDS = 5;

    private final String text;
    private final Highlights.Builder out;
    private final Matcher inline;
    private int[] lines = new int[FIELDS * 8];
    private int count;
    private boolean quoted;
    private boolean mayBecomeHeading;
    private boolean tableRow;
    // The paragraph's inline spans, in text order, before they are cut at line ends.
    private int[] spanBounds = new int[16];
    private String[] spanStyles = new String[8];
    private int spans;

    MarkdownParagraph(String text, Highlights.Builder out) {
        this.text = text;
        this.out = out;
        this.inline = INLINE.matcher(text);
    }

    /**
     * Adds a line to the paragraph, or starts a new one with it when it cannot continue this one (a list item, a
     * table row, a change between quoted and not).
     *
     * @param quoteMark   offset of the quote marker's last {@code >}, -1 when none
     * @param listFrom    offset of the list marker, -1 when none; the marker ends at {@code content}
     * @param content     where the line's inline text starts
     * @param deepIndent  indented four columns or more: that is code, never a setext heading's text
     */
    void line(int start, int end, int quoteMark, int listFrom, int content, boolean deepIndent, boolean table) {
        boolean isQuoted = quoteMark >= 0;
        if (count > 0 && (listFrom >= 0 || table || tableRow || isQuoted != quoted)) {
            flush();
        }
        if (count == 0) {
            quoted = isQuoted;
            tableRow = table;
            mayBecomeHeading = !isQuoted && listFrom < 0 && !table && !deepIndent;
        }
        if ((count + 1) * FIELDS > lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        int at = count * FIELDS;
        lines[at] = start;
        lines[at + 1] = end;
        lines[at + 2] = quoteMark;
        lines[at + 3] = listFrom;
        lines[at + 4] = content;
        count++;
    }

    /**
     * A plain paragraph (not quoted, not a list item, not a table row) that a following {@code ===} or {@code ---}
     * line turns into a heading. Without one open (after a blank line, a heading, a fence) such a line is a rule or
     * text.
     */
    boolean canBecomeHeading() {
        return count > 0 && mayBecomeHeading;
    }

    /** Styles the paragraph's lines as one heading (its underline is the caller's). */
    void flushAsHeading() {
        for (int i = 0; i < count; i++) {
            out.add(lines[i * FIELDS], lines[i * FIELDS + 1], MarkdownSyntax.HEADING);
        }
        count = 0;
    }

    /** Ends the paragraph: its markers and inline spans go out, line by line in text order. */
    void flush() {
        if (count == 0) {
            return;
        }
        findSpans(lines[4], lines[(count - 1) * FIELDS + 1]);
        int k = 0;
        for (int i = 0; i < count; i++) {
            int at = i * FIELDS;
            int end = lines[at + 1];
            int content = lines[at + 4];
            if (lines[at + 2] >= 0) {
                out.add(lines[at + 2], lines[at + 2] + 1, MarkdownSyntax.QUOTE);
            }
            if (lines[at + 3] >= 0) {
                out.add(lines[at + 3], content, MarkdownSyntax.LIST);
            }
            // The part of each span on this line; one that goes on past the line end is continued on the next.
            while (k < spans && spanBounds[2 * k] < end) {
                out.add(Math.max(spanBounds[2 * k], content), Math.min(spanBounds[2 * k + 1], end), spanStyles[k]);
                if (spanBounds[2 * k + 1] > end) {
                    break;
                }
                k++;
            }
        }
        count = 0;
        spans = 0;
    }

    private void findSpans(int from, int to) {
        Matcher m = inline.region(from, to);
        while (m.find()) {
            if (m.start("code") >= 0) {
                span(m.start(), m.end(), MarkdownSyntax.CODE);
            } else if (m.start("link") >= 0) {
                span(m.start("link"), m.end("link"), MarkdownSyntax.LINK);
                span(m.start("url"), m.end("url"), MarkdownSyntax.URL);
            } else if (m.start("auto") >= 0) {
                span(m.start(), m.end(), MarkdownSyntax.URL);
            } else if (m.start("strong") >= 0) {
                span(m.start(), m.end(), MarkdownSyntax.STRONG);
            } else {
                span(m.start(), m.end(), MarkdownSyntax.EMPHASIS);
            }
        }
    }

    private void span(int start, int end, String style) {
        if (spans == spanStyles.length) {
            spanStyles = Arrays.copyOf(spanStyles, spans * 2);
            spanBounds = Arrays.copyOf(spanBounds, spans * 4);
        }
        spanBounds[2 * spans] = start;
        spanBounds[2 * spans + 1] = end;
        spanStyles[spans++] = style;
    }
}
