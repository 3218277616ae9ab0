package dev.skillfleet.desktop.core.skill;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits text into lowercase search terms. Anything that is not a letter or digit separates terms, which splits
 * names on "-", "_", "/" and spaces. Hand-written rather than regex-based because it runs over every body.
 */
final class Tokenizer {

    /** Words that carry no meaning in a skill search ("a skill for testing web apps" is about "testing web apps"). */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "for", "about", "of", "to", "in",
            "on", "at", "by", "with", "from", "into", "as", "is", "are", "be", "it", "its", "this", "that", "these",
            "those", "i", "me", "my", "we", "our", "you", "your", "how", "what", "which", "who", "do", "does", "can",
            "could", "should", "would", "will", "want", "need", "help", "please", "some", "any", "use", "using",
            "used", "when", "skill", "skills", "find", "show", "search", "look", "looking", "there");

    static final int MAX_WORD_LENGTH = 64;

    private Tokenizer() {
    }

    /** Every term of at least two characters, stop words included. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        forEachToken(text, out::add);
        return out;
    }

    static void forEachToken(String text, Consumer<String> sink) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean word = i < n && isWordChar(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                // Longer runs are hashes, base64 or minified code, never something a user types.
                if (i - start >= 2 && i - start <= MAX_WORD_LENGTH) {
                    sink.accept(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
    }

    /**
     * The terms of a search query: stop words dropped, duplicates removed. A query made only of stop words (e.g.
     * "skill") keeps them, so it still finds "skill-creator" instead of nothing.
     */
    static List<String> queryTerms(String query) {
        List<String> all = tokens(query).stream().distinct().toList();
        List<String> meaningful = all.stream().filter(t -> !STOP_WORDS.contains(t)).toList();
        return meaningful.isEmpty() ? all : meaningful;
    }

    private static boolean isWordChar(char c) {
        // Surrogates count as word characters so that letters outside the BMP stay inside their word.
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }
}
