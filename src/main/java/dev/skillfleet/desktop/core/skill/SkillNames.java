package dev.skillfleet.desktop.core.skill;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

/** The character-level rules for skill names, shared by validation and by anyone proposing a name. */
final class SkillNames {

    static final int MAX_LENGTH = 64;

    private SkillNames() {
    }

    /** Names and folder names are compared after NFKC, like the reference validator, so "ｆｏｏ" equals "foo". */
    static String nfkc(String s) {
        // ASCII is its own NFKC form; most names are ASCII, and the normalizer is costly to start in a short run.
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python's str.isalnum(), which the reference validator uses: letters, digits and other numerals. */
    static boolean isLetterOrDigit(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The characters that are neither letters, digits nor "-", each once, in order of appearance. */
    static Set<String> invalidCharacters(String name) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (cp != '-' && !isLetterOrDigit(cp)) {
                found.add(Character.toString(cp));
            }
            i += Character.charCount(cp);
        }
        return found;
    }

    /** True when a name uses letters or digits beyond a–z and 0–9: valid for the reference tool, not for the prose. */
    static boolean hasNonAsciiAlphanumerics(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (cp != '-' && isLetterOrDigit(cp) && !(cp >= 'a' && cp <= 'z') && !(cp >= '0' && cp <= '9')) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Shows invisible or confusing characters readably in messages ("space" rather than a blank). */
    static String show(String ch) {
        return switch (ch) {
            case " " -> "space";
            case "\t" -> "tab";
            default -> "\"" + ch + "\"";
        };
    }
}
