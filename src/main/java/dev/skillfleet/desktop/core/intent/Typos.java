package dev.skillfleet.desktop.core.intent;

/**
 * Whether a typed word is one slip away from a vocabulary word.
 *
 * <p>One slip is one inserted, dropped or replaced letter, or two neighbouring letters swapped ("shwo" for "show",
 * "imporve" for "improve"). Plain Levenshtein distance (commons-text's {@code LevenshteinDistance}) counts a swap as
 * two edits and so would miss the commonest typing slip of all; this is the "optimal string alignment" distance
 * restricted to 1, which needs one linear pass and no table.
 */
final class Typos {

    private Typos() {
    }

    static boolean withinOneSlip(String typed, String word) {
        int typedLength = typed.length();
        int wordLength = word.length();
        if (typedLength == wordLength) {
            return sameLengthWithinOne(typed, word);
        }
        if (typedLength == wordLength + 1) {
            return oneInsertion(word, typed);
        }
        if (wordLength == typedLength + 1) {
            return oneInsertion(typed, word);
        }
        return false;
    }

    /** Equal lengths: at most one replaced letter, or one swap of two neighbours. */
    private static boolean sameLengthWithinOne(String a, String b) {
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (++differences > 2) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (differences <= 1) {
            return true;
        }
        // Exactly two differences: one slip only when they are neighbours holding each other's letter.
        int second = first + 1;
        return second < a.length() && a.charAt(first) == b.charAt(second) && a.charAt(second) == b.charAt(first);
    }

    /** {@code longer} is {@code shorter} with exactly one letter added somewhere. */
    private static boolean oneInsertion(String shorter, String longer) {
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        // Skip the one extra letter of the longer word; the rest must line up.
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }
}
