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
     * once, the first); without rows the key is removed. Only the lines of the rows that changed are touched (see
     * {@link MetadataEdit}): comments and untouched rows stay as written.
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
            // The last row removed: the key goes, with any comment lines inside its block (they were about entries
            // that are gone); comment lines after the block stay.
            return found.map(b -> text.substring(0, b.start()) + text.substring(b.end())).orElse(text);
        }
        List<Map.Entry<String, String>> unique = List.copyOf(entries.entrySet());
        return found.isPresent()
                ? MetadataEdit.apply(text, layout, found.get(), unique, nl)
                : insert(text, layout, MetadataEdit.render(unique), "metadata", nl);
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
