package dev.skillfleet.desktop.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highlights YAML line by line: keys, quoted strings, plain values, comments, and the indicators of lists and block
 * scalars, whose indented lines are strings. Approximate by design (no parser): it must be fast and never fail on a
 * half-typed line.
 */
final class YamlSyntax {

    static final String KEY = "hl-yaml-key";
    static final String STRING = "hl-yaml-string";
    static final String VALUE = "hl-yaml-value";
    static final String COMMENT = "hl-yaml-comment";
    static final String INDICATOR = "hl-yaml-indicator";

    /** Indentation, a list dash, then a key (quoted, or plain up to the colon) followed by a blank or the end. */
    private static final Pattern ENTRY = Pattern.compile("^([ \\t]*)(- +)?"
            + "(?:(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^\\s#'\"\\-][^:#]*?|-[^\\s:#][^:#]*?)"
            + "[ \\t]*:(?=[ \\t]|$))?");

    private YamlSyntax() {
    }

    /** Highlights the lines in {@code [from, to)} of {@code text}. */
    static void highlight(String text, int from, int to, Highlights.Builder out) {
        int blockParent = -1; // the indentation of the key whose block scalar is running, -1 when none
        int pos = from;
        while (pos < to) {
            int end = Math.min(FrontmatterLayout.lineEnd(text, pos), to);
            int next = FrontmatterLayout.nextLine(text, end);
            int indent = indentation(text, pos, end);
            boolean blank = indent == end - pos;
            if (blockParent >= 0 && (blank || indent > blockParent)) {
                out.add(pos + indent, end, STRING);
            } else {
                blockParent = -1;
                if (!blank) {
                    blockParent = line(text, pos, end, out);
                }
            }
            pos = next;
        }
    }

    /** One line; answers the line's indentation when it opens a block scalar, else -1. */
    private static int line(String text, int start, int end, Highlights.Builder out) {
        String line = text.substring(start, end);
        int indent = indentation(text, start, end);
        if (line.charAt(indent) == '#') {
            out.add(start + indent, end, COMMENT);
            return -1;
        }
        Matcher m = ENTRY.matcher(line);
        int valueAt = indent;
        if (m.lookingAt()) {
            if (m.group(2) != null) {
                out.add(start + m.start(2), start + m.start(2) + 1, INDICATOR);
                valueAt = m.end(2);
            }
            if (m.group(3) != null) {
                out.add(start + m.start(3), start + m.end(3), KEY);
                valueAt = m.end();
            }
        }
        while (valueAt < line.length() && (line.charAt(valueAt) == ' ' || line.charAt(valueAt) == '\t')) {
            valueAt++;
        }
        if (valueAt >= line.length()) {
            return -1;
        }
        char first = line.charAt(valueAt);
        int commentAt;
        if (first == '"' || first == '\'') {
            int close = closing(line, valueAt, first);
            out.add(start + valueAt, start + close, STRING);
            commentAt = comment(line, close);
        } else if (first == '|' || first == '>') {
            int indicatorEnd = valueAt + 1;
            while (indicatorEnd < line.length() && "+-0123456789".indexOf(line.charAt(indicatorEnd)) >= 0) {
                indicatorEnd++;
            }
            out.add(start + valueAt, start + indicatorEnd, INDICATOR);
            int c = comment(line, indicatorEnd);
            if (c >= 0) {
                out.add(start + c, end, COMMENT);
            }
            return indent;
        } else {
            commentAt = comment(line, valueAt);
            int valueEnd = commentAt >= 0 ? commentAt : line.length();
            while (valueEnd > valueAt && Character.isWhitespace(line.charAt(valueEnd - 1))) {
                valueEnd--;
            }
            out.add(start + valueAt, start + valueEnd, VALUE);
        }
        if (commentAt >= 0) {
            out.add(start + commentAt, end, COMMENT);
        }
        return -1;
    }

    /** The end of a quoted string (past its closing quote), or the line's end when it is not closed yet. */
    private static int closing(String line, int open, char quote) {
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return line.length();
    }

    /** Where a comment starts at or after {@code from}: a "#" after a blank; -1 when none. */
    private static int comment(String line, int from) {
        for (int i = Math.max(from, 0); i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static int indentation(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - start;
    }
}
