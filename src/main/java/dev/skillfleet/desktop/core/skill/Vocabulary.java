package dev.skillfleet.desktop.core.skill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The distinct words of names, categories and descriptions, arranged for the two lookups a query term needs beyond
 * an exact hit: words it is a prefix of (search as you type) and words within a few typos of it.
 */
final class Vocabulary {

    /** A word within the allowed number of edits of a query term. */
    record Near(String word, int edits) {
    }

    private static final int MAX_PREFIX_EXPANSIONS = 40;
    private static final int MAX_WORD_LENGTH = Tokenizer.MAX_WORD_LENGTH;

    private final String[] sorted;
    /** Words grouped by length with a letter mask each, so a typo lookup only compares plausible candidates. */
    private final String[][] byLength;
    private final long[][] masksByLength;

    Vocabulary(Collection<String> words) {
        TreeSet<String> set = new TreeSet<>(words);
        sorted = set.toArray(String[]::new);
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i <= MAX_WORD_LENGTH; i++) {
            buckets.add(new ArrayList<>());
        }
        for (String w : sorted) {
            if (w.length() <= MAX_WORD_LENGTH) {
                buckets.get(w.length()).add(w);
            }
        }
        byLength = new String[MAX_WORD_LENGTH + 1][];
        masksByLength = new long[MAX_WORD_LENGTH + 1][];
        for (int len = 0; len <= MAX_WORD_LENGTH; len++) {
            byLength[len] = buckets.get(len).toArray(String[]::new);
            masksByLength[len] = Arrays.stream(byLength[len]).mapToLong(Vocabulary::mask).toArray();
        }
    }

    /** Words that start with {@code prefix} and are longer than it, shortest first, at most a few dozen. */
    List<String> withPrefix(String prefix) {
        int i = Arrays.binarySearch(sorted, prefix);
        int from = i >= 0 ? i + 1 : -i - 1;
        List<String> out = new ArrayList<>();
        for (int k = from; k < sorted.length && sorted[k].startsWith(prefix); k++) {
            out.add(sorted[k]);
        }
        out.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return out.size() > MAX_PREFIX_EXPANSIONS ? List.copyOf(out.subList(0, MAX_PREFIX_EXPANSIONS)) : out;
    }

    /** Words other than {@code term} itself within {@code maxEdits} typos (transpositions count as one). */
    List<Near> near(String term, int maxEdits) {
        if (maxEdits <= 0) {
            return List.of();
        }
        List<Near> out = new ArrayList<>();
        long termMask = mask(term);
        int min = Math.max(1, term.length() - maxEdits);
        int max = Math.min(MAX_WORD_LENGTH, term.length() + maxEdits);
        for (int len = min; len <= max; len++) {
            String[] words = byLength[len];
            long[] masks = masksByLength[len];
            for (int k = 0; k < words.length; k++) {
                // Each edit changes at most two letters of the letter set: a cheap test that skips most words.
                if (Long.bitCount(masks[k] ^ termMask) > 2 * maxEdits || words[k].equals(term)) {
                    continue;
                }
                int d = EditDistance.within(term, words[k], maxEdits);
                if (d <= maxEdits) {
                    out.add(new Near(words[k], d));
                }
            }
        }
        return out;
    }

    /** One bit per letter a–z and digit present (other characters share a bit); order and repeats are ignored. */
    private static long mask(String w) {
        long m = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z') {
                m |= 1L << (c - 'a');
            } else if (c >= '0' && c <= '9') {
                m |= 1L << (26 + c - '0');
            } else {
                m |= 1L << (36 + (c % 27));
            }
        }
        return m;
    }
}
