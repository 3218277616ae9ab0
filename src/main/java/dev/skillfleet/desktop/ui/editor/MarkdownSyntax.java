package dev.skillfleet.desktop.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highlights Markdown line by line: headings, list and quote markers, rules, fenced code blocks, and inside a line
 * code spans, links, strong and emphasis. A line-based approximation of CommonMark that is fast on a long file and
 * never fails on a half-typed one; the Preview tab shows the real rendering.
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
    private static final Pattern RULE_LINE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("^ {0,3}>+");
    private static final Pattern LIST_MARK = Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]|$)");
    private static final Pattern INLINE = Pattern.compile(
            "(?<code>(`{1,3})(?!`)(.+?)(?<!`)\\2(?!`))"
                    + "|(?<link>!?\\[[^\\]\\n]*\\])(?<url>\\([^)\\s]*(?:[ \\t]+\"[^\"]*\")?\\))"
                    + "|(?<auto><https?://[^>\\s]+>|https?://[^\\s)>\\]]+)"
                    + "|(?<strong>\\*\\*(?=\\S).+?(?<=\\S)\\*\\*|__(?=\\S).+?(?<=\\S)__(?!\\w))"
                    + "|(?<em>\\*(?=[^\\s*]).+?(?<=[^\\s*])\\*|(?<!\\w)_(?=[^\\s_]).+?(?<=[^\\s_])_(?!\\w))");

    private MarkdownSyntax() {
    }

    /** Highlights the lines in {@code [from, to)} of {@code text}. */
    static void highlight(String text, int from, int to, Highlights.Builder out) {
        String fence = null; // the open code fence ("```", "~~~~"), null outside code
        int pos = from;
        while (pos < to) {
            int end = Math.min(FrontmatterLayout.lineEnd(text, pos), to);
            int next = FrontmatterLayout.nextLine(text, end);
            String line = text.substring(pos, end);
            if (fence != null) {
                if (closes(line, fence)) {
                    out.add(pos, end, FENCE);
                    fence = null;
                } else {
                    out.add(pos, end, CODE_BLOCK);
                }
            } else {
                fence = line(line, pos, out);
            }
            pos = next;
        }
    }

    /** One line outside code; answers the fence it opens, or null. */
    private static String line(String line, int start, Highlights.Builder out) {
        Matcher fence = FENCE_OPEN.matcher(line);
        if (fence.lookingAt() && !(fence.group(1).charAt(0) == '`' && line.indexOf('`', fence.end()) >= 0)) {
            out.add(start, start + line.length(), FENCE);
            return fence.group(1);
        }
        if (HEADING_LINE.matcher(line).lookingAt()) {
            out.add(start, start + line.length(), HEADING);
            return null;
        }
        if (RULE_LINE.matcher(line).matches()) {
            out.add(start, start + line.length(), RULE);
            return null;
        }
        int inlineFrom = 0;
        Matcher quote = QUOTE_MARK.matcher(line);
        if (quote.lookingAt()) {
            out.add(start + quote.end() - 1, start + quote.end(), QUOTE);
            inlineFrom = quote.end();
        }
        Matcher list = LIST_MARK.matcher(line).region(inlineFrom, line.length());
        if (list.lookingAt()) {
            int markStart = inlineFrom;
            while (Character.isWhitespace(line.charAt(markStart))) {
                markStart++;
            }
            out.add(start + markStart, start + list.end(), LIST);
            inlineFrom = list.end();
        }
        inline(line, inlineFrom, start, out);
        return null;
    }

    private static void inline(String line, int from, int start, Highlights.Builder out) {
        Matcher m = INLINE.matcher(line).region(from, line.length());
        while (m.find()) {
            if (m.group("code") != null) {
                out.add(start + m.start(), start + m.end(), CODE);
            } else if (m.group("link") != null) {
                out.add(start + m.start("link"), start + m.end("link"), LINK);
                out.add(start + m.start("url"), start + m.end("url"), URL);
            } else if (m.group("auto") != null) {
                out.add(start + m.start(), start + m.end(), URL);
            } else if (m.group("strong") != null) {
                out.add(start + m.start(), start + m.end(), STRONG);
            } else {
                out.add(start + m.start(), start + m.end(), EMPHASIS);
            }
        }
    }

    /** A closing fence: the same character, at least as long, nothing after it but blanks. */
    private static boolean closes(String line, String fence) {
        String s = line.stripLeading();
        if (line.length() - s.length() > 3 || !s.startsWith(fence)) {
            return false;
        }
        int i = fence.length();
        while (i < s.length() && s.charAt(i) == fence.charAt(0)) {
            i++;
        }
        return s.substring(i).isBlank();
    }
}
