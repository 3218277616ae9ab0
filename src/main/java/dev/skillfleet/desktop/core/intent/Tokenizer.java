package dev.skillfleet.desktop.core.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into words, looking only at its opening.
 *
 * <p>Intent is stated at the start of a message, and the classifier must stay instant whatever is pasted into the
 * chat (a log, a whole document), so only the first {@link #MAX_CHARS} characters and {@link #MAX_TOKENS} words are
 * read. One pass over code points; no regular expressions, so no backtracking on hostile input.
 */
final class Tokenizer {

    static final int MAX_CHARS = 4_000;
    static final int MAX_TOKENS = 400;

    private final Lexicon lexicon;

    Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The part of the message the classifier reads, never cutting a surrogate pair in half. */
    static String opening(String message) {
        if (message.length() <= MAX_CHARS) {
            return message;
        }
        int end = Character.isHighSurrogate(message.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return message.substring(0, end);
    }

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        boolean clauseStart = false;
        int i = 0;
        while (i < text.length() && tokens.size() < MAX_TOKENS) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                clauseStart |= endsClause(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = wordEnd(text, i);
            String word = text.substring(i, end);
            Lexicon.Entry entry = lexicon.resolve(Lexicon.normalise(word));
            tokens.add(new Token(word, i, end, entry.lemma(), entry.corrected(), clauseStart));
            clauseStart = false;
            i = end;
        }
        return tokens;
    }

    /**
     * A word runs over letters and digits, joined by a single '-', '_', '.', '/' or apostrophe when a letter or digit
     * follows ("mcp-builder", "node.js", "CI/CD", "what's"), and may end in '+' or '#' ("C++", "C#").
     */
    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                i = next;
            } else if (isJoiner(cp) && next < text.length() && isWordChar(text.codePointAt(next))) {
                i = next;
            } else if (cp == '+' || cp == '#') {
                i = next;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        // Combining accents belong to the letter before them ("é" typed as e + U+0301).
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '-' || cp == '_' || cp == '.' || cp == '/' || cp == '\'' || cp == '\u2019';
    }

    /** Punctuation that ends a clause: the subject of a request never runs across one. */
    private static boolean endsClause(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ':' || cp == '\n' || cp == '\r'
                || cp == '\u2026' || cp == '\u3002';
    }
}
