package dev.skillfleet.desktop.core.library;

/** The shapes a new skill can start from (see {@link SkillTemplates} for their text). */
public enum SkillTemplate {

    MINIMAL("Minimal", "The frontmatter, a short overview and a When to Use section: for a small, focused skill."),
    STANDARD("Standard", "Adds Instructions, Examples and where longer references go: the usual shape of a skill."),
    COMPREHENSIVE("Comprehensive", "Adds a workflow, examples, common pitfalls and the references/, scripts/ and "
            + "assets/ folders, each with a README that explains what belongs there.");

    private final String label;
    private final String summary;

    SkillTemplate(String label, String summary) {
        this.label = label;
        this.summary = summary;
    }

    /** A short name for menus, e.g. "Standard". */
    public String label() {
        return label;
    }

    /** One sentence on what the template gives, for the "New skill" dialog. */
    public String summary() {
        return summary;
    }
}
