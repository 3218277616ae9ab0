package dev.skillfleet.desktop.core.refine;

import dev.skillfleet.desktop.core.engine.DescriptionText;
import dev.skillfleet.desktop.core.engine.SkillNaming;
import dev.skillfleet.desktop.core.skill.SkillDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Tighten the description": at most 300 characters of whole sentences that end, or include, the sentence saying
 * when to use the skill. Agents read every skill's description to pick one, so a long one costs every task, and one
 * without a trigger is picked by luck.
 */
final class DescriptionTightener {

    static final int TIGHT = 300;
    private static final int MAX = 1024;

    /**
     * What the validator's warning accepts as saying when to use a skill (the expression of
     * {@code QualityText.WHEN_TRIGGER}): a description it accepts never gets a second trigger.
     */
    private static final Pattern SAYS_WHEN =
            Pattern.compile("(?iu)\\b(?:when|whenever|trigger(?:s|ed)?|use (?:it |this(?: skill)? )?(?:for|if))\\b");

    /**
     * The tightened description, or null when it stays as it is.
     *
     * @param reasons gets one sentence per change
     * @param notes   gets why nothing changed (unless {@code quiet}) or what is still long
     */
    static String tighten(String description, String name, List<String> reasons, List<String> notes, boolean quiet) {
        String stripped = description.strip();
        String text = stripped.replaceAll("\\s+", " ");
        int before = length(stripped);
        boolean saysWhen = SAYS_WHEN.matcher(text).find();
        if (length(text) <= TIGHT && saysWhen) {
            if (!quiet) {
                notes.add("The description is already " + before + " characters and says when to use the skill.");
            }
            return null;
        }
        String subject = SkillNaming.title(SkillNaming.normalize(name)).toLowerCase(Locale.ROOT);
        String trigger = saysWhen ? "" : "Use when a task involves "
                + (subject.isEmpty() ? "what this skill covers" : subject) + ".";
        String tightened = keepTrigger(text, trigger);
        if (length(tightened) > MAX) {
            tightened = DescriptionText.cutAtSentence(tightened, MAX);
        }
        if (tightened.equals(text)) {
            notes.add("The description is " + before + " characters: its first sentence and the sentence saying when "
                    + "to use the skill are already longer than " + TIGHT + " together. Shorten them by hand.");
            return null;
        }
        int after = length(tightened);
        if (after < length(text)) {
            reasons.add("Tightened the description from " + before + " to " + after + " characters, keeping whole "
                    + "sentences" + (saysWhen ? " and the one saying when to use the skill" : "") + ".");
        }
        if (!trigger.isEmpty()) {
            reasons.add("Added a trigger to the description (\u201c" + trigger + "\u201d): agents pick skills by "
                    + "their description, so it must say when to use the skill. Make it name the real situations.");
        }
        if (after > TIGHT) {
            notes.add("The description is still " + after + " characters: its first sentence and the sentence saying "
                    + "when to use the skill are longer than " + TIGHT + " together. Shorten them by hand.");
        }
        return tightened;
    }

    /** What {@link #tighten} would say when the description is not text: the other rules cannot help. */
    static String notText(SkillDocument doc) {
        return doc.frontmatter().containsKey("description") && doc.frontmatter().get("description") != null
                ? "The description is not text, so it cannot be tightened: run \u201cFix validation problems\u201d "
                + "first, or write it as one line."
                : "The skill has no description to tighten: run \u201cFix validation problems\u201d first.";
    }

    /**
     * The opening sentences that fit in {@value #TIGHT} characters together with the trigger sentence, in their
     * order; the trigger is the description's own "Use when" sentence (another "when" sentence if it has none), or
     * {@code generated} appended. The first sentence and the trigger stay even when they alone are longer: a
     * description cut mid-sentence, or without its trigger, is worse than a long one.
     */
    private static String keepTrigger(String text, String generated) {
        List<String> sentences = sentences(text);
        int trigger = -1;
        if (generated.isEmpty()) {
            trigger = indexOf(sentences, DescriptionText.USE_WHEN_CLAUSE);
            trigger = trigger >= 0 ? trigger : indexOf(sentences, SAYS_WHEN);
        }
        int triggerLength = trigger >= 0 ? length(sentences.get(trigger)) : length(generated);
        int budget = TIGHT - (triggerLength > 0 ? triggerLength + 1 : 0);
        boolean[] kept = new boolean[sentences.size()];
        int used = 0;
        boolean any = false;
        for (int i = 0; i < sentences.size(); i++) {
            if (i == trigger) {
                continue;
            }
            int add = length(sentences.get(i)) + (any ? 1 : 0);
            boolean opening = !any && (trigger < 0 || trigger > i);
            if (used + add > budget && !opening) {
                break;
            }
            kept[i] = true;
            used += add;
            any = true;
        }
        if (trigger >= 0) {
            kept[trigger] = true;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (kept[i]) {
                out.add(sentences.get(i));
            }
        }
        if (!generated.isEmpty()) {
            out.add(generated);
        }
        return String.join(" ", out);
    }

    private static int indexOf(List<String> sentences, Pattern pattern) {
        for (int i = 0; i < sentences.size(); i++) {
            if (pattern.matcher(sentences.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The description's sentences, cut as {@link DescriptionText} cuts them ("v1.2" does not end one). */
    static List<String> sentences(String text) {
        return DescriptionText.sentences(text);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
