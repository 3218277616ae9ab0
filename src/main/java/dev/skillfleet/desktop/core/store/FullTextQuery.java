package dev.skillfleet.desktop.core.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user types, as an FTS5 query: every word must match, as a word or the start of one. Words are quoted, so
 * FTS5's own syntax (AND, NEAR, *, quotes, column filters) typed by a user is just text.
 */
final class FullTextQuery {

    private FullTextQuery() {
    }

    static String of(String text) {
        List<String> terms = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                terms.add(quoted(word));
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            terms.add(quoted(word));
        }
        return String.join(" ", terms);
    }

    private static String quoted(CharSequence word) {
        return "\"" + word + "\"*";
    }
}
