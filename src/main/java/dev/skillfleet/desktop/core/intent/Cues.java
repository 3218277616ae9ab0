package dev.skillfleet.desktop.core.intent;

import static dev.skillfleet.desktop.core.intent.Cue.Reach.ANYWHERE;
import static dev.skillfleet.desktop.core.intent.Cue.Reach.EDGE;
import static dev.skillfleet.desktop.core.intent.Cue.Reach.REQUEST;
import static dev.skillfleet.desktop.core.intent.Intent.CHAT;
import static dev.skillfleet.desktop.core.intent.Intent.CREATE_SKILL;
import static dev.skillfleet.desktop.core.intent.Intent.QUERY;
import static dev.skillfleet.desktop.core.intent.Intent.REFINE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cue table: which words and phrases point at which intent, and how strongly. Written as plain text; the
 * {@link CueMatcher} turns each word into its lemma, so "creating" and "creat" find the "create" cue.
 *
 * <p>Weights: 3 for a verb that states the request by itself ("create", "list", "improve"), less for words that only
 * lean one way ("new", "where", "typo"); small talk gets 3 to 4 so that "Hello" is confidently chat.
 */
final class Cues {

    private Cues() {
    }

    /** Verbs that bring a new skill into being. */
    static final List<String> CREATE_VERBS = List.of(
            "create", "make", "build", "draft", "write", "generate", "author", "design", "scaffold", "compose",
            "craft", "develop", "produce", "teach");

    /** Verbs and question words that look things up. */
    static final List<String> QUERY_VERBS = List.of(
            "list", "show", "find", "search", "browse", "display", "view", "see", "exist", "cover", "mention",
            "contain", "look", "open");

    /** Verbs that change a skill that exists. "add" is here; {@link VerbSense} moves "add a … skill" to create. */
    static final List<String> REFINE_VERBS = List.of(
            "improve", "fix", "update", "refine", "tighten", "polish", "shorten", "rename", "edit", "revise",
            "rewrite", "modify", "change", "enhance", "expand", "extend", "simplify", "correct", "tweak", "adjust",
            "optimize", "optimise", "streamline", "trim", "reword", "rephrase", "condense", "clarify", "restructure",
            "reorganize", "reorganise", "amend", "upgrade", "enrich", "sharpen", "lengthen", "proofread", "repair",
            "debug", "retitle", "add", "clean", "tidy", "review", "critique");

    /** The words a typing slip may be corrected to: the request vocabulary, not the small talk ("cool" vs "tool"). */
    static final List<String> CORRECTABLE = concat(CREATE_VERBS, QUERY_VERBS, REFINE_VERBS, List.of(
            "what", "which", "where", "anything", "available", "library", "catalogue", "installed", "improvement",
            "cleanup", "hello", "thanks", "thank", "goodbye", "morning", "evening", "greetings"));

    static final List<Cue> ALL = build();

    private static List<Cue> build() {
        List<Cue> cues = new ArrayList<>();

        // Create: a verb of making, "new", wanting a skill taught, and a few idioms.
        add(cues, CREATE_SKILL, 3.0, REQUEST, CREATE_VERBS.toArray(String[]::new));
        add(cues, CREATE_SKILL, 3.0, REQUEST, "come up with", "put together", "whip up", "spin up", "set up");
        add(cues, CREATE_SKILL, 2.5, REQUEST, "new");
        for (String audience : List.of("agent", "agents", "assistant", "model", "claude", "ai", "bot", "llm")) {
            for (String determiner : List.of("", "the ", "my ", "our ")) {
                teach(cues, determiner + audience);
            }
        }
        for (String pronoun : List.of("you", "it", "me", "us", "them")) {
            teach(cues, pronoun);
        }

        // Query: looking, question words, and yes/no questions about what exists.
        add(cues, QUERY, 3.0, REQUEST, "list", "show", "find", "search", "browse", "display", "view", "what", "which");
        add(cues, QUERY, 3.0, REQUEST, "is there", "do i have", "do we have", "do you have", "have i get",
                "have we get", "how many", "tell me about", "look up", "look for", "look at", "search for",
                "let me see", "get anything", "what do i have", "what do we have", "what have i get");
        add(cues, QUERY, 2.5, REQUEST, "where", "open");
        add(cues, QUERY, 2.0, REQUEST, "see", "any", "exist");
        add(cues, QUERY, 1.5, REQUEST, "anything", "available", "library", "catalogue", "catalog");
        add(cues, QUERY, 1.0, REQUEST, "installed", "cover", "mention", "contain");

        // Refine: verbs of change, "clean up", what is wrong with a skill, and how it should get better.
        add(cues, REFINE, 3.0, REQUEST, REFINE_VERBS.toArray(String[]::new));
        add(cues, REFINE, 3.0, REQUEST, "clean up", "tidy up", "fix up", "touch up", "brush up", "improvement",
                "cleanup");
        add(cues, REFINE, 2.0, REQUEST, "typo", "mistake", "wrong", "broken", "outdated", "out of date", "verbose",
                "unclear", "confusing", "too long", "too short", "too vague");
        add(cues, REFINE, 1.5, REQUEST, "shorter", "clearer", "simpler", "tighter", "cleaner", "better", "concise",
                "more concise", "more specific", "more detailed");

        // Chat: conversation with the assistant itself.
        add(cues, CHAT, 4.0, ANYWHERE, "how are you", "how be it go", "how's it going", "how do you do", "what up", "what be up",
                "what can you do", "what do you do", "what be you", "who be you", "who make you", "who build you",
                "who create you", "who write you", "be you there", "be you a bot", "be you an ai", "be you human",
                "nice to meet you", "good morning", "good afternoon", "good evening", "good night", "good day",
                "talk to you later", "never mind", "nevermind", "thank you", "thanks a lot", "tell me a joke",
                "tell me something funny", "make me laugh", "good job", "well done", "how do this work",
                "how do it work", "i'm fine", "i be fine", "how can you help", "what can you help with",
                "can you help me", "you're welcome", "what be your name", "what's your name", "how do i use this",
                "who be i talk to", "joke");
        add(cues, CHAT, 3.0, EDGE, "get it", "sound good", "love it", "see you", "see ya", "you there");
        add(cues, CHAT, 3.0, EDGE, "hello", "hi", "hey", "hiya", "howdy", "greetings", "thanks", "thank", "thx",
                "ty", "cheers", "bye", "goodbye", "morning", "evening", "sup");
        add(cues, CHAT, 2.5, EDGE, "yo", "lol", "haha", "hehe", "heh");
        add(cues, CHAT, 2.0, EDGE, "ok", "okay", "cool", "nice", "great", "awesome", "perfect", "sorry", "yes", "yep",
                "yeah", "no", "nope", "sure", "help", "hmm", "wow", "oops", "bravo", "neat");
        return List.copyOf(cues);
    }

    private static void teach(List<Cue> cues, String audience) {
        // "teach the agent how to …" asks for a new skill as surely as "create a skill for …" does.
        add(cues, CREATE_SKILL, 3.0, REQUEST, "teach " + audience, "teach " + audience + " to",
                "teach " + audience + " how to");
    }

    private static void add(List<Cue> cues, Intent intent, double weight, Cue.Reach reach, String... phrases) {
        for (String phrase : phrases) {
            cues.add(new Cue(intent, Arrays.asList(phrase.split(" ")), weight, reach));
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
