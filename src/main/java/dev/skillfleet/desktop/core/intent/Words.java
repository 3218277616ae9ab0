package dev.skillfleet.desktop.core.intent;

import java.util.List;
import java.util.Set;

/**
 * The closed word classes the rules and the subject extraction share, as lemmas (see {@link Lexicon}).
 *
 * <p>These words carry the shape of a request ("could you please … a … skill for …") but never its subject.
 */
final class Words {

    private Words() {
    }

    /** What a request is about. Mentioning one makes create, query and refine likelier than chat. */
    static final Set<String> SKILL_NOUNS = Set.of("skill", "capability", "ability");

    /** Politeness and padding before the verb: "could you please", "I'd like to", "let's", "help me". */
    static final Set<String> PREAMBLE = Set.of(
            "please", "pls", "plz", "kindly", "could", "can", "would", "will", "shall", "should", "might", "must",
            "you", "u", "mind", "i", "i'd", "i'm", "i'll", "id", "im", "we", "we'd", "we'll", "let's", "lets", "let",
            "us", "me", "like", "love", "want", "wanna", "gonna", "need", "try", "to", "just", "now", "ok", "okay",
            "so", "also", "then", "and", "go", "ahead", "quickly", "maybe", "perhaps", "possibly", "really",
            "actually", "help", "be", "able", "do", "once", "again", "first", "next", "get", "how");

    /** Articles and the like (including the definite ones that point at an existing skill) and a few pronouns. */
    static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "my", "our", "your", "their", "this", "that", "these", "those", "some", "any", "all",
            "every", "each", "another", "existing", "current", "few", "couple", "more", "several", "its",
            // pronouns that stand for a skill or for an unnamed topic: "make IT shorter", "find SOMETHING about …"
            "it", "them", "something", "anything", "everything");

    /** "the X skill", "my X skill", "this skill": a skill that already exists, i.e. one to refine or look at. */
    static final Set<String> DEFINITE = Set.of("the", "my", "our", "your", "this", "that", "its", "existing", "current");

    /** "a X skill", "a new skill", "another skill": one that does not exist yet. */
    static final Set<String> INDEFINITE = Set.of("a", "an", "another", "new", "one");

    /** Wanting something: "I need a … skill", "I'd like a … skill". */
    static final Set<String> DESIRE = Set.of("need", "want", "like", "love", "wanna", "get");

    /** Words that link the request to its subject: "a skill FOR", "skills ABOUT", "the description OF". */
    static final Set<String> CONNECTORS = Set.of(
            "for", "about", "on", "to", "regarding", "re", "around", "with", "cover", "covering", "concerning",
            "involving", "in", "into", "named", "called", "related", "relating", "of", "from", "as", "so", "whether");

    /** Relative words opening a description of what a new skill does: "a skill THAT teaches …". */
    static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose");

    /** Verbs saying what a skill does, right after the skill noun: "which skill HANDLES PDFs", "skills COVERING …". */
    static final Set<String> SKILL_VERBS = Set.of(
            "teach", "help", "explain", "show", "know", "handle", "cover", "describe", "allow", "enable", "let", "do",
            "deal", "work", "support", "mention", "contain", "include", "can", "could", "will", "would", "should");

    /** In a refinement, what follows these says how to change the skill: "rename X TO …", "improve X BY adding …". */
    static final Set<String> CHANGE_LINKS = Set.of("to", "as", "into", "by", "with", "so", "because", "since", "using");

    /** Padding right after a relative word: "a skill that [teaches the agent how to] write release notes". */
    static final Set<String> RELATIVE_PADDING = Set.of(
            "teach", "help", "let", "explain", "show", "know", "can", "could", "will", "would", "should", "do",
            "handle", "cover", "describe", "be", "allow", "enable", "how", "to", "me", "you", "us", "them", "it",
            "agent", "agents", "assistant", "model", "claude", "ai", "llm", "bot", "people", "user", "users", "i",
            "we", "when", "about", "properly", "correctly", "better");

    /** Verb particles: "tighten UP", "clean UP", "look UP", "figure OUT". */
    static final Set<String> PARTICLES = Set.of("up", "out", "down", "over", "through");

    /** Parts of a skill a refinement touches: "the DESCRIPTION of", "EXAMPLES to", "the typos IN". */
    static final Set<String> PARTS = Set.of(
            "description", "example", "instruction", "wording", "frontmatter", "front-matter", "title", "name",
            "step", "section", "intro", "introduction", "summary", "trigger", "readme", "body", "text", "prose",
            "tone", "typo", "doc", "docs", "documentation", "metadata", "usage", "reference", "script", "test",
            "detail", "note", "phrasing", "formatting", "structure", "heading", "content", "markdown", "yaml",
            "mistake", "error", "bit", "part");

    /** What links a part to the skill it belongs to: "the description OF", "examples TO", "the typos IN". */
    static final Set<String> PART_LINKS = Set.of("of", "to", "in", "into", "for", "on", "from");

    /** Closing words that never belong to a subject: "… skills, please", "the async one", "… exist?". */
    static final Set<String> TRAILING = Set.of(
            "please", "pls", "plz", "now", "again", "thanks", "thank", "thx", "one", "ones", "anything", "any",
            "there", "exist", "available", "installed", "too", "already", "yet", "today", "here", "instead", "first",
            "asap", "quickly", "ok", "okay", "library", "collection", "catalogue", "catalog", "have", "get");

    /** Closing phrases that never belong to a subject: "… do I have?", "… in my library". */
    static final List<List<String>> TRAILING_PHRASES = List.of(
            List.of("do", "i", "have"), List.of("do", "we", "have"), List.of("do", "you", "have"),
            List.of("i", "have"), List.of("we", "have"), List.of("you", "have"), List.of("i've", "get"),
            List.of("have", "i", "get"), List.of("have", "we", "get"), List.of("be", "there"),
            List.of("for", "me"), List.of("in", "my", "library"), List.of("in", "the", "library"),
            List.of("in", "my", "collection"), List.of("that", "i", "have"), List.of("that", "exist"),
            List.of("right", "now"), List.of("at", "the", "moment"), List.of("thank", "you"),
            List.of("if", "you", "can"), List.of("if", "possible"), List.of("a", "bit"), List.of("for", "us"));

    /** Auxiliaries that open a yes/no question: "IS there …", "DO I have …", "HAS the … skill …". */
    static final Set<String> QUESTION_OPENERS = Set.of("be", "do", "have");
}
