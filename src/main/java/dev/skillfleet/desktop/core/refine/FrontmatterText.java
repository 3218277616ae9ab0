package dev.skillfleet.desktop.core.refine;

import dev.skillfleet.desktop.core.engine.SkillMarkdown;
import dev.skillfleet.desktop.core.skill.SkillDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SKILL.md's frontmatter as the lines the user wrote, each top-level key owning its lines, so a fix rewrites one
 * entry and every other line (order, comments, quoting, blank lines) stays byte for byte. Re-rendering the whole
 * frontmatter would be simpler, and would make the diff show changes the user never asked for.
 *
 * <p>Works on text whose line breaks are {@code \n} (the {@link Proposal} puts the file's own back).
 */
final class FrontmatterText {

    /** A top-level key's lines, {@code start} inclusive to {@code end} exclusive, counted from 0 in the file. */
    record Entry(String key, int start, int end) {
        boolean singleLine() {
            return end - start == 1;
        }
    }

    private final List<String> lines;
    private final int close;
    private final String body;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, List<String>> replaced = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final Map<String, List<String>> afterEntry = new HashMap<>();
    private final List<String> top = new ArrayList<>();
    private String newBody;

    /**
     * @param text     the SKILL.md with {@code \n} line breaks and no byte order mark, which parsed as {@code doc}
     * @param document the parse of {@code text}: its key lines say where each entry starts
     */
    FrontmatterText(String text, SkillDocument document) {
        this.lines = List.of(text.split("\n", -1));
        int fence = 1;
        while (fence < lines.size() && !isFence(lines.get(fence))) {
            fence++;
        }
        if (fence >= lines.size()) {
            throw new IllegalArgumentException("the frontmatter is not closed");
        }
        this.close = fence;
        int offset = 0;
        for (int i = 0; i <= close; i++) {
            offset += lines.get(i).length() + 1;
        }
        this.body = offset >= text.length() ? "" : text.substring(offset);
        this.newBody = body;
        List<Map.Entry<String, Integer>> starts = new ArrayList<>(document.keyLines().entrySet());
        starts.sort(Comparator.comparingInt(Map.Entry::getValue));
        // A key whose line the parser could not tell (0) gets no entry: no fix touches it rather than guess.
        starts.removeIf(e -> e.getValue() < 2 || e.getValue() - 1 >= close);
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k).getValue() - 1;
            int end = k + 1 < starts.size() ? starts.get(k + 1).getValue() - 1 : close;
            // Blank lines and comments at the left margin before the next key separate entries; they stay put.
            while (end - 1 > start && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
                end--;
            }
            entries.put(starts.get(k).getKey(), new Entry(starts.get(k).getKey(), start, end));
        }
    }

    String body() {
        return body;
    }

    Entry entry(String key) {
        return entries.get(key);
    }

    List<String> linesOf(Entry entry) {
        return lines.subList(entry.start(), entry.end());
    }

    /** The key of the last entry in the file, or null when there is none. */
    String lastKey() {
        String last = null;
        for (String key : entries.keySet()) {
            last = key;
        }
        return last;
    }

    void replace(String key, List<String> newLines) {
        replaced.put(key, List.copyOf(newLines));
    }

    void remove(String key) {
        removed.add(key);
    }

    /** Lines right after an entry (kept even when the entry itself is removed). */
    void insertAfter(String key, List<String> newLines) {
        afterEntry.computeIfAbsent(key, k -> new ArrayList<>()).addAll(newLines);
    }

    /** Lines right after the opening {@code ---}, in the order given. */
    void insertAtTop(List<String> newLines) {
        top.addAll(newLines);
    }

    void body(String body) {
        this.newBody = body;
    }

    /**
     * Sets a scalar: in place when the entry is one {@code key: value} line (a comment after the value stays), as a
     * block again when it was a block ({@code |} or {@code >}), otherwise as a new {@code key: value} entry. A value
     * in place keeps the line's quoting when that can hold it ({@link ScalarStyle}); otherwise it is quoted as
     * {@link SkillMarkdown} quotes, i.e. only where YAML needs it. False (and nothing changed) when the key has no
     * lines of its own.
     */
    boolean setValue(String key, String value) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return false;
        }
        List<String> rendered = render(key, value);
        String line = lines.get(entry.start());
        int[] span = entry.singleLine() ? InlineValue.span(line, key) : null;
        // The user's own quoting when it can hold the value, so only the value changes in the diff.
        String styled = span != null ? ScalarStyle.like(line.charAt(span[0]), key, value) : null;
        if (styled == null && span != null && rendered.size() == 1) {
            styled = rendered.getFirst().substring(rendered.getFirst().indexOf(':') + 2);
        }
        if (styled != null) {
            replace(key, List.of(line.substring(0, span[0]) + styled + line.substring(span[1])));
            return true;
        }
        String header = InlineValue.blockHeader(line, key);
        if (header != null && !value.contains("\n")) {
            int indent = entry.end() - entry.start() > 1 ? indentOf(lines.get(entry.start() + 1)) : 0;
            String pad = " ".repeat(indent > 0 ? indent : 2);
            // "|" keeps a final line break that "|-" drops: the limits count it, so the fixed value never ends in one.
            String chomped = header.charAt(0) + "-";
            replace(key, List.of(line.substring(0, line.indexOf(':') + 1) + " " + chomped, pad + value));
            return true;
        }
        replace(key, rendered);
        return true;
    }

    /** The whole SKILL.md with the edits made, line breaks {@code \n}. */
    String render() {
        List<String> out = new ArrayList<>(lines.size() + top.size() + 8);
        out.add(lines.getFirst());
        out.addAll(top);
        int i = 1;
        while (i < close) {
            Entry entry = entryAt(i);
            if (entry == null) {
                out.add(lines.get(i++));
                continue;
            }
            if (!removed.contains(entry.key())) {
                out.addAll(replaced.getOrDefault(entry.key(), linesOf(entry)));
            }
            out.addAll(afterEntry.getOrDefault(entry.key(), List.of()));
            i = entry.end();
        }
        out.add(lines.get(close));
        return String.join("\n", out) + "\n" + newBody;
    }

    /** YAML lines for {@code key: value}, without line breaks. */
    static List<String> render(String key, Object value) {
        return List.of(SkillMarkdown.entry(key, value).split("\n"));
    }

    static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static boolean isFence(String line) {
        return line.startsWith("---") && line.substring(3).isBlank();
    }

    private Entry entryAt(int line) {
        for (Entry entry : entries.values()) {
            if (entry.start() == line) {
                return entry;
            }
        }
        return null;
    }
}
