package dev.skillfleet.desktop.core.refine;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Any text to a name the specification accepts: lower case, letters and digits joined by single hyphens, at most 64
 * characters. Accents on Latin letters are dropped ("Café" to "cafe"); other scripts stay, since the reference
 * validator accepts any letter ("Мой навык" to "мой-навык"), where an ASCII-only rule would leave nothing.
 */
final class FixedName {

    static final int MAX_LENGTH = 64;

    private FixedName() {
    }

    /** The fixed name; "" when the text has no letter or digit at all. */
    static String of(String raw) {
        String decomposed = Normalizer.normalize(raw.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder();
        boolean afterLatin = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                if (!afterLatin) {
                    folded.appendCodePoint(cp); // "й" is "и" and a breve: composed again below
                }
                continue;
            }
            folded.appendCodePoint(cp);
            afterLatin = UnicodeScript.of(cp) == UnicodeScript.LATIN;
        }
        String composed = Normalizer.normalize(folded, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (isLetterOrDigit(cp)) {
                if (gap && !name.isEmpty()) {
                    name.append('-');
                }
                name.appendCodePoint(cp);
                gap = false;
            } else {
                gap = true; // spaces, punctuation, and marks that compose with nothing
            }
        }
        return cut(name.toString());
    }

    /** Within 64 characters, cut at a hyphen so no word is left half. */
    private static String cut(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String head = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
        int hyphen = head.lastIndexOf('-');
        return hyphen > 0 ? head.substring(0, hyphen) : head;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Python's str.isalnum(), which the reference validator applies: letters, digits and other numerals. */
    private static boolean isLetterOrDigit(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
