package dev.skillfleet.desktop.core.skill;

/** A SKILL.md that cannot be read as frontmatter plus body; {@link #line()} points into the file for the editor. */
public final class SkillParseException extends Exception {

    private final int line;

    public SkillParseException(String message, int line) {
        super(message);
        this.line = Math.max(0, line);
    }

    /** 1-based line in the SKILL.md, 0 when unknown. */
    public int line() {
        return line;
    }
}
