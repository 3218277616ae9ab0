package dev.skillfleet.desktop.core.intent;

import static dev.skillfleet.desktop.core.intent.Intent.CHAT;
import static dev.skillfleet.desktop.core.intent.Intent.CREATE_SKILL;
import static dev.skillfleet.desktop.core.intent.Intent.QUERY;
import static dev.skillfleet.desktop.core.intent.Intent.REFINE;

import java.util.EnumMap;
import java.util.Map;

/**
 * Turns a parsed message into weighted evidence for each intent. Every rule is a few lines with the reason for its
 * weight; {@link Confidence} turns the totals into scores.
 */
final class EvidenceRules {

    /** With nothing else to go on a message is conversation, but never confidently so. */
    static final double CHAT_PRIOR = 0.4;
    /** A request word that is not the main request ("Show me skills for WRITING tests") only leans. */
    static final double SECONDARY_CUE = 0.5;
    /** Secondary cues of one intent together never outweigh a main request. */
    static final double SECONDARY_CAP = 1.5;
    /** A main request preceded by more than this many content words ("For my big project, …") is weaker. */
    static final int MAX_LEAD = 3;
    static final double BURIED_MAIN = 2.0 / 3.0;
    /** Small talk opening or closing a request ("Hi! Create …", "…, thanks") is politeness, not the point. */
    static final double POLITENESS = 0.3;
    static final double SMALL_TALK_CAP = 5.0;
    /** Small talk counts at the edges only: within this many words of the start or end. */
    static final int EDGE = 3;
    /** Naming a skill makes a skill intent likelier than chat, without saying which. */
    static final double SKILL_MENTION = 0.8;
    /** "skills", plural: the library as a whole, something to list. */
    static final double PLURAL_SKILLS = 0.5;
    /** "a … skill", "a new skill": one that does not exist yet. */
    static final double INDEFINITE_SKILL = 1.0;
    /** "I need a … skill", "I'd like a skill": asking for one. */
    static final double WANTED_SKILL = 2.0;
    /** "the … skill", "my … skill": one that exists. */
    static final double DEFINITE_SKILL = 0.6;
    /** How far before a skill noun its determiner may be: "a [Python decorators] skill". */
    static final int DETERMINER_REACH = 3;
    static final double QUESTION_MARK = 0.5;
    /** "Is …", "Do …", "Has …" opening a message: a yes/no question about what exists. */
    static final double YES_NO_QUESTION = 1.0;
    /** "the description", "examples", "typos": parts of a skill, which refinements touch. */
    static final double PART_MENTION = 0.5;

    private EvidenceRules() {
    }

    static Evidence collect(ParsedMessage message) {
        Evidence evidence = new Evidence();
        evidence.add(CHAT, CHAT_PRIOR, "prior");
        requestCues(message, evidence);
        smallTalk(message, evidence);
        skillNouns(message, evidence);
        questionForm(message, evidence);
        partMentions(message, evidence);
        return evidence;
    }

    private static void requestCues(ParsedMessage message, Evidence evidence) {
        Map<Intent, Double> secondary = new EnumMap<>(Intent.class);
        for (CueHit hit : message.hits()) {
            if (!hit.request()) {
                continue;
            }
            String words = describe(message, hit);
            if (hit == message.main()) {
                boolean buried = message.mainLead() > MAX_LEAD;
                double weight = hit.cue().weight() * (buried ? BURIED_MAIN : 1.0);
                evidence.add(hit.intent(), weight, (buried ? "late main request " : "main request ") + words);
            } else {
                double room = SECONDARY_CAP - secondary.getOrDefault(hit.intent(), 0.0);
                double weight = Math.min(Math.min(hit.cue().weight(), SECONDARY_CUE), room);
                secondary.merge(hit.intent(), weight, Double::sum);
                evidence.add(hit.intent(), weight, "secondary cue " + words);
            }
        }
    }

    /** "'create'", or "'create' (typed 'creat')" when a typing slip was undone to find the cue. */
    private static String describe(ParsedMessage message, CueHit hit) {
        String cue = "'" + String.join(" ", hit.cue().words()) + "'";
        StringBuilder typed = new StringBuilder();
        boolean corrected = false;
        for (int i = hit.start(); i < hit.end(); i++) {
            corrected |= message.token(i).corrected();
            typed.append(typed.isEmpty() ? "" : " ").append(message.token(i).text());
        }
        return corrected ? cue + " (typed '" + typed + "')" : cue;
    }

    private static void smallTalk(ParsedMessage message, Evidence evidence) {
        double total = 0;
        StringBuilder words = new StringBuilder();
        for (CueHit hit : message.hits()) {
            boolean counts = switch (hit.cue().reach()) {
                case REQUEST -> false;
                case ANYWHERE -> true;
                case EDGE -> hit.start() < EDGE || hit.end() > message.size() - EDGE;
            };
            if (counts) {
                total += hit.cue().weight();
                words.append(words.isEmpty() ? "" : ", ").append(String.join(" ", hit.cue().words()));
            }
        }
        if (total == 0) {
            return;
        }
        double weight = Math.min(total, SMALL_TALK_CAP);
        if (message.main() != null) {
            evidence.add(CHAT, weight * POLITENESS, "small talk around a request (" + words + ")");
        } else {
            evidence.add(CHAT, weight, "small talk (" + words + ")");
        }
    }

    private static void skillNouns(ParsedMessage message, Evidence evidence) {
        boolean mentioned = false;
        boolean plural = false;
        boolean indefinite = false;
        boolean wanted = false;
        boolean definite = false;
        for (int i = 0; i < message.size(); i++) {
            Token token = message.token(i);
            if (!Words.SKILL_NOUNS.contains(token.lemma())) {
                continue;
            }
            mentioned = true;
            if (token.plural()) {
                plural = true;
                continue;
            }
            int determiner = nearestDeterminer(message, i);
            if (determiner < 0) {
                continue;
            }
            String lemma = message.token(determiner).lemma();
            if (Words.INDEFINITE.contains(lemma)) {
                indefinite = true;
                wanted |= determiner > 0 && Words.DESIRE.contains(message.token(determiner - 1).lemma());
            } else if (Words.DEFINITE.contains(lemma)) {
                definite = true;
            }
        }
        if (mentioned) {
            for (Intent intent : new Intent[] {CREATE_SKILL, QUERY, REFINE}) {
                evidence.add(intent, SKILL_MENTION, "mentions a skill");
            }
        }
        if (plural) {
            evidence.add(QUERY, PLURAL_SKILLS, "plural 'skills'");
        }
        if (indefinite) {
            evidence.add(CREATE_SKILL, INDEFINITE_SKILL, "'a/new … skill'");
        }
        if (wanted) {
            evidence.add(CREATE_SKILL, WANTED_SKILL, "'need/want a … skill'");
        }
        if (definite) {
            evidence.add(REFINE, DEFINITE_SKILL, "'the/my … skill'");
        }
    }

    /** The index of the determiner of the skill noun at {@code noun}, or -1: "a [new Python] skill". */
    private static int nearestDeterminer(ParsedMessage message, int noun) {
        for (int i = noun - 1; i >= Math.max(0, noun - 1 - DETERMINER_REACH); i--) {
            String lemma = message.token(i).lemma();
            if (Words.INDEFINITE.contains(lemma) || Words.DEFINITE.contains(lemma)) {
                return i;
            }
            if (Words.CONNECTORS.contains(lemma) || message.token(i + 1).clauseStart()) {
                return -1;
            }
        }
        return -1;
    }

    private static void questionForm(ParsedMessage message, Evidence evidence) {
        if (message.question()) {
            evidence.add(QUERY, QUESTION_MARK, "question mark");
        }
        if (message.size() > 0 && message.claimOf(0) == null
                && Words.QUESTION_OPENERS.contains(message.token(0).lemma())) {
            evidence.add(QUERY, YES_NO_QUESTION, "yes/no question '" + message.token(0).text() + "'");
        }
    }

    private static void partMentions(ParsedMessage message, Evidence evidence) {
        for (Token token : message.tokens()) {
            if (Words.PARTS.contains(token.lemma())) {
                evidence.add(REFINE, PART_MENTION, "names a part of a skill ('" + token.text() + "')");
                return;
            }
        }
    }
}
