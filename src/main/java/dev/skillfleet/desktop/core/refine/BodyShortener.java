package dev.skillfleet.desktop.core.refine;

import java.util.ArrayList;
import java.util.List;

/**
 * The body part of "Shorten": outside code blocks, removes extra blank lines, trailing spaces, a paragraph pasted
 * twice in a row, and filler phrases. Nothing that carries meaning goes: code blocks stay byte
 * for byte, and two trailing spaces that make a Markdown line break stay.
 */
final class BodyShortener {

    /** The format's advice: a longer body belongs partly in references/. */
    static final int MAX_BODY_LINES = 500;

    /**
     * A paragraph shorter than this may repeat on purpose ("Run the tests." after each step); a long one repeated
     * word for word is a copy-and-paste slip.
     */
    private static final int MIN_REPEATED = 40;

    /** What was removed, for the reason. */
    record Counts(int blankLines, int repeatedParagraphs, int fillerPhrases, int trailingSpaces) {
        boolean any() {
            return blankLines + repeatedParagraphs + fillerPhrases + trailingSpaces > 0;
        }

        String reason() {
            List<String> parts = new ArrayList<>();
            if (blankLines > 0) {
                parts.add(plural(blankLines, "extra blank line"));
            }
            if (repeatedParagraphs > 0) {
                parts.add(plural(repeatedParagraphs, "repeated paragraph"));
            }
            if (fillerPhrases > 0) {
                parts.add(plural(fillerPhrases, "filler phrase"));
            }
            if (trailingSpaces > 0) {
                parts.add("the trailing spaces of " + plural(trailingSpaces, "line"));
            }
            String list = parts.size() == 1 ? parts.getFirst()
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
            return "Removed " + list + " from the body; code blocks are untouched.";
        }
    }

    private BodyShortener() {
    }

    /** The shortened body ({@code \n} text); {@code counts[0]} says what went. */
    static String shorten(String body, Counts[] counts) {
        MarkdownLines md = MarkdownLines.of(body);
        List<String> lines = new ArrayList<>(md.lines);
        List<Boolean> code = new ArrayList<>(md.code);
        int trailing = trimTrailing(lines, code);
        int repeated = removeRepeatedParagraphs(lines, code); // first, so a removed copy's filler is not counted
        int[] fillers = {0};
        for (int i = 0; i < lines.size(); i++) {
            if (!code.get(i)) {
                lines.set(i, FillerPhrases.drop(lines.get(i), fillers));
            }
        }
        int blanks = collapseBlankLines(lines, code);
        for (int i = 0; i < lines.size(); i++) {
            if (!code.get(i) && !lines.get(i).isEmpty() && lines.get(i).isBlank()) {
                lines.set(i, ""); // a line of spaces that stays as the one blank line of its run
                trailing++;
            }
        }
        counts[0] = new Counts(blanks, repeated, fillers[0], trailing);
        return String.join("\n", lines) + (md.endsWithBreak && !lines.isEmpty() ? "\n" : "");
    }

    private static int trimTrailing(List<String> lines, List<Boolean> code) {
        int trimmed = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (code.get(i) || line.isEmpty() || !isSpace(line.charAt(line.length() - 1))) {
                continue;
            }
            String stripped = stripSpaces(line);
            if (stripped.isEmpty()) {
                continue; // a line of spaces only: a blank line, counted once it is clear whether it goes
            }
            boolean hardBreak = line.endsWith("  ") && i + 1 < lines.size()
                    && !code.get(i + 1) && !lines.get(i + 1).isBlank();
            if (hardBreak) {
                continue;
            }
            lines.set(i, stripped);
            trimmed++;
        }
        return trimmed;
    }

    /**
     * Removes a long prose paragraph that repeats the one right before it (only blank lines between), with the blank
     * line after it: a paste made twice. The same paragraph further away is left: skills repeat a step on purpose
     * in each branch of a procedure ("If using artifacts: … / If not: …"), and removing one would break a branch.
     */
    private static int removeRepeatedParagraphs(List<String> lines, List<Boolean> code) {
        int removed = 0;
        String previous = null;
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank() && !code.get(i)) {
                i++;
                continue;
            }
            if (code.get(i)) {
                previous = null;
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && !code.get(end) && !lines.get(end).isBlank()) {
                end++;
            }
            String paragraph = String.join("\n", lines.subList(i, end));
            if (!paragraph.equals(previous) || !isProse(paragraph)) {
                previous = paragraph;
                i = end;
                continue;
            }
            int to = end < lines.size() && lines.get(end).isBlank() && !code.get(end) ? end + 1 : end;
            int from = to == end && i > 0 && lines.get(i - 1).isBlank() && !code.get(i - 1) ? i - 1 : i;
            lines.subList(from, to).clear();
            code.subList(from, to).clear();
            removed++;
            i = from;
        }
        return removed;
    }

    /** Text a reader reads as a paragraph; headings, tables and HTML may repeat by design. */
    private static boolean isProse(String paragraph) {
        String first = paragraph.stripLeading();
        return paragraph.length() >= MIN_REPEATED && !first.startsWith("#") && !first.startsWith("|")
                && !first.startsWith("<") && paragraph.chars().anyMatch(Character::isLetter);
    }

    private static int collapseBlankLines(List<String> lines, List<Boolean> code) {
        int removed = 0;
        for (int i = lines.size() - 1; i > 0; i--) {
            if (!code.get(i) && !code.get(i - 1) && lines.get(i).isBlank() && lines.get(i - 1).isBlank()) {
                lines.remove(i);
                code.remove(i);
                removed++;
            }
        }
        return removed;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static String stripSpaces(String line) {
        int end = line.length();
        while (end > 0 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    static String plural(int count, String singular) {
        return count + " " + singular + (count == 1 ? "" : "s");
    }
}
