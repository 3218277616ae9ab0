package dev.skillfleet.desktop.core.intent;

/**
 * What a message is about: the message with the request's own words removed, in the user's own spelling and casing.
 *
 * <p>"Create a Redis caching skill" → "Redis caching"; "Could you please draft a skill about GraphQL?" → "GraphQL";
 * "Tighten the mcp-builder skill" → "mcp-builder"; "Do I have anything about MCP servers?" → "MCP servers".
 *
 * <p>The request's words frame the subject: politeness, the verb, articles and the skill noun before it, "for" /
 * "about" / "that teaches how to" linking it, and "skills", "do I have?", "please" after it. Once a linking word has
 * been passed, request words are the subject's own ("Draft a skill for WRITING release notes"). The subject ends at
 * the end of its sentence.
 */
final class SubjectExtractor {

    /** A subject is a name or a short phrase; a pasted paragraph is cut at a word boundary. */
    static final int MAX_LENGTH = 200;
    /** The weight of a word that states a request by itself (see {@link Cues}). */
    private static final double FULL_REQUEST = 3.0;

    private SubjectExtractor() {
    }

    /**
     * @param confident whether {@code intent} is sure; an unsure classification still gets a subject (read with any
     *                  intent's words removed) so that it can be routed once the user says which intent was meant
     */
    static String extract(ParsedMessage message, Intent intent, boolean confident) {
        if (intent == Intent.CHAT && confident) {
            return "";
        }
        if (intent == Intent.REFINE || intent == Intent.QUERY) {
            String named = namedSkill(message);
            if (!named.isEmpty()) {
                return named;
            }
        }
        int from = afterLeadingFrame(message);
        int end = clauseEnd(message, from);
        if (intent == Intent.REFINE) {
            end = changeLink(message, from, end);
        }
        int to = beforeTrailingFrame(message, from, end);
        int noun = firstSkillNoun(message, from, to);
        if (noun < 0) {
            return text(message, from, to);
        }
        // A skill noun inside what is left: "Python skill for data cleaning", "async skill to async-patterns".
        String before = text(message, from, beforeTrailingFrame(message, from, noun));
        String after = text(message, afterLinks(message, noun + 1, to), to);
        if (intent == Intent.CREATE_SKILL) {
            return cap((before + " " + after).strip());
        }
        // Looking up or changing a skill: the words before the noun name it, the rest say what to do with it.
        return before.isEmpty() ? after : before;
    }

    /** "the X skill", "my X skill": the X of the first singular skill noun with a definite determiner. */
    private static String namedSkill(ParsedMessage message) {
        for (int noun = 0; noun < message.size(); noun++) {
            Token token = message.token(noun);
            if (!Words.SKILL_NOUNS.contains(token.lemma()) || token.plural()) {
                continue;
            }
            for (int d = noun - 1; d >= Math.max(0, noun - 1 - EvidenceRules.DETERMINER_REACH); d--) {
                String lemma = message.token(d).lemma();
                if (Words.DEFINITE.contains(lemma)) {
                    return d + 1 < noun ? text(message, d + 1, noun) : "";
                }
                if (Words.CONNECTORS.contains(lemma) || Words.INDEFINITE.contains(lemma)
                        || message.token(d + 1).clauseStart()) {
                    break;
                }
            }
        }
        return "";
    }

    /** The index of the first word after the request's opening frame. */
    private static int afterLeadingFrame(ParsedMessage message) {
        int i = 0;
        boolean framed = false;   // a request word or skill noun has been passed
        boolean linked = false;   // a linking word ("for", "about", "of") has been passed: request words are content
        boolean relative = false; // right after "a skill that …"
        while (i < message.size()) {
            String lemma = message.token(i).lemma();
            CueHit claim = message.claimOf(i);
            if (!linked && claim != null) {
                if (!frames(claim, message.main())) {
                    break;
                }
                i = claim.end();
                framed = true;
            } else if (Words.CONNECTORS.contains(lemma) && beyondMain(message, i)) {
                i++;
                linked = true;
                relative = false;
            } else if (afterSkillNoun(message, i)
                    && (Words.RELATIVES.contains(lemma) || Words.SKILL_VERBS.contains(lemma))) {
                // "a skill THAT teaches …", "which skill HANDLES PDFs": what follows describes the skill.
                i++;
                linked = true;
                relative = true;
            } else if (relative && Words.RELATIVE_PADDING.contains(lemma)) {
                i++;
            } else if (!linked && (Words.PREAMBLE.contains(lemma) || (framed && Words.PARTICLES.contains(lemma)))) {
                i++;
            } else if (!linked && Words.PARTS.contains(lemma) && i + 1 < message.size()
                    && Words.PART_LINKS.contains(message.token(i + 1).lemma())) {
                i += 2; // "the description of", "examples to", "the typos in"
                linked = true;
                framed = true;
            } else if (Words.DETERMINERS.contains(lemma)) {
                i++;
            } else if (Words.SKILL_NOUNS.contains(lemma)) {
                i++;
                framed = true;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Whether a cue found before the subject is part of the request rather than of the subject: small talk, the main
     * request and what precedes it, question words ("show me WHAT skills I have"), and weaker cue words after it
     * ("a NEW skill", "skills that EXIST"). A verb of making or changing after the main request describes the
     * subject: "Create a WRITING skill", "Show me DEBUGGING skills".
     */
    private static boolean frames(CueHit claim, CueHit main) {
        return !claim.request() || main == null || claim.start() <= main.start() || claim.intent() == Intent.QUERY
                || claim.cue().weight() < FULL_REQUEST;
    }

    /** Before the main request "to" is padding ("I want TO make …"); after it, a link ("a skill TO parse …"). */
    private static boolean beyondMain(ParsedMessage message, int i) {
        return message.main() == null || i > message.main().start();
    }

    private static boolean afterSkillNoun(ParsedMessage message, int i) {
        return i > 0 && Words.SKILL_NOUNS.contains(message.token(i - 1).lemma());
    }

    /** The subject never runs past the end of its sentence. */
    private static int clauseEnd(ParsedMessage message, int from) {
        for (int i = from + 1; i < message.size(); i++) {
            if (message.token(i).clauseStart()) {
                return i;
            }
        }
        return message.size();
    }

    /** A refinement names the skill, then says how to change it: "rename [mcp-builder] to …", "[async] by adding …". */
    private static int changeLink(ParsedMessage message, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (Words.CHANGE_LINKS.contains(message.token(i).lemma())) {
                return i;
            }
        }
        return to;
    }

    /** Drops closing words that are the request's, not the subject's: "… skills, please", "… do I have?". */
    private static int beforeTrailingFrame(ParsedMessage message, int from, int to) {
        while (to > from) {
            int phrase = trailingPhraseLength(message, from, to);
            if (phrase > 0) {
                to -= phrase;
                continue;
            }
            String lemma = message.token(to - 1).lemma();
            CueHit claim = message.claimOf(to - 1);
            boolean smallTalk = claim != null && !claim.request();
            if (Words.TRAILING.contains(lemma) || Words.SKILL_NOUNS.contains(lemma) || smallTalk
                    || Words.DETERMINERS.contains(lemma) || Words.CONNECTORS.contains(lemma)) {
                to--;
            } else {
                break;
            }
        }
        return to;
    }

    private static int trailingPhraseLength(ParsedMessage message, int from, int to) {
        for (var phrase : Words.TRAILING_PHRASES) {
            int start = to - phrase.size();
            if (start < from) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < phrase.size() && matches; k++) {
                matches = message.token(start + k).is(phrase.get(k));
            }
            if (matches) {
                return phrase.size();
            }
        }
        return 0;
    }

    /** Skips the links after an inner skill noun: "skill [for the] data cleaning", "skill [that teaches how to] …". */
    private static int afterLinks(ParsedMessage message, int from, int to) {
        int i = from;
        while (i < to) {
            String lemma = message.token(i).lemma();
            if (Words.CONNECTORS.contains(lemma) || Words.RELATIVES.contains(lemma)
                    || Words.DETERMINERS.contains(lemma) || Words.RELATIVE_PADDING.contains(lemma)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int firstSkillNoun(ParsedMessage message, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Words.SKILL_NOUNS.contains(message.token(i).lemma())) {
                return i;
            }
        }
        return -1;
    }

    /** The user's own text for words {@code from..to}, whitespace runs made single spaces. */
    private static String text(ParsedMessage message, int from, int to) {
        if (from >= to) {
            return "";
        }
        String raw = message.text().substring(message.token(from).start(), message.token(to - 1).end());
        return cap(raw.replaceAll("\\s+", " ").strip());
    }

    private static String cap(String subject) {
        if (subject.length() <= MAX_LENGTH) {
            return subject;
        }
        int cut = subject.lastIndexOf(' ', MAX_LENGTH);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(subject.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        }
        return subject.substring(0, cut).strip();
    }
}
