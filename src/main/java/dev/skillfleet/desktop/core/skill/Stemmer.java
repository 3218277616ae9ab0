package dev.skillfleet.desktop.core.skill;

/**
 * A light suffix stripper, not a full Porter stemmer: it only has to make a query word and the words of a skill
 * meet ("servers"/"server", "testing"/"tests", "optimisation"/"optimization"/"optimizer"). Stems are never shown;
 * the index keeps every exact word too, so a stem that is not an English word is harmless. Forms the rules do not
 * join ("configure"/"configuration") still meet because the index also expands a query stem as a prefix.
 */
final class Stemmer {

    /** suffix, replacement, needs a vowel in what remains (keeps "string" and "bring" whole). */
    private record Rule(String suffix, String replacement, boolean needsVowel) {
    }

    private static final Rule[] RULES = {
        new Rule("izations", "iz", false), new Rule("isations", "iz", false),
        new Rule("ization", "iz", false), new Rule("isation", "iz", false),
        new Rule("ations", "at", false), new Rule("ation", "at", false),
        new Rule("ators", "at", false), new Rule("ator", "at", false),
        new Rule("izing", "iz", false), new Rule("ising", "iz", false),
        new Rule("izers", "iz", false), new Rule("isers", "iz", false),
        new Rule("izer", "iz", false), new Rule("iser", "iz", false),
        new Rule("ized", "iz", false), new Rule("ised", "iz", false),
        new Rule("izes", "iz", false), new Rule("ises", "iz", false),
        new Rule("ize", "iz", false), new Rule("ise", "iz", false),
        new Rule("ating", "at", false), new Rule("ated", "at", false), new Rule("ates", "at", false),
        new Rule("ate", "at", false),
        new Rule("ings", "", true), new Rule("ing", "", true),
        new Rule("ers", "", true), new Rule("er", "", true),
        new Rule("ies", "y", false), new Rule("ied", "y", false),
        new Rule("sses", "ss", false), new Rule("xes", "x", false), new Rule("ches", "ch", false),
        new Rule("shes", "sh", false),
        new Rule("ed", "", true), new Rule("ly", "", true),
    };
    private static final int MIN_STEM = 3;

    private Stemmer() {
    }

    static String stem(String word) {
        if (word.length() <= MIN_STEM) {
            return word;
        }
        String stem = stripSuffix(word);
        // "browse"/"browsing" and "code"/"coding" meet only without the final e.
        if (stem.length() > MIN_STEM && stem.endsWith("e")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    private static String stripSuffix(String word) {
        for (Rule rule : RULES) {
            if (!word.endsWith(rule.suffix())) {
                continue;
            }
            String root = word.substring(0, word.length() - rule.suffix().length());
            if (root.length() < MIN_STEM || rule.needsVowel() && !hasVowel(root)) {
                continue;
            }
            return rule.needsVowel() ? undouble(root) + rule.replacement() : root + rule.replacement();
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "running" leaves "runn": a doubled final consonant is undone, except l, s, z ("calling" stays "call"). */
    private static String undouble(String root) {
        int n = root.length();
        if (n >= 4 && root.charAt(n - 1) == root.charAt(n - 2) && "lsz".indexOf(root.charAt(n - 1)) < 0
                && "aeiou".indexOf(root.charAt(n - 1)) < 0 && Character.isLetter(root.charAt(n - 1))) {
            return root.substring(0, n - 1);
        }
        return root;
    }
}
