package dev.skillfleet.desktop.core.skill;

/**
 * Python's idea of whitespace ({@code str.isspace}, {@code str.strip}), which the reference validator applies to
 * names and descriptions. Java's {@code strip()} and {@code isBlank()} leave U+00A0 (no-break space), U+2007,
 * U+202F and U+0085 in place, so a name quoted as {@code "\u00a0pdf"} would fail here and pass there.
 */
final class PythonText {

    private PythonText() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u0085' || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    /** {@code s.strip()} in Python: every character Python calls whitespace, from both ends. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code not s.strip()} in Python. */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
