package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.skill.Skill;

/** The badge a skill gets in the library: how far it is from passing validation. */
public enum Validity {
    /** No errors, no warnings. */
    VALID("valid"),
    /** Passes validation with Skill Fleet advice. */
    WARNINGS("warnings"),
    /** Loaded, but fails strict validation. */
    INVALID("invalid"),
    /** SKILL.md could not be read as frontmatter plus body. */
    BROKEN("broken");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Fails validation one way or another: what the "Invalid only" filter keeps. */
    public boolean failing() {
        return this == INVALID || this == BROKEN;
    }

    public static Validity of(Skill skill) {
        if (skill.broken()) {
            return BROKEN;
        }
        if (!skill.report().valid()) {
            return INVALID;
        }
        return skill.report().warnings().isEmpty() ? VALID : WARNINGS;
    }
}
