package dev.skillfleet.desktop.core.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the words people type to the lemmas the rules compare: "Creating" → "create", "skills" → "skill",
 * "is" → "be", "what's" → "what", and one typing slip in a request word ("creat", "shwo", "imporve") undone.
 *
 * <p>Inflections come from a few spelling rules plus a short irregular table rather than a stemmer: the vocabulary is
 * small and known, and a stemmer would merge words the rules must keep apart ("new"/"news").
 *
 * <p>Typo correction is deliberately narrow: only words of four letters or more, only towards the request vocabulary
 * ({@link Cues#CORRECTABLE}), and never for a word that is itself a known word; a short list of real words one slip
 * from a request word ("tool" is not "cool", "kill" is not "skill", "define" is not "refine") guards the rest.
 */
final class Lexicon {

    /** The lemma of a typed word and whether a typing slip was undone to reach it. */
    record Entry(String lemma, boolean corrected) {
    }

    static final int MIN_CORRECTABLE_LENGTH = 4;

    private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
            Map.entry("be", List.of("is", "are", "was", "were", "am", "been", "being")),
            Map.entry("have", List.of("has", "had", "having")),
            Map.entry("do", List.of("does", "did", "done", "doing")),
            Map.entry("see", List.of("sees", "saw", "seen", "seeing")),
            Map.entry("make", List.of("makes", "made", "making")),
            Map.entry("build", List.of("builds", "built", "building")),
            Map.entry("write", List.of("writes", "wrote", "written", "writing")),
            Map.entry("rewrite", List.of("rewrites", "rewrote", "rewritten", "rewriting")),
            Map.entry("find", List.of("finds", "found", "finding")),
            Map.entry("show", List.of("shows", "showed", "shown", "showing")),
            Map.entry("teach", List.of("teaches", "taught", "teaching")),
            Map.entry("tell", List.of("tells", "told", "telling")),
            Map.entry("get", List.of("gets", "got", "gotten", "getting")),
            Map.entry("come", List.of("comes", "came", "coming")),
            Map.entry("put", List.of("puts", "putting")),
            Map.entry("spin", List.of("spins", "spun", "spinning")),
            Map.entry("set", List.of("sets", "setting")),
            Map.entry("go", List.of("goes", "went", "gone", "going")),
            Map.entry("know", List.of("knows", "knew", "known", "knowing")),
            Map.entry("whip", List.of("whips", "whipped", "whipping")),
            Map.entry("trim", List.of("trims", "trimmed", "trimming")),
            Map.entry("let", List.of("lets", "letting")),
            Map.entry("debug", List.of("debugs", "debugged", "debugging")),
            Map.entry("proofread", List.of("proofreads", "proofreading")));

    /** Verbs the rules need in any tense that are not request verbs themselves. */
    private static final List<String> OTHER_VERBS = List.of(
            "be", "have", "do", "get", "come", "put", "spin", "set", "go", "know", "whip", "let", "tell", "help",
            "explain", "handle", "describe", "allow", "enable", "need", "want", "like", "love", "talk", "sound",
            "use", "meet", "laugh", "cover", "mention", "contain", "install", "wonder", "check", "lint", "type");

    /** Nouns the rules need in the plural too. */
    private static final List<String> NOUNS = List.of(
            "joke", "improvement", "library", "catalogue", "catalog", "cleanup", "agent", "assistant", "model", "user",
            "greeting", "thank", "typo", "mistake");

    private static final Map<String, String> CONTRACTIONS = Map.of(
            "what's", "what", "how's", "how", "where's", "where", "who's", "who", "whats", "what", "hows", "how");

    /** Real words one slip away from a request word: never "corrected". */
    private static final List<String> LOOKALIKES = List.of(
            "male", "mate", "take", "bake", "cake", "fake", "lake", "wake", "sake", "rake", "mike", "mage", "maze",
            "mode", "fade", "wade", "jade", "takes", "taking", "baking", "waking", "masking", "guild", "drift",
            "graft", "white", "whites", "writer", "writers", "product", "products", "teacher", "teachers", "beach",
            "peach", "reach", "lost", "last", "lust", "lint", "lints", "linting", "lisp", "lift", "mist", "fist",
            "gist", "listen", "lasting", "snow", "slow", "shop", "shot", "shoe", "stow", "chow", "shoes", "shots",
            "shops", "snows", "slowing", "snowing", "shoving", "fine", "kind", "mind", "bind", "wind", "fund", "fend",
            "fond", "hind", "rind", "fines", "funds", "kinds", "minds", "binds", "winds", "binding", "winding",
            "minding", "funding", "fending", "round", "sound", "bound", "mound", "wound", "pound", "hound", "fount",
            "starch", "browser", "browsers", "viewer", "viewers", "whet", "wheat", "there", "here", "were", "exit",
            "exits", "emit", "emits", "edict", "coder", "coders", "covet", "hover", "lover", "rover", "define",
            "defined", "defines", "defining", "lighten", "chance", "chances", "charge", "charged", "charges",
            "extent", "trio", "trip", "trips", "tram", "grim", "reward", "rewards", "amen", "debut", "type", "types",
            "typed", "broker", "brokers", "simple", "lighter", "fighter", "letter", "letters", "setter", "getter",
            "bitter", "butter", "batter", "learner", "hell", "cello", "kill", "kills", "killed", "still", "spill",
            "skull", "shill", "sill", "spills", "stills", "skulls", "agility", "resign", "composer", "compost",
            "crate", "crates", "mixed", "mixes", "mixing", "expend", "book", "books", "that", "this", "then", "than",
            "them", "they", "when", "with", "from", "just", "some", "more", "most", "also", "into", "only", "over",
            "such", "time", "very", "well", "back", "good", "much", "said", "each", "tanks", "ranks", "banks",
            "updater", "vies", "vied", "devise", "revive", "edited", "mention", "correctly", "address", "admin",
            "thing", "things", "think", "thinking", "drafty", "crafty", "weave", "leave");

    private static final Lexicon STANDARD = standardLexicon();

    private final Map<String, String> lemmaByForm = new HashMap<>();
    private final Map<String, String> correctableForms = new LinkedHashMap<>();
    private final Set<String> known = new HashSet<>();

    private Lexicon() {
    }

    static Lexicon standard() {
        return STANDARD;
    }

    /** Lower case (locale-independent) with typographic apostrophes made plain. */
    static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** The lemma of a known word, or the word itself; no typo correction (used to compile the cue table). */
    String lemma(String word) {
        String lower = normalise(word);
        return lemmaByForm.getOrDefault(lower, lower);
    }

    Entry resolve(String lower) {
        String lemma = lemmaByForm.get(lower);
        if (lemma != null) {
            return new Entry(lemma, false);
        }
        if (lower.endsWith("'s")) {
            // Possessive or "is": "skill's" → "skill", "that's" → "that".
            String base = lemmaByForm.get(lower.substring(0, lower.length() - 2));
            if (base != null) {
                return new Entry(base, false);
            }
        }
        if (correctable(lower)) {
            for (Map.Entry<String, String> form : correctableForms.entrySet()) {
                if (Typos.withinOneSlip(lower, form.getKey())) {
                    return new Entry(form.getValue(), true);
                }
            }
        }
        return new Entry(lower, false);
    }

    private boolean correctable(String lower) {
        if (lower.length() < MIN_CORRECTABLE_LENGTH || known.contains(lower)) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 'a' || c > 'z') {
                return false; // names like "mcp-builder" or "v2" are never typos of a request word
            }
        }
        return true;
    }

    private static Lexicon standardLexicon() {
        Lexicon lexicon = new Lexicon();
        for (String verb : concat(Cues.CREATE_VERBS, Cues.QUERY_VERBS, Cues.REFINE_VERBS, OTHER_VERBS)) {
            lexicon.register(verb, IRREGULAR.getOrDefault(verb, verbForms(verb)));
        }
        // Sets are iterated sorted: registration order decides clashes, and it must not change between runs.
        for (String noun : concat(sorted(Words.SKILL_NOUNS), sorted(Words.PARTS), NOUNS)) {
            lexicon.register(noun, List.of(plural(noun)));
        }
        CONTRACTIONS.forEach((form, lemma) -> lexicon.lemmaByForm.putIfAbsent(form, lemma));
        for (Set<String> closed : List.of(Words.PREAMBLE, Words.DETERMINERS, Words.CONNECTORS, Words.RELATIVES,
                Words.RELATIVE_PADDING, Words.PARTICLES, Words.TRAILING)) {
            sorted(closed).forEach(word -> lexicon.lemmaByForm.putIfAbsent(word, word));
        }
        for (Cue cue : Cues.ALL) {
            cue.words().forEach(word -> lexicon.lemmaByForm.putIfAbsent(word, word));
        }
        lexicon.known.addAll(lexicon.lemmaByForm.keySet());
        lexicon.known.addAll(LOOKALIKES);
        Set<String> correctableLemmas = new HashSet<>();
        Cues.CORRECTABLE.forEach(word -> correctableLemmas.add(lexicon.lemma(word)));
        correctableLemmas.addAll(Words.SKILL_NOUNS);
        // Registration order, so the same slip always resolves to the same word.
        lexicon.lemmaByForm.entrySet().stream()
                .filter(e -> correctableLemmas.contains(e.getValue()) && e.getKey().length() >= MIN_CORRECTABLE_LENGTH)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> lexicon.correctableForms.put(e.getKey(), e.getValue()));
        return lexicon;
    }

    private void register(String lemma, Collection<String> forms) {
        lemmaByForm.putIfAbsent(lemma, lemma);
        forms.forEach(form -> lemmaByForm.putIfAbsent(form, lemma));
    }

    /** Regular verb endings: "creates/created/creating", "fixes/fixed", "simplifies/simplified/simplifying". */
    private static List<String> verbForms(String verb) {
        if (endsInConsonantY(verb)) {
            String stem = verb.substring(0, verb.length() - 1);
            return List.of(stem + "ies", stem + "ied", verb + "ing");
        }
        if (verb.endsWith("e") && !verb.endsWith("ee")) {
            String stem = verb.substring(0, verb.length() - 1);
            return List.of(verb + "s", verb + "d", stem + "ing");
        }
        return List.of(verb + (sibilant(verb) ? "es" : "s"), verb + "ed", verb + "ing");
    }

    private static List<String> sorted(Set<String> words) {
        return words.stream().sorted().toList();
    }

    private static String plural(String noun) {
        if (endsInConsonantY(noun)) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + (sibilant(noun) ? "es" : "s");
    }

    private static boolean endsInConsonantY(String word) {
        return word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0;
    }

    private static boolean sibilant(String word) {
        return word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh");
    }

    @SafeVarargs
    private static List<String> concat(List<String> first, List<String>... rest) {
        List<String> all = new ArrayList<>(first);
        for (List<String> list : rest) {
            all.addAll(list);
        }
        return all;
    }
}
