package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillParseException;
import dev.skillfleet.desktop.ui.editor.FrontmatterLayout.KeyBlock;
import dev.skillfleet.desktop.ui.editor.FrontmatterLayout.Style;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form edit of the metadata rows applied to an existing {@code metadata:} block line by line, so the author's
 * comments, blank lines, quoting and alignment survive it: a changed value is rewritten in place (its trailing
 * comment kept), a renamed key changes only the key, a removed row's lines go, a new row is written at the block's
 * end, and every other line stays byte for byte.
 *
 * <p>A form change is one change at a time (a key or value typed, a row added or removed), so the rows are matched to
 * the text's entries by key, and what is left on both sides in order: a row whose key is not in the text, facing an
 * entry whose key is not in the rows, is that entry renamed. A block in flow style ({@code metadata: {a: b}}) or with a
 * line this cannot place is rewritten as a block mapping, keeping a comment on the {@code metadata:} line.
 */
final class MetadataEdit {

    /** An entry: indentation, then a quoted or plain key and a colon that ends the line or comes before a blank. */
    private static final Pattern ENTRY = Pattern.compile(
            "^[ \\t]+(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^\\s#'\"][^:]*?)[ \\t]*:(?=[ \\t]|$)");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("[ \\t]+#.*$");
    private static final String INDENT = "  ";

    /**
     * One {@code key: value} of the block.
     *
     * @param keyEnd     just past the key (its closing quote, if quoted)
     * @param afterColon just past the colon
     * @param keyLineEnd the end of the key's line, before its line break
     * @param end        the end of the entry's last line (a block scalar's, a multi-line value's), before its break
     * @param next       just past that line's break
     */
    private record Entry(String key, int lineStart, int keyStart, int keyEnd, int afterColon, int keyLineEnd, int end,
                         int next, String indent) {
    }

    /** One change to the text: {@code [start, end)} becomes {@code text}; an insertion has start == end. */
    private record Edit(int start, int end, String text, int order) {
    }

    private final String text;
    private final KeyBlock block;
    private final String nl;
    private final List<Edit> edits = new ArrayList<>();

    private MetadataEdit(String text, KeyBlock block, String nl) {
        this.text = text;
        this.block = block;
        this.nl = nl;
    }

    /**
     * The text with the existing {@code metadata} block holding {@code rows}: unique non-blank keys, in the form's
     * order, at least one.
     */
    static String apply(String text, FrontmatterLayout layout, KeyBlock block, List<Map.Entry<String, String>> rows,
                        String nl) {
        MetadataEdit edit = new MetadataEdit(text, block, nl);
        boolean blockStyle = block.valueText().isEmpty() || block.valueText().startsWith("#");
        List<Entry> entries = blockStyle ? edit.entries() : null;
        if (entries == null) {
            return edit.rewrite(rows);
        }
        edit.edit(entries, rows, currentValues(text, layout));
        return edit.result();
    }

    /** The lines {@code metadata:} would be written as when it is new: the key and one line per row. */
    static String render(List<Map.Entry<String, String>> rows) {
        StringBuilder sb = new StringBuilder("metadata:");
        for (Map.Entry<String, String> row : rows) {
            sb.append('\n').append(INDENT).append(YamlScalars.key(row.getKey())).append(':')
                    .append(valuePart(row.getValue(), Style.PLAIN, INDENT));
        }
        return sb.toString();
    }

    private void edit(List<Entry> entries, List<Map.Entry<String, String>> rows, Map<?, ?> values) {
        Map<String, Entry> byKey = new HashMap<>();
        for (Entry e : entries) {
            byKey.putIfAbsent(e.key(), e);
        }
        Entry[] matched = new Entry[rows.size()];
        Set<Entry> kept = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            matched[i] = byKey.remove(rows.get(i).getKey());
            if (matched[i] != null) {
                kept.add(matched[i]);
            }
        }
        // In text order; a repeated key's later entries too (the form shows the first, so the others go).
        Deque<Entry> unmatched = new ArrayDeque<>();
        for (Entry e : entries) {
            if (!kept.contains(e)) {
                unmatched.add(e);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (matched[i] == null && !unmatched.isEmpty()) {
                matched[i] = unmatched.poll();
            }
        }
        String indent = entries.isEmpty() ? INDENT : entries.getFirst().indent();
        for (int i = 0; i < rows.size(); i++) {
            Entry e = matched[i];
            String key = rows.get(i).getKey();
            String value = rows.get(i).getValue();
            if (e == null) {
                String line = indent + YamlScalars.key(key) + ":" + valuePart(value, Style.PLAIN, indent);
                add(insertionPoint(entries, matched, i), 0, line.replace("\n", nl) + nl);
                continue;
            }
            if (!e.key().equals(key)) {
                add(e.keyStart(), e.keyEnd() - e.keyStart(), YamlScalars.key(key));
            }
            if (!holds(e, value, values)) {
                add(e.afterColon(), e.end() - e.afterColon(), newValue(e, value));
            }
        }
        for (Entry e : unmatched) {
            add(e.lineStart(), e.next() - e.lineStart(), "");
        }
    }

    /**
     * Where row {@code i}, new to the text, goes: after the entry of the nearest row before it, at the block's end
     * when that entry is the block's last (so an added row follows the block's trailing comments); a first row goes
     * right after the {@code metadata:} line, or at the block's end when it has no entries yet (only comments).
     */
    private int insertionPoint(List<Entry> entries, Entry[] matched, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (matched[j] != null) {
                return matched[j] == entries.getLast() ? block.end() : matched[j].next();
            }
        }
        return entries.isEmpty() ? block.end()
                : FrontmatterLayout.nextLine(text, FrontmatterLayout.lineEnd(text, block.start()));
    }

    /** The entry already says {@code value}: as the YAML parser reads it, or else as the form would write it. */
    private boolean holds(Entry e, String value, Map<?, ?> values) {
        if (values != null && values.containsKey(e.key())) {
            Object current = values.get(e.key());
            return (current == null ? "" : String.valueOf(current)).equals(value);
        }
        if (e.end() != e.keyLineEnd()) {
            return false;
        }
        String written = text.substring(e.afterColon(), e.keyLineEnd()).strip();
        String comment = comment(written);
        written = written.substring(0, written.length() - comment.length()).strip();
        return valuePart(value, style(written), e.indent()).strip().equals(written);
    }

    /** What replaces {@code [afterColon, end)}: the new value, the blanks that led the old one, its comment. */
    private String newValue(Entry e, String value) {
        String old = text.substring(e.afterColon(), e.keyLineEnd());
        String token = old.stripLeading();
        String lead = old.substring(0, old.length() - token.length());
        String comment;
        if (token.startsWith("#")) {
            comment = old; // no value yet, only a comment: it keeps its place after the new value
            lead = "";
            token = "";
        } else {
            comment = comment(token);
        }
        String part = valuePart(value, style(token), e.indent());
        String written = lead.isEmpty() ? part : lead + part.substring(1);
        int lineBreak = written.indexOf('\n');
        written = lineBreak < 0 ? written + comment
                : written.substring(0, lineBreak) + comment + written.substring(lineBreak);
        return written.replace("\n", nl);
    }

    /**
     * {@code " value"} for a nested entry: kept on one line (quoted when it holds a line break) unless the entry was
     * already a block scalar, whose lines are then indented under the entry's key. Not a block that keeps its
     * trailing line breaks ({@code |+}): the blank lines the author left after the entry would join its value.
     */
    private static String valuePart(String value, Style style, String indent) {
        boolean block = (style == Style.LITERAL || style == Style.FOLDED) && !value.endsWith("\n\n");
        if (!block && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            return " " + YamlScalars.doubleQuoted(value);
        }
        return YamlScalars.valuePart(value, style).replaceAll("\n(?=[^\n])", "\n" + Matcher.quoteReplacement(indent));
    }

    private static Style style(String token) {
        if (token.isEmpty()) {
            return Style.PLAIN;
        }
        return switch (token.charAt(0)) {
            case '"' -> Style.DOUBLE;
            case '\'' -> Style.SINGLE;
            case '|' -> Style.LITERAL;
            case '>' -> Style.FOLDED;
            default -> Style.PLAIN;
        };
    }

    /** The comment after a value on its line, with the blanks before it; "" when none (or inside an open quote). */
    private static String comment(String token) {
        int from = 0;
        if (token.startsWith("\"") || token.startsWith("'")) {
            from = closingQuote(token, token.charAt(0));
            if (from < 0) {
                return "";
            }
        }
        Matcher m = TRAILING_COMMENT.matcher(token);
        return m.find(from) ? m.group() : "";
    }

    /** Just past the quote closing the one at 0; -1 when it is not closed on this line. */
    private static int closingQuote(String s, char quote) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /**
     * The block's entries in text order; null when a line is neither an entry at the entries' indentation, a line of
     * an entry's value, a comment nor blank (then this edit cannot say what it would be changing).
     */
    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(text);
        int indent = -1;
        Entry current = null;
        boolean open = false; // the current value is a block scalar or an unclosed quote: any deeper line is its text
        int pos = FrontmatterLayout.nextLine(text, FrontmatterLayout.lineEnd(text, block.start()));
        while (pos < block.end()) {
            int end = FrontmatterLayout.lineEnd(text, pos);
            int next = FrontmatterLayout.nextLine(text, end);
            int ind = indentation(pos, end);
            if (pos + ind < end) {
                boolean comment = text.charAt(pos + ind) == '#';
                if (current != null && ind > indent && (open || !comment)) {
                    current = new Entry(current.key(), current.lineStart(), current.keyStart(), current.keyEnd(),
                            current.afterColon(), current.keyLineEnd(), end, next, current.indent());
                    entries.set(entries.size() - 1, current);
                } else if (comment) {
                    current = null;
                } else if (m.region(pos, end).lookingAt() && (indent < 0 || ind == indent)) {
                    indent = ind;
                    current = entry(m, pos, end, next);
                    entries.add(current);
                    String token = text.substring(current.afterColon(), end).strip();
                    open = token.startsWith("|") || token.startsWith(">")
                            || (token.startsWith("\"") || token.startsWith("'"))
                            && closingQuote(token, token.charAt(0)) < 0;
                } else {
                    return null;
                }
            }
            pos = next;
        }
        return entries;
    }

    private Entry entry(Matcher m, int lineStart, int end, int next) {
        String raw = m.group(1);
        String key = raw.startsWith("\"") ? unescape(raw.substring(1, raw.length() - 1))
                : raw.startsWith("'") ? raw.substring(1, raw.length() - 1).replace("''", "'")
                : raw;
        int colon = text.indexOf(':', m.end(1));
        return new Entry(key, lineStart, m.start(1), m.end(1), colon + 1, end, end, next,
                text.substring(lineStart, m.start(1)));
    }

    /** The common escapes of a double-quoted key; a key with others is matched by position instead. */
    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\").replace("\\t", "\t").replace("\\n", "\n");
    }

    /** Flow style or an unplaceable block: the whole block written as a block mapping of the rows. */
    private String rewrite(List<Map.Entry<String, String>> rows) {
        int headerEnd = FrontmatterLayout.lineEnd(text, block.start());
        String header = text.substring(block.colonEnd(), headerEnd);
        boolean blockStyle = block.valueText().isEmpty() || block.valueText().startsWith("#");
        String kept = blockStyle ? header : flowComment(header);
        String rendered = text.substring(block.start(), block.colonEnd()) + kept
                + render(rows).substring("metadata:".length());
        String current = text.substring(block.start(), block.end());
        String replacement = rendered.replace("\n", nl) + (current.endsWith("\n") ? nl : "");
        add(block.start(), block.end() - block.start(), replacement);
        return result();
    }

    /** A comment after a flow mapping on the key line ({@code {a: b}  # note}); "" when none. */
    private static String flowComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (quote == '"' && c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && i > 0 && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
                int start = i;
                while (start > 0 && (line.charAt(start - 1) == ' ' || line.charAt(start - 1) == '\t')) {
                    start--;
                }
                return line.substring(start);
            }
        }
        return "";
    }

    /** The metadata mapping as the app's parser reads the text now; null when it does not parse. */
    private static Map<?, ?> currentValues(String text, FrontmatterLayout layout) {
        try {
            Object metadata = SkillDocumentParser.parse(text.substring(0, layout.bodyStart())).frontmatter()
                    .get("metadata");
            return metadata instanceof Map<?, ?> map ? map : null;
        } catch (SkillParseException e) {
            return null;
        }
    }

    private void add(int start, int length, String replacement) {
        edits.add(new Edit(start, start + length, replacement, edits.size()));
    }

    /** The text with the edits applied; an insertion goes before a removal at the same offset. */
    private String result() {
        if (edits.isEmpty()) {
            return text;
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparing(e -> e.end() > e.start())
                .thenComparingInt(Edit::order));
        StringBuilder sb = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Edit e : edits) {
            sb.append(text, at, e.start()).append(e.text());
            at = e.end();
        }
        String result = sb.append(text, at, text.length()).toString();
        return result.equals(text) ? text : result;
    }

    private int indentation(int from, int end) {
        int i = from;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - from;
    }
}
