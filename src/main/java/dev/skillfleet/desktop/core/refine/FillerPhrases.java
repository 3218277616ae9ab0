package dev.skillfleet.desktop.core.refine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the filler phrases that lengthen instructions without saying anything ("It is important to note that",
 * "In order to" → "to"). The list is short on purpose: each phrase here is filler wherever it stands; words like
 * "just" and "simply" are dropped only after "you" or "can", where they never carry meaning ("just as", "simply put"
 * do). Inline code is left alone.
 */
final class FillerPhrases {

    /**
     * A phrase and what replaces it ("" drops it); {@code sentenceStart} when it counts only at the start of a
     * sentence, list item or line ("Note that" in the middle of a sentence may be the verb "note").
     */
    private record Filler(String hint, Pattern pattern, String replacement, boolean sentenceStart) {
    }

    // Each with a plain substring every match contains, so most lines are passed over without a regex.
    private static final List<Filler> FILLERS = List.of(
            new Filler("important to note that ",
                    Pattern.compile("\\b[Ii]t(?: is|'s|\u2019s) important to note that "), "", false),
            new Filler("ote that ", Pattern.compile("\\b[Pp]lease note that "), "", false),
            new Filler("Note that ", Pattern.compile("\\bNote that "), "", true),
            new Filler("n order to ", Pattern.compile("\\b[Ii]n order to "), "to ", false),
            new Filler("asically", Pattern.compile("\\b[Bb]asically,? "), "", false),
            new Filler("ust ", Pattern.compile("(?<=\\b(?:[Yy]ou|can) )just "), "", false),
            new Filler("imply ", Pattern.compile("(?<=\\b(?:[Yy]ou|can) )simply "), "", false));

    /** Start of a line, optionally after a list marker or quote, or after the end of a sentence. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^\\s*(?:(?:[-*+]|\\d+[.)]|>)\\s+)*|[.!?]\\s+)$");

    private FillerPhrases() {
    }

    /** The line without its filler phrases; {@code count[0]} grows by the number dropped. */
    static String drop(String line, int[] count) {
        if (line.indexOf('`') < 0) {
            return dropIn(line, "", count);
        }
        // Only text outside `code` spans: a span opens with a run of backticks and closes with a run as long.
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int tick = line.indexOf('`', i);
            if (tick < 0) {
                out.append(dropIn(line.substring(i), out.toString(), count));
                break;
            }
            out.append(dropIn(line.substring(i, tick), out.toString(), count));
            int run = tick;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            String ticks = line.substring(tick, run);
            int close = line.indexOf(ticks, run);
            while (close >= 0 && close + ticks.length() < line.length() && line.charAt(close + ticks.length()) == '`') {
                close = line.indexOf(ticks, close + ticks.length() + 1);
            }
            int end = close < 0 ? line.length() : close + ticks.length();
            out.append(line, tick, end);
            i = end;
        }
        return out.toString();
    }

    /** {@code text} with its fillers dropped; {@code before} is what precedes it on the line. */
    private static String dropIn(String text, String before, int[] count) {
        String result = text;
        for (Filler filler : FILLERS) {
            if (!result.contains(filler.hint())) {
                continue;
            }
            Matcher m = filler.pattern().matcher(result);
            StringBuilder out = new StringBuilder(result.length());
            int last = 0;
            while (m.find()) {
                String prefix = before + result.substring(0, m.start());
                if (filler.sentenceStart() && !SENTENCE_START.matcher(prefix).find()) {
                    continue;
                }
                out.append(result, last, m.start());
                boolean capital = Character.isUpperCase(m.group().charAt(0));
                String replacement = filler.replacement();
                if (!replacement.isEmpty() && capital) {
                    replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
                }
                out.append(replacement);
                last = m.end();
                // A dropped phrase that opened a sentence hands its capital letter to the next word.
                if (replacement.isEmpty() && capital && last < result.length()
                        && Character.isLowerCase(result.charAt(last))) {
                    out.append(Character.toUpperCase(result.charAt(last)));
                    last++;
                }
                count[0]++;
            }
            out.append(result, last, result.length());
            result = out.toString();
        }
        return result;
    }
}
