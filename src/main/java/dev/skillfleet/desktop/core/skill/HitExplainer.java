package dev.skillfleet.desktop.core.skill;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the "why" of a hit: per query term and field, the match that counted most, naming the skill's own word
 * ("server") next to the typed one ("servers"). Done only for the few hits returned, so it can afford the binary
 * searches that scoring avoids.
 */
final class HitExplainer {

    private HitExplainer() {
    }

    static List<String> explain(int doc, List<String> terms, List<List<TermMatch>> plans) {
        Set<String> reasons = new LinkedHashSet<>();
        for (int t = 0; t < terms.size(); t++) {
            for (SearchField field : SearchField.values()) {
                TermMatch best = null;
                double bestValue = 0;
                int bestCount = 0;
                for (TermMatch m : plans.get(t)) {
                    int count = m.field() == field ? m.postings().countOf(doc) : 0;
                    if (count > 0 && m.value(count) > bestValue) {
                        best = m;
                        bestValue = m.value(count);
                        bestCount = count;
                    }
                }
                if (best != null) {
                    reasons.add(describe(best, bestCount, terms.get(t)));
                }
            }
        }
        return new ArrayList<>(reasons);
    }

    private static String describe(TermMatch m, int count, String typed) {
        SearchField field = m.field();
        if (m.kind() == TermMatch.Kind.FUZZY) {
            return field.label + " is close to \"" + typed + "\"";
        }
        String word = m.word();
        StringBuilder sb = new StringBuilder(field.label).append(' ').append(field.verb)
                .append(" \"").append(word).append('"');
        if (field == SearchField.BODY && count > 1) {
            sb.append(' ').append(count).append('×');
        }
        if (!word.equals(typed)) {
            sb.append(" (for \"").append(typed).append("\")");
        }
        return sb.toString();
    }
}
