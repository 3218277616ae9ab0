package dev.skillfleet.desktop.core.refine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline refine engine: each quick action, the user's words, and the minimal-edit promise on real skills. */
class RuleRefinerTest {

    /** Valid and complete; tests change one thing at a time. */
    private static final String SKILL = """
            ---
            name: pdf-tools
            description: Extracts text and tables from PDF files. Use when the user asks to read or split PDFs.
            license: Apache-2.0  # as the vendor wrote it
            ---
            # PDF tools

            Works on any PDF.

            ## When to Use

            - reading PDFs

            ## Steps

            1. Open the file with `pdftotext`.
            2. Check the page count.
            """;

    private static final String LONG_DESCRIPTION = "Extracts text, tables and images from PDF files of any size and "
            + "layout, including scanned pages that need optical character recognition first. Use when the user "
            + "asks to read, split, merge or search PDFs. Handles encrypted files when the password is known. "
            + "Writes results as Markdown, CSV or JSON so other tools can pick them up, and reports the pages it "
            + "could not read.";

    @TempDir
    Path temp;

    private final RuleRefiner refiner = new RuleRefiner();
    private final SkillValidator validator = new SkillValidator();

    private Refinement quick(String text, String folder, RefineAction action) throws RefineException {
        return refiner.refine(RefineRequest.quick(text, folder, action), RefineProgress.silent());
    }

    private Refinement say(String text, String folder, String words) throws RefineException {
        return refiner.refine(RefineRequest.instruction(text, folder, words), RefineProgress.silent());
    }

    /** The original's lines no hunk touches must all be in the proposal, unchanged and in order. */
    private static void untouchedLinesStay(Proposal proposal) {
        List<String> original = proposal.original().lines().toList();
        List<String> kept = new ArrayList<>(original);
        for (Hunk hunk : proposal.hunks().reversed()) {
            kept.subList(hunk.original().start(), hunk.original().end()).clear();
        }
        List<String> proposed = proposal.proposed().lines().toList();
        int at = 0;
        for (String line : kept) {
            while (at < proposed.size() && !proposed.get(at).equals(line)) {
                at++;
            }
            assertThat(at).as("kept line \"%s\" is in the proposal", line).isLessThan(proposed.size());
            at++;
        }
        assertThat(proposed.size() - kept.size()).isEqualTo(
                proposal.hunks().stream().mapToInt(h -> h.proposedLines().size()).sum());
    }

    private static String description(String skillMd) throws Exception {
        return SkillDocumentParser.parse(skillMd).text("description");
    }

    // --- the API

    @Test
    void aRequestCarriesTheActionsWordsOrTheUsers() {
        RefineRequest quick = RefineRequest.quick(SKILL, "pdf-tools", RefineAction.SHORTEN);
        assertThat(quick.wording()).isEqualTo(RefineAction.SHORTEN.instruction());
        assertThat(quick.action()).contains(RefineAction.SHORTEN);
        assertThat(RefineRequest.instruction(SKILL, null, "  add examples  ").wording()).isEqualTo("add examples");
        assertThatThrownBy(() -> RefineRequest.instruction(SKILL, "pdf-tools", "  "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RefineAction.ADD_WHEN_TO_USE.label()).isEqualTo("Add When to Use");
        assertThat(refiner.engineName()).isEqualTo("Built-in rules");
    }

    @Test
    void aCancelledRefineProposesNothing() {
        RefineProgress stopped = new RefineProgress() {
            @Override
            public void step(String line) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }

            @Override
            public void onCancel(Runnable action) {
                action.run();
            }
        };

        RefineException e = catchThrowableOfType(RefineException.class,
                () -> refiner.refine(RefineRequest.quick(SKILL, "pdf-tools", RefineAction.SHORTEN), stopped));

        assertThat(e.cancelled()).isTrue();
    }

    // --- fix validation problems

    @Test
    void fixingABadNameAndAMissingWhenToUseGivesTwoHunksThatApplyOneByOne() throws Exception {
        String broken = SKILL.replace("name: pdf-tools", "name: PDF Tools")
                .replace("## When to Use\n\n- reading PDFs\n\n", "");

        Refinement result = quick(broken, "pdf-tools", RefineAction.FIX_PROBLEMS);

        // What the editor's review relies on: hunk 0 is the name line, hunk 1 the When to Use section.
        assertThat(result.proposal().hunks()).hasSize(2);
        Hunk name = result.proposal().hunks().get(0);
        assertThat(name.kind()).isEqualTo(Hunk.Kind.CHANGE);
        assertThat(name.originalLines()).containsExactly("name: PDF Tools");
        assertThat(name.proposedLines()).containsExactly("name: pdf-tools");
        Hunk section = result.proposal().hunks().get(1);
        assertThat(section.kind()).isEqualTo(Hunk.Kind.INSERT);
        assertThat(section.proposedLines()).contains("## When to Use", "- the user asks to read", "- split PDFs");

        String nameOnly = result.proposal().apply(Set.of(0));
        assertThat(nameOnly).isEqualTo(broken.replace("name: PDF Tools", "name: pdf-tools"));
        String sectionOnly = result.proposal().apply(Set.of(1));
        assertThat(sectionOnly).startsWith(broken.substring(0, broken.indexOf("# PDF tools")))
                .contains("name: PDF Tools").contains("## When to Use\n\nUse this skill when:\n- the user asks");
        assertThat(result.proposal().apply(Set.of(0, 1))).isEqualTo(result.proposal().proposed());

        assertThat(result.newFolderName()).isEmpty();
        assertThat(result.before().valid()).isFalse();
        assertThat(result.after().valid()).isTrue();
        assertThat(result.notes()).isEmpty();
        assertThat(result.engine()).isEqualTo(RuleRefiner.ENGINE);
    }

    @Test
    void fixProblemsIsExactlyTheFixersProposal() {
        String broken = SKILL.replace("name: pdf-tools", "name: PDF_Tools").replace("license:", "version: 2\nlicense:");

        Refinement result = quickUnchecked(broken, "pdf", RefineAction.FIX_PROBLEMS);
        FixResult fix = new SkillFixer().fix(broken, "pdf");

        assertThat(result.proposal().proposed()).isEqualTo(fix.proposal().proposed());
        assertThat(result.proposal().reasons()).isEqualTo(fix.proposal().reasons());
        assertThat(result.proposal().hunks()).isEqualTo(fix.proposal().hunks());
        assertThat(result.newFolderName()).isEqualTo(fix.newFolderName()).contains("pdf-tools");
        assertThat(result.before()).isEqualTo(fix.before());
        assertThat(result.after()).isEqualTo(fix.after());
        assertThat(result.after().valid()).isTrue();
    }

    @Test
    void theErrorsTheFixCannotMendAreListedAsNotes() throws Exception {
        String broken = SKILL.replace("description: Extracts text and tables from PDF files. Use when the user asks "
                + "to read or split PDFs.", "description:\n  - reads PDFs\n  - splits PDFs");

        Refinement result = quick(broken, "pdf-tools", RefineAction.FIX_PROBLEMS);

        assertThat(result.after().valid()).isFalse();
        assertThat(result.notes()).isNotEmpty().allSatisfy(note -> assertThat(note).startsWith("description: "))
                .anySatisfy(note -> assertThat(note).endsWith("(line 3)"));
    }

    @Test
    void aValidSkillHasNothingToFix() throws Exception {
        Refinement result = quick(SKILL, "pdf-tools", RefineAction.FIX_PROBLEMS);

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.proposal().proposed()).isEqualTo(SKILL);
        assertThat(result.notes()).containsExactly("The skill has no validation problems to fix.");
    }

    @Test
    void brokenYamlIsQuotedByTheFixAndRefusedByTheOtherActions() throws Exception {
        String broken = SKILL.replace("Extracts text and tables from PDF files. Use when the user",
                "Extracts text: tables and more. Use when the user");

        Refinement fixed = quick(broken, "pdf-tools", RefineAction.FIX_PROBLEMS);
        assertThat(fixed.before().valid()).isFalse();
        assertThat(fixed.after().valid()).isTrue();
        assertThat(fixed.proposal().hunks()).singleElement().satisfies(h -> assertThat(h.proposedLines())
                .containsExactly("description: \"Extracts text: tables and more. Use when the user asks to read or "
                        + "split PDFs.\""));

        for (RefineAction action : List.of(RefineAction.TIGHTEN_DESCRIPTION, RefineAction.ADD_WHEN_TO_USE,
                RefineAction.ADD_EXAMPLES, RefineAction.SHORTEN)) {
            Refinement refused = quick(broken, "pdf-tools", action);
            assertThat(refused.isEmpty()).as(action.name()).isTrue();
            assertThat(refused.notes()).singleElement().asString().startsWith("The frontmatter does not parse: ")
                    .contains("(line 3)").endsWith("Run \u201cFix validation problems\u201d first.");
            assertThat(refused.after()).isEqualTo(refused.before());
        }

        Refinement both = say(broken, "pdf-tools", "fix it and add examples");
        assertThat(both.after().valid()).isTrue();
        assertThat(both.proposal().proposed()).contains("description: \"Extracts text: tables").contains("## Examples");
        assertThat(both.notes()).isEmpty();
    }

    // --- tighten the description

    @Test
    void aLongDescriptionIsCutToWholeSentencesKeepingItsUseWhenSentence() throws Exception {
        String text = SKILL.replace("Extracts text and tables from PDF files. Use when the user asks to read or split "
                + "PDFs.", LONG_DESCRIPTION);

        Refinement result = quick(text, "pdf-tools", RefineAction.TIGHTEN_DESCRIPTION);

        String tightened = description(result.proposal().proposed());
        assertThat(tightened).hasSizeLessThanOrEqualTo(300)
                .isEqualTo("Extracts text, tables and images from PDF files of any size and layout, including "
                        + "scanned pages that need optical character recognition first. Use when the user asks to "
                        + "read, split, merge or search PDFs. Handles encrypted files when the password is known.");
        assertThat(result.proposal().hunks()).singleElement().satisfies(h -> {
            assertThat(h.original().firstLine()).isEqualTo(3);
            assertThat(h.proposedLines()).singleElement().asString().startsWith("description: Extracts")
                    .as("no quotes added to a plain value").doesNotContain("\"");
        });
        untouchedLinesStay(result.proposal());
        assertThat(result.proposal().reasons()).singleElement().asString()
                .contains("from " + LONG_DESCRIPTION.length() + " to " + tightened.length() + " characters");
        assertThat(result.notes()).isEmpty();
        assertThat(result.newFolderName()).isEmpty();
    }

    @Test
    void aUseWhenSentenceAtTheEndIsKeptWhenTheMiddleIsCut() throws Exception {
        String description = "Builds dashboards. " + "It knows many chart types and their options well. ".repeat(8)
                + "Use when the user asks for a chart.";
        String text = SKILL.replace("Extracts text and tables from PDF files. Use when the user asks to read or split "
                + "PDFs.", description);

        String tightened = description(quick(text, "pdf-tools", RefineAction.TIGHTEN_DESCRIPTION).proposal()
                .proposed());

        assertThat(tightened).startsWith("Builds dashboards. It knows").endsWith(" Use when the user asks for a chart.")
                .hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void aDescriptionWithoutATriggerGetsOne() throws Exception {
        String text = SKILL.replace(" Use when the user asks to read or split PDFs.", "");

        Refinement result = quick(text, "pdf-tools", RefineAction.TIGHTEN_DESCRIPTION);

        assertThat(description(result.proposal().proposed()))
                .isEqualTo("Extracts text and tables from PDF files. Use when a task involves pdf tools.");
        assertThat(result.proposal().reasons()).singleElement().asString().startsWith("Added a trigger");
        assertThat(result.proposal().hunks()).hasSize(1);
    }

    @Test
    void aTightDescriptionStaysAndTheNoteSaysWhy() throws Exception {
        Refinement result = quick(SKILL, "pdf-tools", RefineAction.TIGHTEN_DESCRIPTION);

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.notes()).containsExactly("The description is already 86 characters and says when to use "
                + "the skill.");
    }

    @Test
    void aBlockDescriptionStaysABlockAndAQuotedOneStaysQuoted() throws Exception {
        String folded = SKILL.replace("description: Extracts text and tables from PDF files. Use when the user asks to "
                + "read or split PDFs.", "description: >-\n  " + LONG_DESCRIPTION.replace(". ", ".\n  "));
        Refinement block = quick(folded, "pdf-tools", RefineAction.TIGHTEN_DESCRIPTION);
        assertThat(block.proposal().proposed()).contains("description: >-\n  Extracts text, tables and images");
        assertThat(description(block.proposal().proposed())).hasSizeLessThanOrEqualTo(300).endsWith("is known.");
        untouchedLinesStay(block.proposal());

        String quoted = SKILL.replace("description: Extracts text and tables from PDF files. Use when the user asks to "
                + "read or split PDFs.", "description: \"" + LONG_DESCRIPTION + "\"");
        Refinement result = quick(quoted, "pdf-tools", RefineAction.TIGHTEN_DESCRIPTION);
        assertThat(result.proposal().hunks()).singleElement().satisfies(h -> assertThat(h.proposedLines())
                .singleElement().asString().startsWith("description: \"Extracts").endsWith("is known.\""));
    }

    @Test
    void aMissingDescriptionMustBeFixedFirst() throws Exception {
        String text = SKILL.replace("description: Extracts text and tables from PDF files. Use when the user asks to "
                + "read or split PDFs.\n", "");

        Refinement result = quick(text, "pdf-tools", RefineAction.TIGHTEN_DESCRIPTION);

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.notes()).singleElement().asString().contains("no description")
                .contains("Fix validation problems");
    }

    // --- add When to Use

    @Test
    void aMissingWhenToUseSectionIsInsertedAfterTheOpeningParagraph() throws Exception {
        String text = SKILL.replace("## When to Use\n\n- reading PDFs\n\n", "");

        Refinement result = quick(text, "pdf-tools", RefineAction.ADD_WHEN_TO_USE);

        assertThat(result.proposal().hunks()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Hunk.Kind.INSERT);
            assertThat(h.proposedLines()).containsExactly("## When to Use", "", "Use this skill when:",
                    "- the user asks to read", "- split PDFs", "");
        });
        assertThat(result.proposal().proposed()).contains("Works on any PDF.\n\n## When to Use\n");
        assertThat(result.after().warnings()).noneMatch(w -> w.message().contains("When to Use"));
        assertThat(quick(SKILL, "pdf-tools", RefineAction.ADD_WHEN_TO_USE).notes())
                .containsExactly("The body already has a \u201c## When to Use\u201d section.");
    }

    // --- add examples

    @Test
    void examplesAreAddedAtTheEndFromTheUseWhenClause() throws Exception {
        String text = SKILL.replace("Use when the user asks to read or split PDFs.",
                "Use when extracting tables from reports, or splitting scanned contracts.");

        Refinement result = quick(text, "pdf-tools", RefineAction.ADD_EXAMPLES);

        assertThat(result.proposal().hunks()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Hunk.Kind.INSERT);
            assertThat(h.original().start()).isEqualTo(text.lines().count());
        });
        String proposed = result.proposal().proposed();
        assertThat(proposed).startsWith(text).contains("\n2. Check the page count.\n\n## Examples\n\n")
                .contains("replace each request")
                .contains("**Example 1: extracting tables from reports**")
                .contains("\u201cI need help extracting tables from reports.\u201d")
                .contains("**Example 2: splitting scanned contracts**")
                .contains("the `pdf-tools` skill").endsWith(".\n");
        assertThat(proposed.split("\\*\\*Example \\d", -1)).hasSize(3);
        assertThat(result.proposal().reasons()).singleElement().asString().contains("starting points");
        assertThat(result.after().valid()).isTrue();
    }

    @Test
    void examplesGoBeforeAClosingSeeAlsoSection() throws Exception {
        String text = SKILL + "\n## See also\n\n- references/tables.md\n";

        Refinement result = quick(text, "pdf-tools", RefineAction.ADD_EXAMPLES);

        String proposed = result.proposal().proposed();
        assertThat(proposed.indexOf("## Examples")).isLessThan(proposed.indexOf("## See also"))
                .isGreaterThan(proposed.indexOf("2. Check the page count."));
        assertThat(proposed).contains(".\n\n## See also\n\n- references/tables.md\n");
        assertThat(result.proposal().hunks()).allMatch(h -> h.kind() == Hunk.Kind.INSERT);
        untouchedLinesStay(result.proposal());
    }

    @Test
    void aSkillWithExamplesGetsNoMore() throws Exception {
        String text = SKILL + "\n## Example: a scanned invoice\n\nSplit it first.\n";

        Refinement result = quick(text, "pdf-tools", RefineAction.ADD_EXAMPLES);

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.notes()).containsExactly("The body already has examples (\u201c## Example: a scanned "
                + "invoice\u201d, line 19).");
    }

    // --- shorten

    @Test
    void shortenDropsBlankRunsTrailingSpacesARepeatedParagraphAndFillerButNeverCode() throws Exception {
        String body = String.join("\n",
                "# PDF tools",
                "",
                "It is important to note that the tool reads every page.   ",
                "",
                "",
                "",
                "## When to Use",
                "",
                "- reading PDFs",
                "",
                "## Steps",
                "",
                "In order to split a file, open it first. You can simply run `pdftk in order to split`.",
                "Keep the first line,  ",
                "as a hard break.",
                "",
                "Please note that scanned pages need OCR before anything else works.",
                "",
                "Please note that scanned pages need OCR before anything else works.",
                "",
                "```bash",
                "# It is important to note that code stays",
                "",
                "",
                "pdftk in.pdf burst   ",
                "```",
                "");
        String text = SKILL.substring(0, SKILL.indexOf("# PDF tools")) + body;

        Refinement result = quick(text, "pdf-tools", RefineAction.SHORTEN);

        String expected = SKILL.substring(0, SKILL.indexOf("# PDF tools")) + String.join("\n",
                "# PDF tools",
                "",
                "The tool reads every page.",
                "",
                "## When to Use",
                "",
                "- reading PDFs",
                "",
                "## Steps",
                "",
                "To split a file, open it first. You can run `pdftk in order to split`.",
                "Keep the first line,  ",
                "as a hard break.",
                "",
                "Scanned pages need OCR before anything else works.",
                "",
                "```bash",
                "# It is important to note that code stays",
                "",
                "",
                "pdftk in.pdf burst   ",
                "```",
                "");
        assertThat(result.proposal().proposed()).isEqualTo(expected);
        assertThat(result.proposal().reasons()).containsExactly("Removed 2 extra blank lines, 1 repeated paragraph, "
                + "4 filler phrases and the trailing spaces of 1 line from the body; code blocks are untouched.");
        untouchedLinesStay(result.proposal());
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void fillerIsDroppedOnlyWhereItCarriesNoMeaning() throws Exception {
        String body = String.join("\n",
                "# PDF tools",
                "",
                "Simply put, it is just a wrapper. Just as before, make a note that pages count.",
                "- Note that `In order to` stays in code. You just need to run it; you can simply retry.",
                "Basically, it retries. The tool basically retries. Ask: \u201cIt's important to note that X\u201d.",
                "");
        String text = SKILL.substring(0, SKILL.indexOf("# PDF tools")) + body;

        Refinement result = quick(text, "pdf-tools", RefineAction.SHORTEN);

        assertThat(result.proposal().proposed()).endsWith(String.join("\n",
                "# PDF tools",
                "",
                "Simply put, it is just a wrapper. Just as before, make a note that pages count.",
                "- `In order to` stays in code. You need to run it; you can retry.",
                "It retries. The tool retries. Ask: \u201cX\u201d.",
                ""));
        assertThat(result.proposal().reasons()).containsExactly("Removed 6 filler phrases from the body; code blocks "
                + "are untouched.");
    }

    @Test
    void shortenAlsoTightensTheDescriptionAndAdvisesOnALongBody() throws Exception {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= 520; i++) {
            steps.append(i).append(". Step number ").append(i).append(".\n");
        }
        String text = SKILL.replace("Extracts text and tables from PDF files. Use when the user asks to read or split "
                + "PDFs.", LONG_DESCRIPTION) + steps;

        Refinement result = quick(text, "pdf-tools", RefineAction.SHORTEN);

        assertThat(description(result.proposal().proposed())).hasSizeLessThanOrEqualTo(300);
        assertThat(result.proposal().hunks()).singleElement();
        assertThat(result.notes()).singleElement().asString().startsWith("The body has 53")
                .contains("references/");
    }

    @Test
    void aShortSkillHasNothingToShorten() throws Exception {
        Refinement result = quick(SKILL, "pdf-tools", RefineAction.SHORTEN);

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.notes()).singleElement().asString().startsWith("Nothing to shorten by rule");
    }

    // --- line breaks

    @Test
    void crlfLineBreaksAndAByteOrderMarkStay() throws Exception {
        String lf = SKILL.replace("Extracts text and tables from PDF files. Use when the user asks to read or split "
                + "PDFs.", LONG_DESCRIPTION).replace("## When to Use\n\n- reading PDFs\n\n", "") + "\n\n\n";
        String crlf = "\uFEFF" + lf.replace("\n", "\r\n");

        for (RefineAction action : RefineAction.values()) {
            Refinement result = quick(crlf, "pdf-tools", action);
            String proposed = result.proposal().proposed();
            assertThat(result.isEmpty()).as(action.name()).isFalse();
            assertThat(proposed).as(action.name()).startsWith("\uFEFF---\r\nname: pdf-tools\r\n")
                    .doesNotContainPattern("[^\r]\n");
            assertThat(result.proposal().hunks()).as(action.name()).noneMatch(h -> h.original().start() == 0);
            untouchedLinesStay(result.proposal());
            assertThat(result.after()).isEqualTo(validator.validateText("pdf-tools", proposed));
        }
        Refinement several = say(crlf, "pdf-tools", "add a When to Use section and examples, then shorten it");
        assertThat(several.proposal().proposed()).startsWith("\uFEFF---\r\n").doesNotContainPattern("[^\r]\n")
                .contains("\r\n## When to Use\r\n").contains("\r\n## Examples\r\n");
    }

    // --- the user's words

    @Test
    void wordsMapToTheQuickActions() {
        assertThat(InstructionWords.actions("Fix the validation errors")).containsExactly(RefineAction.FIX_PROBLEMS);
        assertThat(InstructionWords.actions("make the description more concise"))
                .containsExactly(RefineAction.TIGHTEN_DESCRIPTION);
        assertThat(InstructionWords.actions("shorten the description"))
                .containsExactly(RefineAction.TIGHTEN_DESCRIPTION);
        assertThat(InstructionWords.actions("Add examples, a When to Use section, and trim the whole thing; fix "
                + "problems too")).containsExactly(RefineAction.FIX_PROBLEMS, RefineAction.ADD_WHEN_TO_USE,
                RefineAction.ADD_EXAMPLES, RefineAction.SHORTEN);
        assertThat(InstructionWords.actions("make it shorter")).containsExactly(RefineAction.SHORTEN);
        assertThat(InstructionWords.actions("Translate it into French")).isEmpty();
    }

    @Test
    void severalActionsRunInOrderAndOneProposalGoesFromTheOriginalToTheEnd() throws Exception {
        String text = SKILL.replace("name: pdf-tools", "name: PDF Tools")
                .replace("## When to Use\n\n- reading PDFs\n\n", "").replace("Extracts text and tables from PDF files. Use when the user asks to read or split PDFs.",
                LONG_DESCRIPTION);

        Refinement result = say(text, "pdf", "Tighten the description, add examples and fix the problems");

        assertThat(result.proposal().original()).isEqualTo(text);
        String proposed = result.proposal().proposed();
        assertThat(proposed).contains("name: pdf-tools\n").contains("## When to Use").contains("## Examples");
        assertThat(description(proposed)).hasSizeLessThanOrEqualTo(300);
        assertThat(result.proposal().reasons()).anySatisfy(r -> assertThat(r).startsWith("Renamed"))
                .anySatisfy(r -> assertThat(r).contains("must be renamed to \"pdf-tools\""))
                .anySatisfy(r -> assertThat(r).startsWith("Tightened the description"))
                .anySatisfy(r -> assertThat(r).contains("## Examples"));
        assertThat(result.newFolderName()).contains("pdf-tools");
        assertThat(result.before()).isEqualTo(validator.validateText("pdf", text));
        assertThat(result.after()).isEqualTo(validator.validateText("pdf-tools", proposed));
        assertThat(result.after().valid()).isTrue();
        assertThat(result.proposal().apply(Set.of())).isEqualTo(text);

        Refinement fixAndSection = say(text, "pdf", "fix the problems and add a When to Use section");
        assertThat(fixAndSection.proposal().proposed().split("## When to Use", -1)).hasSize(2);
        assertThat(fixAndSection.notes()).as("the fix added the section: nothing to add or say").isEmpty();
    }

    @Test
    void wordsTheRulesDoNotKnowChangeNothingAndSaySo() throws Exception {
        Refinement result = say(SKILL, "pdf-tools", "Translate it into French");

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.notes()).containsExactly("The built-in engine understands: fix validation problems, tighten "
                + "the description, add When to Use, add examples, shorten. Use a model endpoint for other changes.");
        assertThat(result.after()).isEqualTo(result.before());
    }

    @Test
    void onlyTheFixProposesAFolderName() throws Exception {
        String text = SKILL.replace(" Use when the user asks to read or split PDFs.", "");

        Refinement tightened = quick(text, "pdf", RefineAction.TIGHTEN_DESCRIPTION);
        assertThat(tightened.newFolderName()).isEmpty();
        assertThat(tightened.before().valid()).isFalse();
        assertThat(tightened.after().valid()).as("validated in its own folder still").isFalse();

        assertThat(say(text, "pdf", "fix it and tighten the description").newFolderName()).contains("pdf-tools");
    }

    // --- real skills

    @Test
    void everyActionOnEveryCorpusSkillOnlyAddsOrChangesWhatItSays() throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(library)) {
            files = walk.filter(p -> p.getFileName().toString().equals("SKILL.md")).sorted().toList();
        }
        assertThat(files).hasSize(Corpus.ANTHROPIC_SKILLS + Corpus.TAXONOMY_SKILLS);
        int changed = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            String folder = file.getParent().getFileName().toString();
            for (RefineAction action : RefineAction.values()) {
                Refinement result = quick(text, folder, action);
                String label = folder + " " + action;
                assertThat(result.proposal().original()).as(label).isEqualTo(text);
                assertThat(result.isEmpty() ? result.notes() : result.proposal().reasons()).as(label).isNotEmpty();
                untouchedLinesStay(result.proposal());
                if (result.before().valid()) {
                    assertThat(result.after().valid()).as(label + " keeps a valid skill valid").isTrue();
                }
                assertThat(result.after().errors().size()).as(label).isLessThanOrEqualTo(result.before().errors()
                        .size());
                if (action == RefineAction.ADD_WHEN_TO_USE || action == RefineAction.ADD_EXAMPLES) {
                    assertThat(result.proposal().hunks()).as(label).allMatch(h -> h.kind() == Hunk.Kind.INSERT);
                }
                if (action == RefineAction.SHORTEN) {
                    assertThat(codeLines(result.proposal().proposed())).as(label + " code blocks")
                            .isEqualTo(codeLines(text));
                }
                if (action != RefineAction.FIX_PROBLEMS) {
                    assertThat(result.newFolderName()).as(label).isEmpty();
                }
                changed += result.isEmpty() ? 0 : 1;
            }
        }
        assertThat(changed).as("the corpus gives the rules work").isGreaterThan(30);
    }

    private static List<String> codeLines(String skillMd) {
        MarkdownLines lines = MarkdownLines.of(skillMd);
        List<String> code = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.isCode(i)) {
                code.add(lines.lines.get(i));
            }
        }
        return code;
    }

    private Refinement quickUnchecked(String text, String folder, RefineAction action) {
        try {
            return quick(text, folder, action);
        } catch (RefineException e) {
            throw new AssertionError(e);
        }
    }
}
