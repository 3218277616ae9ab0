package dev.skillfleet.desktop.core.skill;

import java.util.HashMap;
import java.util.Map;

/**
 * The counted words of one field of one skill. Computed in parallel while an index is built, since tokenizing
 * bodies is most of the build time.
 */
record FieldTerms(Map<String, Integer> words) {

    static FieldTerms of(String text, boolean dropStopWords) {
        Map<String, Integer> words = new HashMap<>();
        Tokenizer.forEachToken(text, t -> {
            if (!dropStopWords || !Tokenizer.STOP_WORDS.contains(t)) {
                words.merge(t, 1, Integer::sum);
            }
        });
        return new FieldTerms(words);
    }
}
