package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.editor.FrontmatterLayout.Style;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes one frontmatter value as YAML that reads back as exactly that text: plain when YAML allows it, quoted when it
 * needs quoting, a literal block for several lines. The author's quoting and block style are kept where they still
 * fit, so an edit changes the value and nothing else about its lines.
 */
final class YamlScalars {

    /** Plain text other YAML loaders would read as a boolean, null or number; quoted so every tool sees text. */
    private static final Pattern TYPED = Pattern.compile(
            "(?i)y|n|yes|no|true|false|on|off|null|~"
                    + "|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
                    + "|0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|[-+]?\\.(inf|nan)|[0-9]+(:[0-5]?[0-9])+(\\.[0-9_]*)?");
    /** Characters that cannot start a plain scalar (or can only when followed by a non-blank; quoted all the same). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String BLOCK_INDENT = "  ";

    private YamlScalars() {
    }

    /** {@code key: value}, possibly over several lines, without a final line break. */
    static String entry(String key, String value, Style previous) {
        return key(key) + ":" + valuePart(value, previous);
    }

    /** A mapping key, quoted when it needs to be. */
    static String key(String key) {
        return isPlainSafe(key) ? key : doubleQuoted(key);
    }

    /** What follows the colon: " value", or " |-" and the indented block lines. */
    static String valuePart(String value, Style previous) {
        if (!allPrintable(value)) {
            return " " + doubleQuoted(value);
        }
        boolean multiLine = value.indexOf('\n') >= 0;
        boolean wasBlock = previous == Style.LITERAL || previous == Style.FOLDED;
        if ((multiLine || wasBlock && !value.isEmpty()) && blockFits(value)) {
            boolean folded = previous == Style.FOLDED && !multiLine && !value.startsWith(" ")
                    && !value.endsWith(" ");
            return block(value, folded);
        }
        if (multiLine) {
            return " " + doubleQuoted(value);
        }
        if (previous == Style.SINGLE && !value.isEmpty()) {
            return " " + singleQuoted(value);
        }
        if (previous == Style.DOUBLE || !isPlainSafe(value)) {
            return " " + doubleQuoted(value);
        }
        return " " + value;
    }

    /** Text that reads back unchanged without quotes. */
    static boolean isPlainSafe(String v) {
        if (v.isEmpty() || Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))) {
            return false;
        }
        if (INDICATORS.indexOf(v.charAt(0)) >= 0 || TYPED.matcher(v).matches()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t' || !isPrintable(c)) {
                return false;
            }
        }
        return !v.contains(": ") && !v.endsWith(":") && !v.contains(" #");
    }

    static String doubleQuoted(String v) {
        StringBuilder sb = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (!isPrintable(c)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String singleQuoted(String v) {
        return "'" + v.replace("'", "''") + "'";
    }

    /**
     * A literal block ({@code |}), or a folded one ({@code >}) for a single line whose author folded it. The chomping
     * indicator keeps the trailing line breaks exactly; an indentation indicator is written when a line starts with a
     * space, which YAML would otherwise take for the block's indentation.
     */
    private static String block(String value, boolean folded) {
        int trailing = 0;
        while (trailing < value.length() && value.charAt(value.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        String content = value.substring(0, value.length() - trailing);
        String chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
        String[] lines = content.split("\n", -1);
        boolean leadingSpace = false;
        for (String line : lines) {
            leadingSpace |= line.startsWith(" ");
        }
        StringBuilder sb = new StringBuilder(" ").append(folded ? '>' : '|')
                .append(leadingSpace ? String.valueOf(BLOCK_INDENT.length()) : "").append(chomp);
        for (String line : lines) {
            sb.append('\n');
            if (!line.isEmpty()) {
                sb.append(BLOCK_INDENT).append(line);
            }
        }
        // "+" keeps the trailing breaks: all but the last become empty lines of the block.
        if (trailing > 1) {
            sb.append("\n".repeat(trailing - 1));
        }
        return sb.toString();
    }

    /**
     * A block cannot hold a value with no text before its trailing breaks (it reads back as ""), nor a line of only
     * spaces (YAML counts such lines as empty), nor a tab at a line's start.
     */
    private static boolean blockFits(String value) {
        String content = value.replaceAll("\n+$", "");
        if (content.isEmpty()) {
            return false;
        }
        for (String line : content.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank() || line.startsWith("\t")) {
                return false;
            }
        }
        return true;
    }

    private static boolean allPrintable(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\n' && c != '\t' && !isPrintable(c) || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * YAML's c-printable, less the byte order mark, which readers drop, and the characters YAML 1.1 readers (SnakeYAML)
     * take for line breaks: those are written escaped.
     */
    private static boolean isPrintable(char c) {
        if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
            return false;
        }
        return c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF' && c != '\u2028' && c != '\u2029';
    }
}
