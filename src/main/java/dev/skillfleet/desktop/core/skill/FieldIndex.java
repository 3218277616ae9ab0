package dev.skillfleet.desktop.core.skill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inverted index of one field: word to postings, plus stem to the words sharing it. Stems get no postings of
 * their own (that would double the memory of body postings); a stem match walks the postings of its words, which
 * also tells a result which word of the skill matched ("server" for "servers").
 */
final class FieldIndex {

    private final Map<String, Postings> exact = new HashMap<>();
    private final Map<String, List<String>> wordsByStem = new HashMap<>();

    /** Adds one document's words; documents must be added in ascending order. */
    void add(int doc, FieldTerms terms) {
        terms.words().forEach((word, count) -> {
            Postings postings = exact.get(word);
            if (postings == null) {
                postings = new Postings();
                exact.put(word, postings);
                wordsByStem.computeIfAbsent(Stemmer.stem(word), k -> new ArrayList<>(2)).add(word);
            }
            postings.add(doc, count);
        });
    }

    void trim() {
        exact.values().forEach(Postings::trim);
    }

    Postings exact(String word) {
        return exact.get(word);
    }

    Set<String> words() {
        return exact.keySet();
    }

    /** The words of this field whose stem is {@code stem}. */
    List<String> wordsWithStem(String stem) {
        return wordsByStem.getOrDefault(stem, List.of());
    }
}
