package dev.skillfleet.desktop.core.skill;

/**
 * Bounded optimal-string-alignment distance: Levenshtein plus adjacent transpositions, because the commonest typo
 * ("tseting" for "testing") is a swap, which plain Levenshtein counts as two edits.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** The distance between a and b, or {@code max + 1} as soon as it is certain to exceed {@code max}. */
    static int within(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        int[] before = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        int prevMin = 0;
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            // A transposition reaches back two rows, so both rows must be past the bound before giving up.
            if (rowMin > max && prevMin > max) {
                return max + 1;
            }
            prevMin = rowMin;
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], max + 1);
    }

    /** How many edits a term of this length may contain and still count as the same word. */
    static int allowedEdits(int length) {
        if (length >= 8) {
            return 2;
        }
        return length >= 4 ? 1 : 0;
    }
}
