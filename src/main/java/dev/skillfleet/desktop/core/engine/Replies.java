package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.intent.IntentMatch;

import java.util.Locale;

/**
 * Small helpers every handler uses to speak, offline or model-backed, so both read alike: steps as thinking lines,
 * answers in streamed pieces.
 */
public final class Replies {

    private Replies() {
    }

    public static void step(TurnOutput out, String format, Object... args) {
        out.thinking(String.format(Locale.ROOT, format, args) + "\n");
    }

    public static void intentStep(TurnOutput out, IntentMatch match) {
        String name = switch (match.intent()) {
            case CREATE_SKILL -> "create skill";
            case QUERY -> "query";
            case REFINE -> "refine";
            case CHAT -> "chat";
        };
        step(out, "Intent: %s (%.2f)", name, match.confidence());
    }

    /** Sends the answer line by line, the way a model's answer arrives, so every view streams it the same way. */
    public static void answer(TurnOutput out, String markdown) {
        int start = 0;
        while (start < markdown.length()) {
            int newline = markdown.indexOf('\n', start);
            int end = newline < 0 ? markdown.length() : newline + 1;
            out.response(markdown.substring(start, end));
            start = end;
        }
    }

    public static String quote(String text) {
        return "\u201c" + text + "\u201d";
    }

    public static String plural(int count, String singular) {
        return plural(count, singular, singular + "s");
    }

    public static String plural(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** The first sentence of a description, for one-line listings. */
    public static String firstSentence(String text, int max) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        int stop = oneLine.indexOf(". ");
        String sentence = stop > 0 ? oneLine.substring(0, stop + 1) : oneLine;
        return sentence.length() <= max ? sentence : sentence.substring(0, max - 1).stripTrailing() + "\u2026";
    }
}
