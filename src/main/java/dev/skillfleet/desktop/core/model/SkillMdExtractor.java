package dev.skillfleet.desktop.core.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets the SKILL.md out of a model's reply. Asked for the file alone, models still wrap it in a {@code ```markdown}
 * fence or say something before and after it; the file is what starts at the frontmatter's {@code ---} line.
 */
final class SkillMdExtractor {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([\\w+-]*)\\s*$");
    private static final Pattern YAML_KEY = Pattern.compile("^[A-Za-z][\\w-]*\\s*:.*");

    private SkillMdExtractor() {
    }

    /** The SKILL.md in {@code reply}; the whole reply, trimmed, when it has no frontmatter line at all. */
    static String extract(String reply) {
        String text = reply.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        int start = frontmatterStart(lines);
        if (start < 0) {
            return withNewline(text.strip());
        }
        int end = lines.size();
        Matcher opener = openingFence(lines, start);
        if (opener != null) {
            end = closingFence(lines, start, opener.group(1));
        }
        return withNewline(String.join("\n", lines.subList(start, end)).stripTrailing());
    }

    /**
     * The first {@code ---} line followed by a YAML key; a horizontal rule in chatter before the file is not
     * followed by one. Falls back to the first {@code ---} line of all.
     */
    private static int frontmatterStart(List<String> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("---")) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next < lines.size() && YAML_KEY.matcher(lines.get(next)).matches()) {
                return i;
            }
        }
        return first;
    }

    /** The fence the file is wrapped in: the last non-blank line before it, when that opens a fence. */
    private static Matcher openingFence(List<String> lines, int start) {
        for (int i = start - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                Matcher fence = FENCE.matcher(lines.get(i));
                return fence.matches() ? fence : null;
            }
        }
        return null;
    }

    /**
     * The wrapper's closing line: the last bare fence of the same kind, at least as long, after the file's start.
     * Taking the last one keeps code blocks inside the skill's body whole, however they are opened. When the fences
     * before it do not pair up, it closes one of the skill's own blocks and the wrapper was never closed (an answer
     * cut off at the model's length limit): the file then runs to the end.
     */
    private static int closingFence(List<String> lines, int start, String opener) {
        for (int i = lines.size() - 1; i > start; i--) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (fence.matches() && fence.group(2).isEmpty() && fence.group(1).charAt(0) == opener.charAt(0)
                    && fence.group(1).length() >= opener.length()) {
                return fencesBetween(lines, start, i) % 2 == 0 ? i : lines.size();
            }
        }
        return lines.size();
    }

    private static int fencesBetween(List<String> lines, int from, int to) {
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            if (FENCE.matcher(lines.get(i)).matches()) {
                count++;
            }
        }
        return count;
    }

    private static String withNewline(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }
}
