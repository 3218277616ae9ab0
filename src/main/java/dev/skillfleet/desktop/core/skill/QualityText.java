package dev.skillfleet.desktop.core.skill;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text tests behind {@link QualityRules}, written by hand: run on every skill of a 10,000-skill library, the
 * regular expressions they replace (kept in the comments, and in QualityRulesEquivalenceTest, which checks that each
 * test decides exactly as its expression does) were the costliest part of a scan, and compiling them cost the JIT
 * more still.
 */
final class QualityText {

    /** "Use when…", "whenever…", "TRIGGER…", "use it for…": what tells an agent when to pick the skill. */
    private static final Pattern WHEN_TRIGGER =
            Pattern.compile("(?iu)\\b(?:when|whenever|trigger(?:s|ed)?|use (?:it |this(?: skill)? )?(?:for|if))\\b");
    /** Characters that are never word characters nor combining marks, so "\\b" holds next to them. */
    private static final String PLAIN_BOUNDARY = " \n\t,.;:!?()[]\"'/-";

    private QualityText() {
    }

    static int countLines(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = 0;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            lines++;
        }
        return text.endsWith("\n") ? lines : lines + 1;
    }

    /**
     * Whether a line of the body is a "When to Use" heading: what finding
     * {@code (?im)^ {0,3}##[ \t]+when to use(?:[ \t]+this skill)?[ \t]*:?[ \t]*#*[ \t]*$} in the whole body
     * decides (line breaks as {@link Pattern}'s MULTILINE mode counts them, letters compared ASCII-case-blind), by
     * hand: running that regex over every body was the costliest check of a 10,000-skill scan, and the JIT took
     * longer still to compile it.
     */
    static boolean hasWhenToUseHeading(String body) {
        for (int at = body.indexOf("##"); at >= 0; at = body.indexOf("##", at + 2)) {
            int start = at;
            while (start > 0 && at - start < 3 && body.charAt(start - 1) == ' ') {
                start--;
            }
            if (start > 0 && !isLineBreak(body.charAt(start - 1))) {
                continue;
            }
            int end = at;
            while (end < body.length() && !isLineBreak(body.charAt(end))) {
                end++;
            }
            if (isWhenToUseHeading(body, at + 2, end)) {
                return true;
            }
        }
        return false;
    }

    /** The rest of a heading line after its "##", up to {@code end}: {@code [ \t]+when to use…} to the end. */
    private static boolean isWhenToUseHeading(String line, int from, int end) {
        int at = skipBlanks(line, from, end);
        if (at == from || !startsWithAsciiCaseBlind(line, at, end, "when to use")) {
            return false;
        }
        at += "when to use".length();
        int afterBlanks = skipBlanks(line, at, end);
        if (afterBlanks > at && startsWithAsciiCaseBlind(line, afterBlanks, end, "this skill")
                && endsHeading(line, afterBlanks + "this skill".length(), end)) {
            return true;
        }
        return endsHeading(line, at, end);
    }

    /** {@code [ \t]*:?[ \t]*#*[ \t]*} and nothing more. */
    private static boolean endsHeading(String line, int from, int end) {
        int at = skipBlanks(line, from, end);
        if (at < end && line.charAt(at) == ':') {
            at = skipBlanks(line, at + 1, end);
        }
        while (at < end && line.charAt(at) == '#') {
            at++;
        }
        return skipBlanks(line, at, end) == end;
    }

    private static int skipBlanks(String line, int from, int end) {
        int at = from;
        while (at < end && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** Like the regex's CASE_INSENSITIVE without UNICODE_CASE: only A-Z fold, so the Kelvin sign is no "k". */
    private static boolean startsWithAsciiCaseBlind(String line, int from, int end, String lowercase) {
        if (end - from < lowercase.length()) {
            return false;
        }
        for (int i = 0; i < lowercase.length(); i++) {
            char c = line.charAt(from + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowercase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #WHEN_TRIGGER} is found. Most descriptions say "when" as a plain ASCII word, which settles it
     * without the regex (its word boundaries certainly hold between "when" and a space or punctuation), and most
     * others lack every word it looks for; the regex decides the rest.
     */
    static boolean saysWhenToUse(String description) {
        for (int at = indexOfWhen(description, 0); at >= 0; at = indexOfWhen(description, at + 4)) {
            boolean startsWord = at == 0 || PLAIN_BOUNDARY.indexOf(description.charAt(at - 1)) >= 0;
            int end = at + 4;
            boolean endsWord = end == description.length() || PLAIN_BOUNDARY.indexOf(description.charAt(end)) >= 0;
            if (startsWord && endsWord) {
                return true;
            }
        }
        if (isAscii(description)) {
            // In ASCII text the regex needs one of these, whatever the case; most descriptions without "when"
            // have none, and are settled without it too.
            String lower = description.toLowerCase(Locale.ROOT);
            if (!lower.contains("when") && !lower.contains("trigger") && !lower.contains("use ")) {
                return false;
            }
        }
        return WHEN_TRIGGER.matcher(description).find();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** "when" or "When" (the spellings that matter for the shortcut; other casings go to the regex). */
    private static int indexOfWhen(String text, int from) {
        int lower = text.indexOf("when", from);
        int upper = text.indexOf("When", from);
        return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    }

    /** {@code [a-z0-9]+(?:-[a-z0-9]+)*}. */
    static boolean isKebab(String key) {
        if (key.isEmpty() || key.charAt(0) == '-' || key.charAt(key.length() - 1) == '-' || key.contains("--")) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The first of {@code words} among the text's words (runs of letters and digits, {@code [\\p{L}\\p{N}]+}). */
    static String firstWordIn(String text, Set<String> words) {
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = i < text.length()
                    && (cp < 0x80 ? isAsciiLetterOrDigit(cp) : Character.isLetter(cp) || isNumber(cp));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String w = text.substring(start, i);
                if (words.contains(w)) {
                    return w;
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return null;
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

}
