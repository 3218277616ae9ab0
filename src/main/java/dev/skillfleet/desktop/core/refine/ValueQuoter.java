package dev.skillfleet.desktop.core.refine;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes the values that keep a frontmatter from parsing: {@code description: Use when: the user asks} is a YAML
 * error (the second {@code ": "} would start a key inside a value), and so is a value starting with {@code @},
 * {@code `}, {@code *} or {@code %}, or {@code "quoted" and more}. Each {@code key: value} line (with its indented
 * continuation, for the prose keys) is tried on its own; only those that fail alone are quoted, with the text the user
 * wrote as the value, so nothing that parses is touched.
 */
final class ValueQuoter {

    /** The result: the text with the values quoted, and one reason per quoted value. */
    record Quoted(String text, List<String> reasons) {
    }

    private static final Pattern KEY_LINE = Pattern.compile("^( *)([A-Za-z0-9_][\\w .-]*?):(?: +(.*))?$");
    /**
     * Keys whose value is always prose, so indented lines after them can only be the text wrapped (joined into the
     * value); after any other key they may be a mapping the user mis-indented, which quoting would swallow.
     */
    private static final Set<String> WRAPPED_TEXT_KEYS = Set.of("description", "compatibility", "license");
    private static final Pattern BLOCK_HEADER = Pattern.compile("[|>][-+1-9]{0,2}(\\s+#.*)?");

    private ValueQuoter() {
    }

    /** The quoted text, or empty when no value needed quoting (or the frontmatter is not fenced). */
    static Optional<Quoted> quote(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        if (lines.isEmpty() || !FrontmatterText.isFence(lines.getFirst())) {
            return Optional.empty();
        }
        int close = 1;
        while (close < lines.size() && !FrontmatterText.isFence(lines.get(close))) {
            close++;
        }
        if (close >= lines.size()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(lines.subList(0, 1));
        List<String> reasons = new ArrayList<>();
        int i = 1;
        while (i < close) {
            String line = lines.get(i);
            Matcher key = KEY_LINE.matcher(line);
            if (line.isBlank() || line.strip().startsWith("#") || !key.matches()) {
                out.add(line);
                i++;
                continue;
            }
            int indent = key.group(1).length();
            int end = entryEnd(lines, i, close, indent);
            String rest = key.group(3) == null ? "" : key.group(3).strip();
            if (rest.isEmpty()) {
                out.add(line); // a mapping's key: its children come next and are tried one by one
                i++;
                continue;
            }
            boolean wrapped = end > i + 1;
            if (BLOCK_HEADER.matcher(rest).matches() || parses(lines.subList(i, end), indent)
                    || wrapped && (indent > 0 || !WRAPPED_TEXT_KEYS.contains(key.group(2)))) {
                out.addAll(lines.subList(i, end));
                i = end;
                continue;
            }
            StringBuilder value = new StringBuilder(rest);
            for (String continuation : lines.subList(i + 1, end)) {
                if (!continuation.isBlank()) {
                    value.append(' ').append(continuation.strip());
                }
            }
            String pad = " ".repeat(indent);
            FrontmatterText.render(key.group(2), value.toString()).forEach(l -> out.add(pad + l));
            reasons.add("Quoted the value of \"" + key.group(2) + "\" (line " + (i + 1) + "): as written, "
                    + why(value.toString()) + ", so the frontmatter was not valid YAML.");
            i = end;
        }
        out.addAll(lines.subList(close, lines.size()));
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new Quoted(String.join("\n", out), reasons));
    }

    /** The line after an entry: its continuation is every following line that is blank or indented deeper. */
    private static int entryEnd(List<String> lines, int start, int close, int indent) {
        int end = start + 1;
        while (end < close && (lines.get(end).isBlank() || FrontmatterText.indentOf(lines.get(end)) > indent)) {
            end++;
        }
        while (end - 1 > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        return end;
    }

    private static boolean parses(List<String> entry, int indent) {
        StringBuilder yaml = new StringBuilder();
        for (String line : entry) {
            yaml.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
        }
        try {
            new Yaml().compose(new StringReader(yaml.toString()));
            return true;
        } catch (YAMLException e) {
            return false;
        }
    }

    private static String why(String value) {
        if (value.contains(": ") || value.endsWith(":")) {
            return "its \": \" reads as the start of another key";
        }
        char first = value.charAt(0);
        return switch (first) {
            case '"', '\'' -> "it starts with a quote but goes on after the closing one";
            case '[', '{' -> "it starts with \"" + first + "\", which opens a list or mapping that is not closed";
            case '*' -> "a leading \"*\" makes it a reference to an anchor that does not exist";
            case '-', '?' -> "a leading \"" + first + " \" starts a list item or a complex key";
            case '@', '`', '%', '|', '>', '!', '&' -> "YAML gives a leading \"" + first + "\" a meaning of its own";
            default -> "it is not valid YAML";
        };
    }
}
