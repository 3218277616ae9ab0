package dev.skillfleet.desktop.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shortening and writing descriptions by rule, shared by the chat's offline refiner and the rule-based fixer
 * ({@code core.refine.SkillFixer}), so "cut at a sentence" means the same wherever a skill is fixed.
 */
public final class DescriptionText {

    /** "Use when …" / "Use this skill when …": the sentence agents pick a skill by, kept when a text is cut. */
    public static final Pattern USE_WHEN_CLAUSE = Pattern.compile("\\bUse (?:this skill )?when ([^.]+)\\.?",
            Pattern.CASE_INSENSITIVE);

    private DescriptionText() {
    }

    /**
     * Keeps whole sentences within {@code limit} characters, and keeps the "Use when" sentence if there is room for
     * it (it moves to the end). A text with no sentence short enough is cut at a word and ends with a full stop.
     */
    public static String cutAtSentence(String text, int limit) {
        List<String> sentences = sentences(text);
        String trigger = sentences.stream().filter(s -> USE_WHEN_CLAUSE.matcher(s).find()).findFirst().orElse("");
        StringBuilder kept = new StringBuilder();
        for (String sentence : sentences) {
            if (sentence.equals(trigger)) {
                continue;
            }
            int room = limit - (trigger.isEmpty() ? 0 : trigger.length() + 1);
            if (kept.length() + sentence.length() + 1 > room) {
                break;
            }
            kept.append(kept.isEmpty() ? "" : " ").append(sentence);
        }
        if (!trigger.isEmpty() && kept.length() + trigger.length() + 1 <= limit) {
            kept.append(kept.isEmpty() ? "" : " ").append(trigger);
        }
        if (kept.isEmpty()) {
            int space = text.lastIndexOf(' ', limit - 2);
            return text.substring(0, space > 0 ? space : limit - 1) + ".";
        }
        return kept.toString();
    }

    /** The opening sentence of the body's first prose paragraph (not a heading or code), or "" when there is none. */
    public static String firstParagraph(String body) {
        for (String paragraph : body.split("\\n\\s*\\n")) {
            String text = paragraph.strip();
            if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("```")) {
                return Replies.firstSentence(text, 300);
            }
        }
        return "";
    }

    /**
     * The text cut after each run of {@code .!?} that is followed by white space or the end, so every character
     * belongs to a sentence: "us.anthropic.*" or "v1.2" inside a sentence does not end it, nor lose its words.
     */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (".!?".indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && ".!?".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end == text.length() || Character.isWhitespace(text.charAt(end))) {
                add(sentences, text.substring(start, end));
                start = end;
            }
            i = end - 1;
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String stripped = sentence.strip();
        if (!stripped.isEmpty()) {
            sentences.add(stripped);
        }
    }
}
