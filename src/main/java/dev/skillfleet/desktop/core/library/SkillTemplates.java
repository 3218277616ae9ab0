package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.engine.SkillMarkdown;
import dev.skillfleet.desktop.core.engine.SkillNaming;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a new skill for each {@link SkillTemplate}. The sections hold guidance the author replaces with the
 * skill's specifics, written so that even unedited it tells an agent something sensible rather than filler. Every
 * template has a {@code ## When to Use} section, so with a description that says when to use the skill the result
 * validates without warnings.
 */
public final class SkillTemplates {

    /** "Use when X.", "Use this skill when X.", "… whenever X.": X becomes the first When to Use bullet. */
    private static final Pattern TRIGGER =
            Pattern.compile("(?i)\\b(?:use (?:this skill |it )?)?when(?:ever)?\\s+(.+?)(?:[.!?](?=\\s|$)|$)");

    private SkillTemplates() {
    }

    /**
     * The files of a new skill: "SKILL.md" first, then for {@link SkillTemplate#COMPREHENSIVE} a README in each of
     * {@code references/}, {@code scripts/} and {@code assets/}; paths are relative to the skill folder.
     */
    public static Map<String, String> files(SkillTemplate template, String name, String description) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SKILL.md", skillMd(template, name, description));
        if (template == SkillTemplate.COMPREHENSIVE) {
            files.put("references/README.md", REFERENCES_README);
            files.put("scripts/README.md", SCRIPTS_README);
            files.put("assets/README.md", ASSETS_README);
        }
        return files;
    }

    /** The SKILL.md alone; the description is quoted in the YAML wherever it needs to be. */
    public static String skillMd(SkillTemplate template, String name, String description) {
        Objects.requireNonNull(template, "template");
        Map<String, Object> frontmatter = new LinkedHashMap<>();
        frontmatter.put("name", name);
        frontmatter.put("description", description);
        String title = SkillNaming.title(name);
        String body = switch (template) {
            case MINIMAL -> minimal(title, description);
            case STANDARD -> standard(title, description);
            case COMPREHENSIVE -> comprehensive(title, description);
        };
        return SkillMarkdown.compose(frontmatter, body);
    }

    private static String minimal(String title, String description) {
        return """

                # %s

                %s

                ## When to Use

                %s
                ## Instructions

                Write the steps an agent should follow as a short numbered list: what to check first, what to do, \
                and how to confirm it worked. Keep this file brief; the agent reads all of it every time the skill \
                is used.
                """.formatted(title, overview(description), whenToUse(description));
    }

    private static String standard(String title, String description) {
        return """

                # %s

                %s

                ## When to Use

                %s
                Do not use it for tasks outside that scope; say here which neighbouring tasks belong to other skills.

                ## Instructions

                1. Restate the goal and its constraints before changing anything.
                2. Look at what the project already has for this task (code, configuration, documentation) and \
                follow its conventions.
                3. Make the smallest change that reaches the goal, and say why each choice was made.
                4. Verify the result: run the relevant tests or commands and report what was checked.

                Replace these general steps with this skill's specifics: the exact commands, the files to look at, \
                the order that matters and the decisions the agent must not make on its own.

                ## Examples

                **Request:** *a typical request, in the words a user would use.*

                **What the agent does:** *the steps it takes, and what the finished result looks like.*

                One or two concrete examples teach an agent more than general rules; add an edge case if the \
                skill has one that is easy to get wrong.

                ## References

                Keep this file to what the agent needs every time. Put longer material (API details, schemas, \
                policies) in a `references/` folder beside this file, one topic per file and one level deep, and \
                link each file from this section with a note on when to read it, e.g. \
                "read `references/api.md` before calling the API". The agent then loads it only when the task needs it.
                """.formatted(title, overview(description), whenToUse(description));
    }

    private static String comprehensive(String title, String description) {
        return """

                # %s

                %s

                ## Overview

                State in two or three sentences what problem this skill solves, what the agent produces when it \
                is done, and what the skill deliberately leaves out.

                ## When to Use

                %s
                Do not use it when:
                - the task only touches this area in passing and general knowledge is enough;
                - another skill covers the task more specifically (name it here).

                ## Workflow

                ### 1. Understand the task

                Restate the goal, the constraints and what "done" means. Ask before deciding anything that would \
                be expensive to undo.

                ### 2. Inspect before changing

                Read the relevant files, configuration and conventions first. Prefer what the project already does \
                over introducing a new pattern.

                ### 3. Make the change

                Work in small steps that can each be checked. When a script in `scripts/` does a step, run it \
                rather than re-creating its logic.

                ### 4. Verify

                Run the checks that prove the change works (tests, linters, a dry run) and read their output \
                rather than assuming success.

                ### 5. Report

                Summarise what changed, how it was verified and what is left open.

                Adapt each phase to this skill: name the exact commands, files and decisions it involves.

                ## Examples

                ### Example 1: a typical request

                **Request:** *what a user would ask, in their words.*

                **Approach:** *the workflow steps that matter for this request.*

                **Result:** *what the finished output looks like.*

                ### Example 2: an edge case

                **Request:** *a request that is easy to get wrong.*

                **Approach:** *what the agent must notice, and what it does differently.*

                ## Common Pitfalls

                - **Skipping verification.** A change that was never run is not done; always finish with the \
                Verify step.
                - **Guessing conventions.** Check how the project already solves similar problems before adding \
                something new.
                - **Loading everything up front.** Read files from `references/` only when the task needs them.
                - Add the mistakes seen on this task, each with how to avoid it.

                ## Resources

                - `references/`: detailed documentation read on demand (see `references/README.md`).
                - `scripts/`: helpers the agent runs instead of rewriting them (see `scripts/README.md`).
                - `assets/`: templates and files used in the output, not read into context (see `assets/README.md`).
                """.formatted(title, overview(description), whenToUse(description));
    }

    /** The description's first sentence, which says what the skill does. */
    private static String overview(String description) {
        String text = description.strip().replaceAll("\\s+", " ");
        Matcher end = Pattern.compile("[.!?](?=\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.end()) : text + ".";
    }

    /** A list of situations, starting with the one the description names, if it names one. */
    private static String whenToUse(String description) {
        Matcher trigger = TRIGGER.matcher(description.strip().replaceAll("\\s+", " "));
        String named = trigger.find() ? "- " + trigger.group(1).strip() + ";\n" : "";
        return "Use this skill when:\n" + named
                + "- *add the other requests, files, tools or error messages that should make an agent load it.*\n";
    }

    private static final String REFERENCES_README = """
            # references/

            Documentation the agent reads only when a task needs it, so that SKILL.md stays short.

            What belongs here:
            - detailed guides, API or command-line references, schemas, policies and domain knowledge;
            - one topic per file, with a name that says what is in it (`api-errors.md`, `schema.md`), so the agent can
              pick the right file without opening the others.

            How to use it:
            - Link every file from SKILL.md and say when to read it, e.g. "For error codes, read
              `references/api-errors.md`."
            - Keep references one level deep: SKILL.md links to them; they do not send the agent on to further files.
            - Start files longer than about 100 lines with a short table of contents, so the agent can see their scope
              before reading all of them.
            - Say each thing in one place: what SKILL.md explains does not need repeating here.

            Delete this README once the folder holds real reference files.
            """;

    private static final String SCRIPTS_README = """
            # scripts/

            Code the agent runs instead of writing the same logic again: deterministic steps, fragile command
            sequences, repeated conversions or checks.

            Good scripts:
            - do one job and take their inputs as arguments;
            - print a clear result, and on failure a message that says what went wrong and how to fix it;
            - name their requirements at the top (interpreter version, packages) and avoid ones the agent's
              environment may not have;
            - are safe to run twice.

            In SKILL.md, tell the agent when to run each script and how, e.g. "Run `python scripts/check.py FILE` to
            validate the output." The agent runs a script without reading it into its context, so a long script costs
            nothing until it runs.

            Delete this README once the folder holds real scripts, or keep it as their documentation.
            """;

    private static final String ASSETS_README = """
            # assets/

            Files the skill uses in its output rather than reads: document and code templates, boilerplate projects,
            images, icons, fonts, sample data.

            - Refer to them from SKILL.md by path, e.g. "Start the report from `assets/report-template.md`."
            - The agent copies or fills them in; it does not need to read them into its context.
            - Keep them small, and note the licence beside any file that comes from someone else.

            Delete this README once the folder holds real assets.
            """;
}
