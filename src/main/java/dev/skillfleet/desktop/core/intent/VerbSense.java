package dev.skillfleet.desktop.core.intent;

import java.util.List;

/**
 * Reads a verb whose intent depends on its object.
 *
 * <ul>
 *   <li>"add a Python skill" creates one, "add examples to the X skill" refines one: "add" creates only when a skill
 *       noun is its object;</li>
 *   <li>"make a skill" creates, "make the redis skill shorter" / "make it clearer" refines;</li>
 *   <li>"write examples for …", "generate a description for …": a verb of making whose object is a part of a skill
 *       refines the skill the part belongs to.</li>
 * </ul>
 */
final class VerbSense {

    /** How far ahead the object is looked for: "add [a new Python] skill". */
    private static final int OBJECT_WINDOW = 4;

    private VerbSense() {
    }

    static Intent of(Cue cue, List<Token> tokens, int after) {
        if (cue.words().size() != 1) {
            return cue.intent();
        }
        String verb = cue.words().getFirst();
        if (verb.equals("add")) {
            return skillIsObject(tokens, after) ? Intent.CREATE_SKILL : Intent.REFINE;
        }
        if (cue.intent() == Intent.CREATE_SKILL) {
            if (verb.equals("make") && after < tokens.size()
                    && (Words.DEFINITE.contains(tokens.get(after).lemma()) || tokens.get(after).is("it"))) {
                return Intent.REFINE;
            }
            if (partIsObject(tokens, after)) {
                return Intent.REFINE;
            }
        }
        return cue.intent();
    }

    private static boolean skillIsObject(List<Token> tokens, int after) {
        for (int i = after; i < Math.min(tokens.size(), after + OBJECT_WINDOW); i++) {
            Token token = tokens.get(i);
            if (Words.SKILL_NOUNS.contains(token.lemma())) {
                return true;
            }
            if (token.clauseStart() || Words.CONNECTORS.contains(token.lemma())) {
                return false;
            }
        }
        return false;
    }

    private static boolean partIsObject(List<Token> tokens, int after) {
        for (int i = after; i < Math.min(tokens.size(), after + OBJECT_WINDOW); i++) {
            String lemma = tokens.get(i).lemma();
            if (Words.DETERMINERS.contains(lemma) || lemma.equals("better") || lemma.equals("clearer")) {
                continue;
            }
            return Words.PARTS.contains(lemma);
        }
        return false;
    }
}
