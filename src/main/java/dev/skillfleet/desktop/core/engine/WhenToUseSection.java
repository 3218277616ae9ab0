package dev.skillfleet.desktop.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body's "## When to Use" section: whether it is there, and writing one from the description's "Use when"
 * clause. Shared by the chat's offline refiner and the rule-based fixer ({@code core.refine.SkillFixer}).
 */
public final class WhenToUseSection {

    /**
     * The heading the validator's warning looks for (QualityText.hasWhenToUseHeading documents the same expression):
     * a section the validator accepts must never be added a second time.
     */
    private static final Pattern HEADING = Pattern.compile(
            "(?im)^ {0,3}##[ \\t]+when to use(?:[ \\t]+this skill)?[ \\t]*:?[ \\t]*#*[ \\t]*$");

    private WhenToUseSection() {
    }

    /** Whether a body (line breaks as {@code \n}) already has a When to Use heading. */
    public static boolean isPresent(String body) {
        return HEADING.matcher(body).find();
    }

    /**
     * "## When to Use", then one bullet per situation of the description's "Use when …" clause (split at commas and
     * "or"), ending with a blank line; a generic situation from the name when the description has no such clause.
     */
    public static String section(String description, String name) {
        Matcher clause = DescriptionText.USE_WHEN_CLAUSE.matcher(description);
        String when = clause.find() ? clause.group(1).strip()
                : "a task involves " + SkillNaming.title(name).toLowerCase(Locale.ROOT);
        StringBuilder section = new StringBuilder("## When to Use\n\nUse this skill when:\n");
        for (String part : when.split(",\\s*(?:or\\s+)?|\\s+or\\s+")) {
            if (!part.isBlank()) {
                section.append("- ").append(part.strip()).append('\n');
            }
        }
        return section.append('\n').toString();
    }

    /**
     * Puts a section after the first top-level title and its opening paragraph, where a reader expects it (before
     * the next heading or code block when one comes first), or before the first text when there is no title. Only
     * inserts, with a blank line around the section: every line of the body stays as it was. Lines inside fenced
     * code never count as a title or heading.
     */
    public static String insertAfterTitle(String body, String section) {
        List<int[]> lines = lines(body);
        int title = -1;
        boolean inCode = false;
        for (int i = 0; i < lines.size() && title < 0; i++) {
            String line = text(body, lines.get(i));
            if (isFence(line)) {
                inCode = !inCode;
            } else if (!inCode && line.startsWith("# ")) {
                title = i;
            }
        }
        int at = title < 0 ? firstText(body, lines, 0) : afterOpening(body, lines, title + 1);
        int offset = at < lines.size() ? lines.get(at)[0] : body.length();
        String before = body.substring(0, offset);
        String gap;
        if (title < 0) {
            // Before the first text: the blank lines above it stay; one right after the closing "---" otherwise.
            gap = before.isEmpty() ? "\n" : "";
        } else {
            gap = before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
        }
        String rest = body.substring(offset);
        // At the very end, the blank line that separates the section from what follows would only trail.
        String inserted = rest.isEmpty() && section.endsWith("\n\n") ? section.substring(0, section.length() - 1)
                : section;
        return before + gap + inserted + rest;
    }

    /** The line after the opening paragraph that follows the title, or the next heading or code block. */
    private static int afterOpening(String body, List<int[]> lines, int from) {
        int i = firstText(body, lines, from);
        if (i >= lines.size() || isBlockStart(text(body, lines.get(i)))) {
            return i;
        }
        while (i < lines.size() && !text(body, lines.get(i)).isBlank()) {
            if (isBlockStart(text(body, lines.get(i)))) {
                return i;
            }
            i++;
        }
        return firstText(body, lines, i);
    }

    private static int firstText(String body, List<int[]> lines, int from) {
        int i = from;
        while (i < lines.size() && text(body, lines.get(i)).isBlank()) {
            i++;
        }
        return i;
    }

    private static boolean isBlockStart(String line) {
        return line.startsWith("#") || isFence(line);
    }

    private static boolean isFence(String line) {
        String stripped = line.stripLeading();
        return stripped.startsWith("```") || stripped.startsWith("~~~");
    }

    /** Each line's start and end (without its break) in the body. */
    private static List<int[]> lines(String body) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int nl = body.indexOf('\n', start);
            int end = nl < 0 ? body.length() : nl;
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }

    private static String text(String body, int[] line) {
        return body.substring(line[0], line[1]);
    }
}
