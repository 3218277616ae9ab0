package dev.skillfleet.desktop.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highlights Markdown: headings (ATX and setext), list and quote markers, rules, fenced code blocks, and inside a
 * paragraph code spans, links, strong and emphasis, which may run over a line break. An approximation of CommonMark
 * that reads the text once, line by line, keeping only the open fence and the current paragraph's lines as state: fast
 * on a long file and never failing on a half-typed one. The Preview tab shows the real rendering.
 */
final class MarkdownSyntax {

    static final String HEADING = "hl-md-heading";
    static final String FENCE = "hl-md-fence";
    static final String CODE_BLOCK = "hl-md-code-block";
    static final String CODE = "hl-md-code";
    static final String LINK = "hl-md-link";
    static final String URL = "hl-md-url";
    static final String STRONG = "hl-md-strong";
    static final String EMPHASIS = "hl-md-emphasis";
    static final String LIST = "hl-md-list";
    static final String QUOTE = "hl-md-quote";
    static final String RULE = "hl-md-rule";

    private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern HEADING_LINE = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]|$)");
    /** Under a paragraph, a line of "=" or "-" alone makes it a heading; CommonMark prefers that to a rule. */
    private static final Pattern SETEXT_LINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern RULE_LINE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("^ {0,3}>+");
    private static final Pattern LIST_MARK = Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]|$)");

    private final String text;
    private final Highlights.Builder out;
    // One matcher per pattern over the whole text, moved from line to line with region(): no copy of any line.
    private final Matcher fenceOpen;
    private final Matcher heading;
    private final Matcher setext;
    private final Matcher rule;
    private final Matcher quote;
    private final Matcher list;
    private final MarkdownParagraph paragraph;
    private String fence; // the open code fence ("```", "~~~~"), null outside code

    private MarkdownSyntax(String text, Highlights.Builder out) {
        this.text = text;
        this.out = out;
        fenceOpen = FENCE_OPEN.matcher(text);
        heading = HEADING_LINE.matcher(text);
        setext = SETEXT_LINE.matcher(text);
        rule = RULE_LINE.matcher(text);
        quote = QUOTE_MARK.matcher(text);
        list = LIST_MARK.matcher(text);
        paragraph = new MarkdownParagraph(text, out);
    }

    /**
     * Highlights the lines in {@code [from, to)} of {@code text}. {@code from} must start a line that starts a block
     * (the text's start, or the first line after the frontmatter): what comes before never joins a paragraph here.
     */
    static void highlight(String text, int from, int to, Highlights.Builder out) {
        new MarkdownSyntax(text, out).lines(from, to);
    }

    private void lines(int from, int to) {
        int pos = from;
        while (pos < to) {
            int end = Math.min(FrontmatterLayout.lineEnd(text, pos), to);
            if (fence != null) {
                if (closes(pos, end)) {
                    out.add(pos, end, FENCE);
                    fence = null;
                } else {
                    out.add(pos, end, CODE_BLOCK);
                }
            } else {
                line(pos, end);
            }
            pos = FrontmatterLayout.nextLine(text, end);
        }
        paragraph.flush();
    }

    /** One line outside code: it either ends the open paragraph and is styled alone, or joins the paragraph. */
    private void line(int start, int end) {
        int indent = indentation(start, end);
        if (start + indent == end) {
            paragraph.flush();
            return;
        }
        if (fenceOpen.region(start, end).lookingAt() && !infoHasBacktick(fenceOpen.group(1), fenceOpen.end(), end)) {
            paragraph.flush();
            out.add(start, end, FENCE);
            fence = fenceOpen.group(1);
            return;
        }
        if (heading.region(start, end).lookingAt()) {
            paragraph.flush();
            out.add(start, end, HEADING);
            return;
        }
        if (paragraph.canBecomeHeading() && setext.region(start, end).matches()) {
            paragraph.flushAsHeading();
            out.add(start, end, HEADING);
            return;
        }
        if (rule.region(start, end).matches()) {
            paragraph.flush();
            out.add(start, end, RULE);
            return;
        }
        int content = start;
        int quoteMark = -1;
        if (quote.region(start, end).lookingAt()) {
            quoteMark = quote.end() - 1;
            content = quote.end();
            if (content + indentation(content, end) == end) {
                // ">" alone: an empty line of the quote, which ends its paragraph.
                paragraph.flush();
                out.add(quoteMark, quoteMark + 1, QUOTE);
                return;
            }
        }
        int listFrom = -1;
        if (list.region(content, end).lookingAt()) {
            listFrom = content + indentation(content, end);
            content = list.end();
        }
        int first = content + indentation(content, end);
        boolean tableRow = first < end && text.charAt(first) == '|' && listFrom < 0;
        paragraph.line(start, end, quoteMark, listFrom, content, columns(start, start + indent) >= 4, tableRow);
    }

    /** A backtick fence's info string cannot hold a backtick (then the line is inline code, not a fence). */
    private boolean infoHasBacktick(String marker, int from, int end) {
        if (marker.charAt(0) != '`') {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == '`') {
                return true;
            }
        }
        return false;
    }

    /** A closing fence: the same character, at least as long, nothing after it but blanks. */
    private boolean closes(int start, int end) {
        int i = start + indentation(start, end);
        if (i - start > 3 || !text.startsWith(fence, i) || i + fence.length() > end) {
            return false;
        }
        i += fence.length();
        while (i < end && text.charAt(i) == fence.charAt(0)) {
            i++;
        }
        return i + indentation(i, end) == end;
    }

    /** The width of blanks, a tab taken to the next multiple of four as CommonMark does. */
    private int columns(int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            width = text.charAt(i) == '\t' ? (width / 4 + 1) * 4 : width + 1;
        }
        return width;
    }

    /** The number of blanks (spaces, tabs) at {@code from}, up to {@code end}. */
    private int indentation(int from, int end) {
        int i = from;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - from;
    }
}
