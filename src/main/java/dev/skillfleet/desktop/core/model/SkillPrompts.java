package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.skill.ValidationIssue;

import java.util.List;

/**
 * The prompts that make a model write a SKILL.md: one set of format rules (skill-format.md, the rules the validator
 * enforces plus the quality checks it warns about) shared by creating, refining and repairing, so the model is
 * held to the same file in all three.
 */
final class SkillPrompts {

    static final String FORMAT_RULES = """
            Format rules (a validator checks every one; a file that breaks one is rejected):
            1. The file starts with a line `---`, then YAML frontmatter, then a line `---`, then the Markdown body.
            2. Top-level frontmatter keys: `name` and `description` (both required); optionally `license`, \
            `compatibility` (a string under 500 characters), `metadata` (a map of strings to strings) and \
            `allowed-tools`. No other top-level keys: anything else goes under `metadata`.
            3. `name`: 1 to 64 characters; lowercase letters, digits and single hyphens; no hyphen at the start or \
            end, no `--`. It is also the skill's folder name.
            4. `description`: one line of 1 to 1024 characters (aim for under 300) saying what the skill does and \
            when to use it, ending with a trigger sentence that starts with "Use when". Put it in double quotes if \
            it contains a colon.
            5. The body has these sections, in order: `# <Title>`, a short summary paragraph, `## When to Use` \
            (bullets: the situations that call for the skill), `## Instructions` (numbered, concrete steps an agent \
            can follow), `## Example` (a realistic request and what the agent does).
            6. The whole file stays under 500 lines. Be specific (commands, settings, pitfalls) and leave out filler.
            """;

    private static final String REPLY_FORMAT = """
            Reply with the complete SKILL.md only: no explanation before or after it, no code fence around it.
            """;

    private SkillPrompts() {
    }

    static String createSystem(String suggestedName, String category, String library) {
        return """
                You write agent skills for Skill Fleet Desktop. A skill is a folder holding a SKILL.md that agents \
                such as Claude load when its description matches the task at hand, then follow its instructions.

                """ + FORMAT_RULES + """

                Name the skill `%s` unless the request clearly calls for another name; never reuse the name of a \
                skill the library already has. It will be filed in the category `%s`.
                %s

                """.formatted(suggestedName, category, library) + REPLY_FORMAT;
    }

    static String createUser(String message, String topic) {
        return """
                Write the SKILL.md for this request: %s

                The skill's subject: %s
                """.formatted(message.strip(), topic);
    }

    static String refineSystem(String name) {
        return """
                You revise agent skills for Skill Fleet Desktop. You get a skill's current SKILL.md, the validator's \
                findings about it and the user's instruction. Apply the instruction, fix every error listed, and keep \
                everything the instruction does not ask to change: wording, sections, examples, and links to the \
                skill's other files (scripts/, references/, assets/). Keep the name `%s` unless it breaks a rule.

                """.formatted(name) + FORMAT_RULES + "\n" + REPLY_FORMAT;
    }

    static String refineUser(String instruction, String folder, List<ValidationIssue> findings, String current) {
        return """
                Instruction: %s

                Validator findings for the current file:
                %s
                Current SKILL.md of the folder `%s`:

                ````markdown
                %s
                ````
                """.formatted(instruction.strip(), bullets(findings), folder, current.stripTrailing());
    }

    /** The follow-up after a rejected answer: what failed, and that nothing else should change. */
    static String repair(String name, List<ValidationIssue> errors) {
        return """
                The validator rejected that SKILL.md:
                %s
                Fix every error above and change nothing else. The skill's folder is `%s`, so `name` must be exactly \
                `%s`. Reply with the complete corrected SKILL.md only, with no code fence or text around it.
                """.formatted(bullets(errors), name, name);
    }

    private static String bullets(List<ValidationIssue> issues) {
        if (issues.isEmpty()) {
            return "- none\n";
        }
        StringBuilder text = new StringBuilder();
        issues.forEach(issue -> text.append("- ").append(issue).append('\n'));
        return text.toString();
    }
}
