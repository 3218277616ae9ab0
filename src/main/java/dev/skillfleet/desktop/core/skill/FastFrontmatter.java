package dev.skillfleet.desktop.core.skill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the frontmatter most skills have without the YAML library: {@code key: value} lines whose values are plain
 * one-line text, one-line quoted text without escapes, a literal block ({@code |} or {@code |-}), or a mapping of
 * such one-line values one level deep (as {@code metadata:} usually is). Anything else, however ordinary in YAML
 * (folded blocks, lists, flow style, escapes, comments after values, tabs, CR, a repeated key, an error), makes it
 * answer null, and {@link FrontmatterYaml} parses the text with SnakeYAML as before.
 *
 * <p>Why: a 10,000-skill library spent more time in SnakeYAML (and compiling it) than in everything else a
 * {@code list} does. The contract is exact: when this answers, the values and key lines are those the full parser
 * gives (FrontmatterFastPathTest compares the two over the corpus, generated libraries and mutated inputs).
 */
final class FastFrontmatter {

    private FastFrontmatter() {
    }

    /** The values and key lines, or null when the text is not in the simple subset. */
    static FrontmatterYaml.Result read(String yaml, int lineOffset) {
        // The text always ends with a line break (the closing fence follows); without one, "|" would keep none.
        if (!yaml.endsWith("\n") || !simpleCharacters(yaml)) {
            return null;
        }
        List<String> lines = lines(yaml);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (isBlank(line) || line.charAt(0) == '#') {
                i++;
                continue;
            }
            int colon = keyEnd(line);
            if (colon < 0) {
                return null;
            }
            String key = line.substring(0, colon);
            if (values.containsKey(key)) {
                return null; // the full parser reports duplicates
            }
            int next;
            Object value;
            String rest = afterSpaces(line.substring(colon + 1));
            if (rest.isEmpty()) {
                int nested = nextContentLine(lines, i + 1);
                if (nested < lines.size() && indent(lines.get(nested)) > 0) {
                    Map<String, Object> map = new LinkedHashMap<>();
                    next = nestedMapping(lines, nested, map);
                    if (next < 0) {
                        return null;
                    }
                    value = Collections.unmodifiableMap(map);
                } else {
                    next = i + 1;
                    value = null;
                }
            } else if (rest.charAt(0) == '|') {
                StringBuilder text = new StringBuilder();
                next = literalBlock(lines, i + 1, rest, text);
                if (next < 0) {
                    return null;
                }
                value = text.toString();
            } else {
                value = oneLineScalar(rest);
                if (value == null) {
                    return null;
                }
                next = i + 1;
            }
            // A scalar must not go on in indented lines (a multi-line plain scalar, or an error): leave those to YAML.
            int after = nextContentLine(lines, next);
            if (after < lines.size() && indent(lines.get(after)) > 0) {
                return null;
            }
            values.put(key, value);
            keyLines.put(key, lineOffset + i + 1);
            i = next;
        }
        return values.isEmpty() ? null : new FrontmatterYaml.Result(values, keyLines);
    }

    /**
     * Only printable characters both parsers agree on: no tab, CR, NEL, line or paragraph separator, BOM, control
     * character or lone surrogate (YAML treats each specially or refuses it).
     */
    private static boolean simpleCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7e || c == '\n') {
                continue;
            }
            if (c < 0xa0 || c == '\u2028' || c == '\u2029' || c == '\ufeff' || c > '\ufffd') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static List<String> lines(String yaml) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int nl = yaml.indexOf('\n'); nl >= 0; nl = yaml.indexOf('\n', start)) {
            lines.add(yaml.substring(start, nl));
            start = nl + 1;
        }
        if (start < yaml.length()) {
            lines.add(yaml.substring(start));
        }
        return lines;
    }

    /** The colon after a simple key at column 0 ({@code [A-Za-z0-9][A-Za-z0-9_-]*}), or -1. */
    private static int keyEnd(String line) {
        int i = 0;
        while (i < line.length() && isKeyChar(line.charAt(i), i == 0)) {
            i++;
        }
        if (i == 0 || i >= line.length() || line.charAt(i) != ':') {
            return -1;
        }
        // "key:value" is not a key in YAML; "key:" and "key: value" are.
        return i + 1 == line.length() || line.charAt(i + 1) == ' ' ? i : -1;
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || !first && (c == '-' || c == '_');
    }

    /**
     * A one-line value after "key: ": plain text, "double-quoted" without escapes, or 'single-quoted'; null when
     * it is anything else (an indicator, a comment, a flow collection, something after the closing quote).
     */
    private static String oneLineScalar(String rest) {
        String value = stripTrailingSpaces(rest);
        char first = value.charAt(0);
        if (first == '"') {
            int close = value.indexOf('"', 1);
            if (close != value.length() - 1 || value.indexOf('\\') >= 0) {
                return null;
            }
            return value.substring(1, close);
        }
        if (first == '\'') {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\'') {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                        text.append('\'');
                        i++;
                    } else {
                        return i == value.length() - 1 ? text.toString() : null;
                    }
                } else {
                    text.append(c);
                }
            }
            return null; // not closed on this line
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
            return null;
        }
        // ": " or a final ":" would start a mapping, " #" a comment.
        if (value.contains(": ") || value.endsWith(":") || value.contains(" #")) {
            return null;
        }
        return value;
    }

    /**
     * A literal block after "key: |" or "key: |-": its lines at the indentation of the first, that indentation
     * removed; trailing empty lines dropped, and one final line break kept for "|". Returns the index of the line
     * after the block, or -1 when the block is not simple (other headers, leading or space-only blank lines, an
     * indented line ending it).
     */
    private static int literalBlock(List<String> lines, int from, String header, StringBuilder text) {
        String chomp = stripTrailingSpaces(header);
        if (!chomp.equals("|") && !chomp.equals("|-")) {
            return -1;
        }
        if (from >= lines.size() || lines.get(from).isEmpty()) {
            return -1;
        }
        int indent = indent(lines.get(from));
        if (indent == 0 || indent == lines.get(from).length()) {
            return -1;
        }
        int i = from;
        int lastContent = from;
        List<String> content = new ArrayList<>();
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                content.add("");
            } else if (isBlank(line)) {
                return -1;
            } else if (indent(line) >= indent) {
                content.add(line.substring(indent));
                lastContent = content.size();
            } else if (indent(line) == 0) {
                break;
            } else {
                return -1;
            }
            i++;
        }
        text.append(String.join("\n", content.subList(0, lastContent)));
        if (chomp.equals("|")) {
            text.append('\n');
        }
        return i;
    }

    /**
     * {@code  sub: value} lines, all at the indentation of the first, each value one-line text; returns the index
     * of the first line after them, or -1 when anything else is there.
     */
    private static int nestedMapping(List<String> lines, int from, Map<String, Object> into) {
        int indent = indent(lines.get(from));
        int i = from;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (isBlank(line)) {
                i++;
                continue;
            }
            int lineIndent = indent(line);
            if (lineIndent == 0) {
                break;
            }
            if (lineIndent != indent) {
                return -1;
            }
            String inner = line.substring(indent);
            int colon = keyEnd(inner);
            if (colon < 0) {
                return -1;
            }
            String key = inner.substring(0, colon);
            String rest = afterSpaces(inner.substring(colon + 1));
            if (into.containsKey(key)) {
                return -1;
            }
            if (rest.isEmpty()) {
                into.put(key, null);
            } else {
                String value = rest.charAt(0) == '|' ? null : oneLineScalar(rest);
                if (value == null) {
                    return -1;
                }
                into.put(key, value);
            }
            i++;
        }
        return into.isEmpty() ? -1 : i;
    }

    private static int nextContentLine(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && isBlank(lines.get(i))) {
            i++;
        }
        return i;
    }

    /** YAML separates with spaces only: U+2003 and the like are part of the value, unlike for Java's strip(). */
    private static String afterSpaces(String s) {
        return s.substring(indent(s));
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isBlank(String line) {
        return indent(line) == line.length();
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
