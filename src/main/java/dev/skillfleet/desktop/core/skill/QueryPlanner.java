package dev.skillfleet.desktop.core.skill;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one query term into every {@link TermMatch} it can make. Plans depend only on the index, so they are cached:
 * search-as-you-type repeats the same words with every keystroke, and the typo lookup is the costly part.
 */
final class QueryPlanner {

    private static final int CACHE_LIMIT = 4096;
    private static final double SECOND_EDIT_QUALITY = 0.45;

    private final Map<SearchField, FieldIndex> fields;
    private final Vocabulary vocabulary;
    private final Map<String, List<TermMatch>> cache = new ConcurrentHashMap<>();

    QueryPlanner(EnumMap<SearchField, FieldIndex> fields, Vocabulary vocabulary) {
        this.fields = fields;
        this.vocabulary = vocabulary;
    }

    List<TermMatch> plan(String term) {
        List<TermMatch> cached = cache.get(term);
        if (cached != null) {
            return cached;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // crude, but a typing session never gets near it and the cost is one recomputation
        }
        List<TermMatch> plan = List.copyOf(compute(term));
        cache.put(term, plan);
        return plan;
    }

    private List<TermMatch> compute(String term) {
        List<TermMatch> out = new ArrayList<>();
        String stem = Stemmer.stem(term);
        for (SearchField field : SearchField.values()) {
            FieldIndex index = fields.get(field);
            add(out, field, TermMatch.Kind.EXACT, term, index.exact(term), TermMatch.Kind.EXACT.quality);
            for (String word : index.wordsWithStem(stem)) {
                if (!word.equals(term)) {
                    add(out, field, TermMatch.Kind.STEM, word, index.exact(word), TermMatch.Kind.STEM.quality);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        seen.add(term);
        for (String word : prefixExpansions(term, stem)) {
            if (seen.add(word)) {
                addExpandable(out, TermMatch.Kind.PREFIX, word, TermMatch.Kind.PREFIX.quality);
            }
        }
        for (Vocabulary.Near near : vocabulary.near(term, EditDistance.allowedEdits(term.length()))) {
            if (seen.add(near.word())) {
                double quality = near.edits() == 1 ? TermMatch.Kind.FUZZY.quality : SECOND_EDIT_QUALITY;
                addExpandable(out, TermMatch.Kind.FUZZY, near.word(), quality);
            }
        }
        return out;
    }

    /** The term as typed so far ("webap"), and its stem so "configure" reaches "configuration". */
    private List<String> prefixExpansions(String term, String stem) {
        List<String> words = new ArrayList<>();
        if (term.length() >= 3) {
            words.addAll(vocabulary.withPrefix(term));
        }
        if (stem.length() >= 4 && !stem.equals(term)) {
            words.addAll(vocabulary.withPrefix(stem));
        }
        return words;
    }

    private void addExpandable(List<TermMatch> out, TermMatch.Kind kind, String word, double quality) {
        for (SearchField field : SearchField.values()) {
            if (field.expandable()) {
                add(out, field, kind, word, fields.get(field).exact(word), quality);
            }
        }
    }

    private static void add(List<TermMatch> out, SearchField field, TermMatch.Kind kind, String word,
                            Postings postings, double quality) {
        if (postings != null && postings.size() > 0) {
            out.add(new TermMatch(field, kind, word, postings, quality));
        }
    }
}
