package dev.skillfleet.desktop.core.intent;

/**
 * One word of a message.
 *
 * @param text          the word as the user typed it (casing kept), e.g. "Skils"
 * @param start         where it starts in the examined text
 * @param end           where it ends (exclusive)
 * @param lemma         the dictionary form the rules compare: lower case, inflection and one typing slip undone
 *                      ("skill" for "Skils"); the lower-case word itself when the vocabulary does not know it
 * @param corrected     whether {@code lemma} was reached by undoing a typing slip
 * @param clauseStart   whether sentence punctuation or a line break separates it from the previous word
 */
record Token(String text, int start, int end, String lemma, boolean corrected, boolean clauseStart) {

    boolean is(String word) {
        return lemma.equals(word);
    }

    /** Plural nouns ("skills") speak of the library as a whole rather than of one skill. */
    boolean plural() {
        String lower = Lexicon.normalise(text);
        return lower.endsWith("s") && !lower.endsWith("'s") && !lower.equals(lemma);
    }
}
