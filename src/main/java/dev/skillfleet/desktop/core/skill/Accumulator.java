package dev.skillfleet.desktop.core.skill;

import java.util.Arrays;
import java.util.List;

/**
 * Per-search scoring arrays, one slot per skill. Only touched slots are visited and reset, so a query costs the
 * length of its postings lists, not the size of the library.
 */
final class Accumulator {

    private final double[] total;
    private final int[] matchedTerms;
    private final double[] termScore;
    private final double[] fieldBest;
    private final int[] touchedField;
    private final int[] touchedTerm;
    private final int[] touchedAny;
    private int fieldCount;
    private int termCount;
    private int anyCount;

    Accumulator(int size) {
        total = new double[size];
        matchedTerms = new int[size];
        termScore = new double[size];
        fieldBest = new double[size];
        touchedField = new int[size];
        touchedTerm = new int[size];
        touchedAny = new int[size];
    }

    /** Adds one query term: the best match per field, summed over fields, times the term's rarity. */
    void addTerm(List<TermMatch> plan) {
        for (SearchField field : SearchField.values()) {
            for (TermMatch m : plan) {
                if (m.field() == field) {
                    addMatch(m);
                }
            }
            for (int i = 0; i < fieldCount; i++) {
                int doc = touchedField[i];
                if (termScore[doc] == 0) {
                    touchedTerm[termCount++] = doc;
                }
                termScore[doc] += fieldBest[doc];
                fieldBest[doc] = 0;
            }
            fieldCount = 0;
        }
        // A term found in few skills says more about them than one found in most (inverse document frequency).
        double idf = termCount == 0 ? 0 : Math.log(1 + (double) total.length / termCount);
        for (int i = 0; i < termCount; i++) {
            int doc = touchedTerm[i];
            if (total[doc] == 0) {
                touchedAny[anyCount++] = doc;
            }
            total[doc] += termScore[doc] * idf;
            matchedTerms[doc]++;
            termScore[doc] = 0;
        }
        termCount = 0;
    }

    private void addMatch(TermMatch m) {
        Postings p = m.postings();
        for (int i = 0; i < p.size(); i++) {
            int doc = p.doc(i);
            double v = m.value(p.count(i));
            if (v > fieldBest[doc]) {
                if (fieldBest[doc] == 0) {
                    touchedField[fieldCount++] = doc;
                }
                fieldBest[doc] = v;
            }
        }
    }

    int[] matchedDocs() {
        return Arrays.copyOf(touchedAny, anyCount);
    }

    double total(int doc) {
        return total[doc];
    }

    int matchedTerms(int doc) {
        return matchedTerms[doc];
    }
}
