package dev.skillfleet.desktop.core.intent;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A message read for classification: its words, the cues found in them, and which cue is the main request.
 *
 * @param text     the examined opening of the message (see {@link Tokenizer#opening})
 * @param tokens   its words
 * @param hits     the cues found, left to right, not overlapping
 * @param claims   for each word, the cue that claimed it, or null
 * @param main     the main request: the first request cue before any description of a skill, or null
 * @param mainLead how many words before the main request are neither politeness nor small talk ("For my project,
 *                 create …" has 3); a request buried deep in a sentence is a weaker signal
 * @param question whether the message ends with a question mark
 */
record ParsedMessage(String text, List<Token> tokens, List<CueHit> hits, List<CueHit> claims, CueHit main,
                     int mainLead, boolean question) {

    static ParsedMessage of(String text, List<Token> tokens, List<CueHit> hits) {
        CueHit[] claims = new CueHit[tokens.size()];
        for (CueHit hit : hits) {
            Arrays.fill(claims, hit.start(), hit.end(), hit);
        }
        int link = firstSkillLink(tokens);
        CueHit main = hits.stream().filter(hit -> hit.request() && hit.start() < link).findFirst().orElse(null);
        int lead = 0;
        if (main != null) {
            for (int i = 0; i < main.start(); i++) {
                boolean smallTalk = claims[i] != null && !claims[i].request();
                lead += Words.PREAMBLE.contains(tokens.get(i).lemma()) || smallTalk ? 0 : 1;
            }
        }
        return new ParsedMessage(text, List.copyOf(tokens), List.copyOf(hits),
                Collections.unmodifiableList(Arrays.asList(claims)), main, lead, endsWithQuestionMark(text));
    }

    /** The cue claiming the word at {@code index}, or null. */
    CueHit claimOf(int index) {
        return claims.get(index);
    }

    int size() {
        return tokens.size();
    }

    Token token(int index) {
        return tokens.get(index);
    }

    /**
     * Where the description of a skill starts: the first linking word right after a skill noun ("a skill FOR writing
     * release notes", "a skill THAT teaches …"). Request words from there on describe the skill ("writing") and are
     * never the main request.
     */
    private static int firstSkillLink(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            String lemma = tokens.get(i).lemma();
            if (Words.SKILL_NOUNS.contains(tokens.get(i - 1).lemma())
                    && (Words.CONNECTORS.contains(lemma) || Words.RELATIVES.contains(lemma))) {
                return i;
            }
        }
        return tokens.size();
    }

    private static boolean endsWithQuestionMark(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '?' || c == '\uFF1F';
            }
        }
        return false;
    }
}
