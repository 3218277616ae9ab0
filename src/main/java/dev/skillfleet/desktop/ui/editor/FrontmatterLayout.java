package dev.skillfleet.desktop.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the frontmatter and its top-level keys sit in a SKILL.md's text, found line by line without parsing YAML.
 * The form's edits need line ranges, which a YAML parser does not give, and they must work on the text as it is now,
 * not as it was when it was last parsed.
 *
 * @param frontmatter the text starts with a {@code ---} line
 * @param closed      a second {@code ---} line closes it
 * @param yamlStart   offset of the first line after the opening fence (0 without frontmatter)
 * @param yamlEnd     offset of the closing fence line (the end of the text when unclosed)
 * @param bodyStart   offset of the first body line (0 without frontmatter, the text's end when unclosed)
 * @param bodyLine    1-based line of {@code bodyStart}
 * @param keys        the top-level keys in text order
 */
record FrontmatterLayout(boolean frontmatter, boolean closed, int yamlStart, int yamlEnd, int bodyStart, int bodyLine,
                         List<KeyBlock> keys) {

    /** How a scalar was written, so an edit can keep the author's choice where it still fits the value. */
    enum Style { PLAIN, SINGLE, DOUBLE, LITERAL, FOLDED, NESTED }

    /**
     * One top-level key and the lines its value takes.
     *
     * @param firstLine 1-based line of the key
     * @param lastLine  1-based last line of the value (trailing blank and comment lines are left out: they stay)
     * @param start     offset of the key line
     * @param colonEnd  offset just past the key's colon
     * @param end       offset just past the last line's line break (or the text's end)
     * @param valueText what follows {@code key:} on the key line, stripped
     */
    record KeyBlock(String key, int firstLine, int lastLine, int start, int colonEnd, int end, String valueText) {

        Style style() {
            if (valueText.isEmpty() || valueText.startsWith("#")) {
                return lastLine > firstLine ? Style.NESTED : Style.PLAIN;
            }
            return switch (valueText.charAt(0)) {
                case '"' -> Style.DOUBLE;
                case '\'' -> Style.SINGLE;
                case '|' -> Style.LITERAL;
                case '>' -> Style.FOLDED;
                default -> Style.PLAIN;
            };
        }
    }

    /** A plain, double- or single-quoted key at column 0, then a colon ending the line or followed by a blank. */
    private static final Pattern KEY = Pattern.compile(
            "^(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^']|'')*)'|(?!-[ \\t]|-$)([^\\s#'\"][^:]*?))([ \\t]*:)(?:[ \\t]|$)");

    static FrontmatterLayout of(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int firstEnd = lineEnd(text, start);
        if (!isFence(text, start, firstEnd)) {
            return new FrontmatterLayout(false, false, 0, 0, 0, 1, List.of());
        }
        int yamlStart = nextLine(text, firstEnd);
        List<KeyBlock> keys = new ArrayList<>();
        String key = null;
        int keyStart = 0;
        int keyColon = 0;
        int keyLine = 0;
        String keyValue = "";
        int lastContentLine = 0;
        int lastContentEnd = 0;
        int pos = yamlStart;
        int line = 2;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            int next = nextLine(text, end);
            if (isFence(text, pos, end)) {
                if (key != null) {
                    keys.add(new KeyBlock(key, keyLine, lastContentLine, keyStart, keyColon, lastContentEnd, keyValue));
                }
                return new FrontmatterLayout(true, true, yamlStart, pos, next, line + 1, List.copyOf(keys));
            }
            Matcher m = KEY.matcher(text.substring(pos, end));
            if (m.find()) {
                if (key != null) {
                    keys.add(new KeyBlock(key, keyLine, lastContentLine, keyStart, keyColon, lastContentEnd, keyValue));
                }
                key = m.group(1) != null ? unescapeDouble(m.group(1))
                        : m.group(2) != null ? m.group(2).replace("''", "'") : m.group(3);
                keyStart = pos;
                keyColon = pos + m.end(4);
                keyLine = line;
                keyValue = text.substring(pos + m.end(), end).strip();
                lastContentLine = line;
                lastContentEnd = next;
            } else if (key != null && !isBlank(text, pos, end) && text.charAt(pos) != '#') {
                // An indented line (a block scalar's text, a nested mapping) or a plain scalar's continuation.
                lastContentLine = line;
                lastContentEnd = next;
            }
            pos = next;
            line++;
        }
        if (key != null) {
            keys.add(new KeyBlock(key, keyLine, lastContentLine, keyStart, keyColon, lastContentEnd, keyValue));
        }
        return new FrontmatterLayout(true, false, yamlStart, text.length(), text.length(), line, List.copyOf(keys));
    }

    Optional<KeyBlock> key(String name) {
        return keys.stream().filter(k -> k.key().equals(name)).findFirst();
    }

    /** Usable for form edits: opened and closed, so a key can be replaced or inserted without guessing. */
    boolean editable() {
        return frontmatter && closed;
    }

    private static String unescapeDouble(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** A fence is "---" at column 0 with nothing after it but blanks, as the parser requires. */
    static boolean isFence(String s, int start, int end) {
        return end - start >= 3 && s.startsWith("---", start) && isBlank(s, start + 3, end);
    }

    private static boolean isBlank(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Offset of the line's terminator (or the text's end); a CRLF line ends before its CR. */
    static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        int end = nl < 0 ? s.length() : nl;
        return end > from && s.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    static int nextLine(String s, int lineEnd) {
        if (lineEnd >= s.length()) {
            return s.length();
        }
        return s.charAt(lineEnd) == '\r' && lineEnd + 1 < s.length() && s.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2
                : lineEnd + 1;
    }
}
