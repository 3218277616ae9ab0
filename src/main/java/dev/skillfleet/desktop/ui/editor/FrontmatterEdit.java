package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.editor.FrontmatterLayout.KeyBlock;
import dev.skillfleet.desktop.ui.editor.FrontmatterLayout.Style;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's edits applied to the text: one key's lines are replaced, inserted or removed and every other character
 * stays as the author wrote it (order, comments, other keys' quoting, the body). The text of the other keys is never
 * re-serialised, which a YAML library would do.
 */
final class FrontmatterEdit {

    /** The fields the form shows, in the order a new key is placed among them. */
    static final List<String> FORM_KEYS =
            List.of("name", "description", "license", "compatibility", "allowed-tools", "metadata");
    /** Cleared, these stay as an empty value (validation then says so); other keys are removed. */
    private static final List<String> REQUIRED = List.of("name", "description");
    private static final Pattern NESTED = Pattern.compile(
            "^([ \\t]+)(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^']|'')*)'|([^\\s#'\"][^:]*?))[ \\t]*:(?:[ \\t]+(.*))?$");

    private FrontmatterEdit() {
    }

    /**
     * The text with {@code key} set to {@code value}; the same text when the frontmatter is not opened and closed by
     * {@code ---} lines (the form is then read-only) or when the value is already written that way.
     */
    static String setField(String text, String key, String value) {
        FrontmatterLayout layout = FrontmatterLayout.of(text);
        if (!layout.editable()) {
            return text;
        }
        String nl = lineBreak(text);
        boolean remove = value.isEmpty() && !REQUIRED.contains(key);
        Optional<KeyBlock> found = layout.key(key);
        if (found.isEmpty()) {
            return remove ? text : insert(text, layout, YamlScalars.entry(key, value, Style.PLAIN), key, nl);
        }
        KeyBlock block = found.get();
        if (remove) {
            return text.substring(0, block.start()) + text.substring(block.end());
        }
        String prefix = text.substring(block.start(), block.colonEnd());
        String rendered = prefix + YamlScalars.valuePart(value, block.style()) + comment(block);
        return replace(text, block, rendered, nl);
    }

    /**
     * The text with {@code metadata} holding these rows (a row with a blank key is not written, a repeated key only
     * once, the first); without rows the key is removed. A row whose line already says the same is kept as written.
     */
    static String setMetadata(String text, List<Map.Entry<String, String>> rows) {
        FrontmatterLayout layout = FrontmatterLayout.of(text);
        if (!layout.editable()) {
            return text;
        }
        String nl = lineBreak(text);
        Map<String, String> entries = new LinkedHashMap<>();
        for (Map.Entry<String, String> row : rows) {
            if (!row.getKey().isBlank()) {
                entries.putIfAbsent(row.getKey(), row.getValue());
            }
        }
        Optional<KeyBlock> found = layout.key("metadata");
        if (entries.isEmpty()) {
            return found.map(b -> text.substring(0, b.start()) + text.substring(b.end())).orElse(text);
        }
        Map<String, String> originalLines = new LinkedHashMap<>();
        String indent = "  ";
        StringBuilder sb = new StringBuilder();
        if (found.isPresent()) {
            KeyBlock block = found.get();
            String[] lines = text.substring(block.start(), block.end()).split("\r?\n");
            boolean header = block.valueText().isEmpty() || block.valueText().startsWith("#");
            sb.append(header ? lines[0] : text.substring(block.start(), block.colonEnd()));
            boolean first = true;
            for (int i = 1; i < lines.length; i++) {
                Matcher m = NESTED.matcher(lines[i]);
                if (m.matches()) {
                    String key = m.group(2) != null ? m.group(2) : m.group(3) != null
                            ? m.group(3).replace("''", "'") : m.group(4);
                    originalLines.putIfAbsent(key, lines[i]);
                    if (first) {
                        indent = m.group(1);
                        first = false;
                    }
                }
            }
        } else {
            sb.append("metadata:");
        }
        for (Map.Entry<String, String> e : entries.entrySet()) {
            sb.append('\n').append(metadataLine(e.getKey(), e.getValue(), indent, originalLines.get(e.getKey())));
        }
        return found.isPresent()
                ? replace(text, found.get(), sb.toString(), nl)
                : insert(text, layout, sb.toString(), "metadata", nl);
    }

    /** One {@code key: value} line of the mapping, in the quoting its original line used. */
    private static String metadataLine(String key, String value, String indent, String original) {
        Style style = Style.PLAIN;
        String written = null;
        if (original != null) {
            Matcher m = NESTED.matcher(original);
            if (m.matches()) {
                written = m.group(5) == null ? "" : m.group(5).strip();
                style = written.startsWith("\"") ? Style.DOUBLE : written.startsWith("'") ? Style.SINGLE : Style.PLAIN;
            }
        }
        String valuePart = value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                ? " " + YamlScalars.doubleQuoted(value)
                : YamlScalars.valuePart(value, style);
        String line = indent + YamlScalars.key(key) + ":" + valuePart;
        if (original != null && written != null && (" " + written).equals(valuePart)) {
            return original.stripTrailing();
        }
        return line;
    }

    private static String replace(String text, KeyBlock block, String rendered, String nl) {
        String current = text.substring(block.start(), block.end());
        String replacement = rendered.replace("\n", nl) + (current.endsWith("\n") ? nl : "");
        if (current.equals(replacement)) {
            return text;
        }
        return text.substring(0, block.start()) + replacement + text.substring(block.end());
    }

    /** After the nearest form key that comes before it, else first in the frontmatter. */
    private static String insert(String text, FrontmatterLayout layout, String rendered, String key, String nl) {
        int order = FORM_KEYS.indexOf(key);
        int at = layout.yamlStart();
        for (KeyBlock block : layout.keys()) {
            int other = FORM_KEYS.indexOf(block.key());
            if (other >= 0 && other < order) {
                at = Math.max(at, block.end());
            }
        }
        String before = text.substring(0, at);
        String lead = !before.isEmpty() && !before.endsWith("\n") ? nl : "";
        return before + lead + rendered.replace("\n", nl) + nl + text.substring(at);
    }

    /** A comment after a one-line value ("license: MIT  # see LICENSE"), kept behind the new value. */
    private static String comment(KeyBlock block) {
        if (block.lastLine() != block.firstLine()) {
            return "";
        }
        String v = block.valueText();
        int end = switch (block.style()) {
            case DOUBLE -> closingQuote(v, '"');
            case SINGLE -> closingQuote(v, '\'');
            case PLAIN -> 0;
            default -> -1;
        };
        if (end < 0) {
            return "";
        }
        Matcher m = Pattern.compile("[ \\t]+#.*$").matcher(v);
        return m.find(end) ? m.group() : "";
    }

    private static int closingQuote(String v, char quote) {
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < v.length() && v.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static String lineBreak(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
