package dev.skillfleet.desktop.core.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cues in a message: left to right, the longest cue starting at each word wins and claims its words, so
 * "what can you do" is one small-talk cue rather than the query word "what" plus noise.
 */
final class CueMatcher {

    private final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();

    CueMatcher(Lexicon lexicon, List<Cue> cues) {
        for (Cue cue : cues) {
            List<String> lemmas = cue.words().stream().map(lexicon::lemma).toList();
            Cue compiled = new Cue(cue.intent(), lemmas, cue.weight(), cue.reach());
            cuesByFirstWord.computeIfAbsent(lemmas.getFirst(), first -> new ArrayList<>()).add(compiled);
        }
        // Longest first; among equals the table's order, so matching is deterministic.
        cuesByFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt(Cue::length).reversed()));
    }

    List<CueHit> match(List<Token> tokens) {
        List<CueHit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Cue cue = longestAt(tokens, i);
            if (cue == null) {
                i++;
                continue;
            }
            int end = i + cue.length();
            hits.add(new CueHit(cue, VerbSense.of(cue, tokens, end), i, end));
            i = end;
        }
        return hits;
    }

    private Cue longestAt(List<Token> tokens, int start) {
        List<Cue> candidates = cuesByFirstWord.get(tokens.get(start).lemma());
        if (candidates == null) {
            return null;
        }
        for (Cue cue : candidates) {
            if (matchesAt(cue, tokens, start)) {
                return cue;
            }
        }
        return null;
    }

    private static boolean matchesAt(Cue cue, List<Token> tokens, int start) {
        if (start + cue.length() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < cue.length(); k++) {
            Token token = tokens.get(start + k);
            // A phrase never runs across a sentence break: "… thanks. You there" is not "thank you".
            if (!token.is(cue.words().get(k)) || (k > 0 && token.clauseStart())) {
                return false;
            }
        }
        return true;
    }
}
