package dev.skillfleet.desktop.core.refine;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the built-in engine makes of the user's own words: the quick actions they name. Anything else needs a model,
 * and the refiner says so rather than guess.
 */
final class InstructionWords {

    private static final Pattern FIX = Pattern.compile("\\b(?:fix|fixes|repair|valid|invalid|validat\\w*|errors?|"
            + "problems?)\\b");
    private static final Pattern TIGHTEN = Pattern.compile("\\b(?:tighten|tighter|tight|concise)\\b");
    private static final Pattern WHEN_TO_USE = Pattern.compile("\\bwhen[ -]to[ -]use\\b");
    private static final Pattern EXAMPLES = Pattern.compile("\\bexamples?\\b");
    private static final Pattern SHORTEN = Pattern.compile("\\b(?:shorten|shorter|trim|cut down|condense|"
            + "less verbose|remove filler)\\b");
    private static final Pattern DESCRIPTION = Pattern.compile("\\bdescriptions?\\b");
    private static final Pattern BODY = Pattern.compile("\\b(?:body|skill|whole|everything|all)\\b");

    private InstructionWords() {
    }

    /** The actions the words ask for, in the order they are applied (the enum's); empty when none. */
    static List<RefineAction> actions(String instruction) {
        String words = instruction.toLowerCase(Locale.ROOT);
        Set<RefineAction> actions = EnumSet.noneOf(RefineAction.class);
        if (FIX.matcher(words).find()) {
            actions.add(RefineAction.FIX_PROBLEMS);
        }
        boolean shorten = SHORTEN.matcher(words).find();
        // "Shorten the description" means the description only; "shorten the skill" the whole of it.
        boolean descriptionOnly = shorten && DESCRIPTION.matcher(words).find() && !BODY.matcher(words).find();
        if (TIGHTEN.matcher(words).find() || descriptionOnly) {
            actions.add(RefineAction.TIGHTEN_DESCRIPTION);
        }
        if (WHEN_TO_USE.matcher(words).find()) {
            actions.add(RefineAction.ADD_WHEN_TO_USE);
        }
        if (EXAMPLES.matcher(words).find()) {
            actions.add(RefineAction.ADD_EXAMPLES);
        }
        if (shorten && !descriptionOnly) {
            actions.add(RefineAction.SHORTEN);
        }
        return List.copyOf(actions);
    }
}
