package dev.skillfleet.desktop.core.intent;

import java.util.List;
import java.util.Map;

/**
 * Classifies a user message as creating a skill, querying the library, refining a skill or chatting, locally and
 * instantly, with a confidence in 0..1 and the message's subject.
 *
 * <p>Rule-based and deterministic: the message's opening is split into words ({@link Tokenizer}), each reduced to a
 * lemma with typing slips undone ({@link Lexicon}); the cue table ({@link Cues}) is matched against them
 * ({@link CueMatcher}); weighted rules turn cues, skill nouns, articles and question forms into evidence
 * ({@link EvidenceRules}); a softmax over the evidence gives the scores, so the confidence of the winner reflects its
 * margin over the runner-up ({@link Confidence}). Below {@link IntentMatch#THRESHOLD} the caller should ask which
 * intent was meant. {@link #explain} lists the evidence behind a classification.
 *
 * <p>Thread-safe and cheap to create: all tables are shared and immutable.
 */
public final class IntentClassifier {

    private static final Lexicon LEXICON = Lexicon.standard();
    private static final Tokenizer TOKENIZER = new Tokenizer(LEXICON);
    private static final CueMatcher CUE_MATCHER = new CueMatcher(LEXICON, Cues.ALL);

    /**
     * Classifies one message. Never throws: null or blank is chat with low confidence and no subject. Only the first
     * few thousand characters are read, so any message classifies instantly.
     */
    public IntentMatch classify(String message) {
        ParsedMessage parsed = parse(message);
        Map<Intent, Double> scores = Confidence.scores(EvidenceRules.collect(parsed));
        Intent best = Confidence.best(scores);
        double confidence = scores.get(best);
        String subject = SubjectExtractor.extract(parsed, best, confidence >= IntentMatch.THRESHOLD);
        return new IntentMatch(best, confidence, subject, scores);
    }

    /**
     * The evidence behind {@link #classify}, one line per rule that fired, e.g.
     * {@code "+3.00 CREATE_SKILL: main request 'create'"}; for diagnostics.
     */
    public List<String> explain(String message) {
        return EvidenceRules.collect(parse(message)).reasons();
    }

    private static ParsedMessage parse(String message) {
        String text = Tokenizer.opening(message == null ? "" : message);
        List<Token> tokens = TOKENIZER.tokenize(text);
        return ParsedMessage.of(text, tokens, CUE_MATCHER.match(tokens));
    }
}
