package dev.skillfleet.desktop.core.refine;

import dev.skillfleet.desktop.core.engine.DescriptionText;
import dev.skillfleet.desktop.core.engine.SkillNaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Add examples": an "## Examples" section with two short examples taken from the description's "Use when" clause.
 * Rules cannot know a skill's real requests, so the section says plainly that the examples are starting points to
 * adapt; what it saves the user is the shape (a request, then what the agent does).
 */
final class ExamplesSection {

    private static final Pattern EXAMPLES_HEADING = Pattern.compile("(?i)^ {0,3}#{1,6}[ \\t]+examples?\\b.*");

    /** A closing section that points elsewhere: the examples go before it, so it stays last. */
    private static final Pattern CLOSING_HEADING = Pattern.compile("(?i)^ {0,3}##[ \\t]+(?:see also|references?|"
            + "reference files|related(?: skills)?|further reading|resources|links|more information)\\b.*");

    /** "Use this when…", "Trigger when…", "should use this skill whenever…": a clause of another wording. */
    private static final Pattern OTHER_TRIGGER = Pattern.compile(
            "(?i)\\b(?:use|using|trigger)\\b[^.]{0,30}?\\bwhen(?:ever)?\\s+([^.]+)");

    /** A situation written as a clause with its own subject ("the user asks to…") rather than an activity. */
    private static final Pattern CLAUSE = Pattern.compile("(?i)^(?:the|a|an|users?|you|someone|claude) \\S+ \\S+.*");

    private ExamplesSection() {
    }

    /** The 0-based index of the body's examples heading (outside code), or -1. */
    static int existingHeading(MarkdownLines body) {
        for (int i = 0; i < body.size(); i++) {
            if (!body.isCode(i) && EXAMPLES_HEADING.matcher(body.lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The body with the section added at its end, or before a closing "See also"/"References" section. Only inserts
     * lines: every line of the body stays.
     */
    static String add(String body, String description, String name) {
        MarkdownLines md = MarkdownLines.of(body);
        String section = section(description, name);
        int closing = closingSection(md);
        List<String> lines = new ArrayList<>(md.lines);
        List<String> inserted = new ArrayList<>(section.lines().toList());
        if (closing >= 0) {
            if (closing > 0 && !lines.get(closing - 1).isBlank()) {
                inserted.addFirst("");
            }
            inserted.add(""); // the blank line before the closing heading
            lines.addAll(closing, inserted);
            return String.join("\n", lines) + (md.endsWithBreak ? "\n" : "");
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            inserted.addFirst(lines.removeLast()); // keep the user's trailing blank lines, section after them
        }
        if (!lines.isEmpty() && (inserted.isEmpty() || !inserted.getFirst().isBlank())) {
            inserted.addFirst("");
        }
        lines.addAll(inserted);
        return String.join("\n", lines) + "\n";
    }

    /** The section's Markdown, ending with a line break. */
    static String section(String description, String name) {
        List<String> situations = situations(description);
        String subject = SkillNaming.title(SkillNaming.normalize(name)).toLowerCase(Locale.ROOT);
        String first = !situations.isEmpty() ? situations.getFirst()
                : subject.isEmpty() ? "a typical task" : "working with " + subject;
        String second = situations.size() > 1 ? situations.get(1) : null;
        String skill = SkillNaming.normalize(name).isEmpty() ? "this skill" : "the `" + SkillNaming.normalize(name)
                + "` skill";
        StringBuilder text = new StringBuilder("## Examples\n\n")
                .append("Two starting points drawn from the description: replace each request with one your users "
                        + "really make, and say what the agent should do for it.\n\n")
                .append("**Example 1: ").append(first).append("**\n\n")
                .append("- Request: ").append(request(first)).append('\n')
                .append("- The agent loads ").append(skill).append(", follows its instructions for this case, and "
                        + "reports what it did and how it checked the result.\n\n");
        if (second != null) {
            text.append("**Example 2: ").append(second).append("**\n\n")
                    .append("- Request: ").append(request(second)).append('\n')
                    .append("- The agent asks for anything the request leaves open, then applies the steps that fit "
                            + "and shows the result.\n");
        } else {
            text.append("**Example 2: a harder case**\n\n")
                    .append("- Request: the same, with a complication (a large input, an error, an unusual setting).\n")
                    .append("- The agent says what differs from the usual case, adapts the steps, and explains "
                            + "its choice.\n");
        }
        return text.toString();
    }

    /**
     * The situations of the "Use when" clause, split as the When to Use section splits them; activities
     * ("building…") and clauses ("the user asks…") first, since they read as requests. At most two.
     */
    private static List<String> situations(String description) {
        String text = description.replaceAll("\\s+", " ");
        Matcher clause = DescriptionText.USE_WHEN_CLAUSE.matcher(text);
        if (!clause.find()) {
            clause = OTHER_TRIGGER.matcher(text);
            if (!clause.find()) {
                return List.of();
            }
        }
        // Asides in brackets hold commas that are no list of situations: "(status reports, FAQs, …".
        String when = clause.group(1).replaceAll("\\s*\\([^)]*\\)?", "");
        List<String> usable = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String part : when.split(",\\s*(?:or\\s+)?|\\s+or\\s+")) {
            String situation = unquoted(part.strip()).replaceAll("[\\s.;:]+$", "").replaceFirst("^user ", "the user ");
            if (situation.isEmpty()) {
                continue;
            }
            boolean request = isActivity(situation) || CLAUSE.matcher(situation).matches()
                    || situation.toLowerCase(Locale.ROOT).startsWith("asked to ");
            (request ? usable : other).add(situation);
        }
        List<String> out = new ArrayList<>(usable);
        if (out.isEmpty() && !other.isEmpty()) {
            out.add(other.getFirst());
        }
        return out.size() > 2 ? out.subList(0, 2) : out;
    }

    /**
     * A situation without a quotation the clause cut off at its first full stop ("like \"make me a GIF…"), and
     * without the "like" that introduced it.
     */
    private static String unquoted(String situation) {
        long quotes = situation.chars().filter(c -> c == '"' || c == '\u201c' || c == '\u201d').count();
        if (quotes % 2 == 0) {
            return situation;
        }
        int quote = Math.max(situation.lastIndexOf('"'), situation.lastIndexOf('\u201c'));
        return situation.substring(0, Math.max(0, quote))
                .replaceFirst("(?i)[\\s,]*(?:like|such as|e\\.g\\.?|as in)?[\\s,:]*$", "");
    }

    private static String request(String situation) {
        if (isActivity(situation)) {
            return "\u201cI need help " + situation + ".\u201d";
        }
        if (situation.toLowerCase(Locale.ROOT).startsWith("asked to ")) {
            return "a request to " + situation.substring("asked to ".length()) + ".";
        }
        return CLAUSE.matcher(situation).matches() ? "a request where " + situation + "."
                : "a request about " + situation + ".";
    }

    /** "building MCP servers": starts with a verb's -ing form, and says what is built ("routing" alone may not). */
    private static boolean isActivity(String situation) {
        String[] words = situation.split("\\s+", 2);
        String word = words[0].toLowerCase(Locale.ROOT);
        return words.length > 1 && word.length() > 4 && word.endsWith("ing")
                && word.chars().allMatch(Character::isLetter);
    }

    private static int closingSection(MarkdownLines md) {
        int last = -1;
        for (int i = 0; i < md.size(); i++) {
            String line = md.lines.get(i);
            if (!md.isCode(i) && line.startsWith("## ")) {
                last = i;
            }
        }
        return last >= 0 && CLOSING_HEADING.matcher(md.lines.get(last)).matches() ? last : -1;
    }
}
