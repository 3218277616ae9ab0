package dev.skillfleet.desktop.core.refine;

/**
 * The editor's quick actions on one SKILL.md. Each has a label for its button and the words a model is sent for it,
 * so the built-in rules and a model engine are asked the same thing.
 */
public enum RefineAction {

    FIX_PROBLEMS("Fix validation problems",
            "Fix every validation problem listed in the findings (name, description, frontmatter keys, a missing "
                    + "When to Use section) and change nothing else."),
    TIGHTEN_DESCRIPTION("Tighten the description",
            "Tighten the description to at most 300 characters: keep what the skill does and end with a \"Use when\" "
                    + "sentence saying when to use it. Change nothing else."),
    ADD_WHEN_TO_USE("Add When to Use",
            "Add a \"## When to Use\" section after the title and opening paragraph, with one bullet per situation "
                    + "that calls for the skill. Change nothing else."),
    ADD_EXAMPLES("Add examples",
            "Add an \"## Examples\" section with two short, realistic examples: a user's request and what the agent "
                    + "does with this skill. Change nothing else."),
    SHORTEN("Shorten",
            "Make the skill shorter without losing any instruction, command, setting or example: tighten the "
                    + "description, remove repetition, filler phrases and extra blank lines.");

    private final String label;
    private final String instruction;

    RefineAction(String label, String instruction) {
        this.label = label;
        this.instruction = instruction;
    }

    /** The button's text. */
    public String label() {
        return label;
    }

    /** The words sent to a model for this action. */
    public String instruction() {
        return instruction;
    }
}
