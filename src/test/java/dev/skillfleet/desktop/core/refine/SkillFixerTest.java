package dev.skillfleet.desktop.core.refine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillfleet.desktop.core.skill.SkillDocument;
import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillParseException;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule-based fixes, one rule at a time and together, on hand-written and real (corpus) skills. */
class SkillFixerTest {

    /** Passes every check, errors and warnings alike; tests break one thing at a time. */
    private static final String VALID = """
            ---
            name: pdf-tools
            description: Extracts text and tables from PDF files. Use when the user asks to read or split PDFs.
            license: Apache-2.0
            ---
            # PDF tools

            Works on any PDF.

            ## When to Use
            - reading PDFs
            """;

    @TempDir
    Path temp;

    private final SkillFixer fixer = new SkillFixer();

    private static SkillDocument parse(String text) throws SkillParseException {
        return SkillDocumentParser.parse(text);
    }

    /** The lines of the original a proposal removes or replaces, over all hunks. */
    private static List<String> replacedLines(Proposal proposal) {
        return proposal.hunks().stream().flatMap(h -> h.originalLines().stream()).toList();
    }

    // --- already valid

    @Test
    void aValidSkillGetsNoHunksNoReasonsAndNoRename() {
        FixResult result = fixer.fix(VALID, "pdf-tools");

        assertThat(result.changesAnything()).isFalse();
        assertThat(result.proposal().hunks()).isEmpty();
        assertThat(result.proposal().reasons()).isEmpty();
        assertThat(result.proposal().proposed()).isEqualTo(VALID);
        assertThat(result.newFolderName()).isEmpty();
        assertThat(result.before().issues()).isEmpty();
        assertThat(result.after().issues()).isEmpty();
    }

    // --- one rule at a time

    @Test
    void anUpperCaseNameWithSpacesIsLowerCasedAndHyphenatedOnItsOwnLine() throws Exception {
        String broken = VALID.replace("name: pdf-tools", "name: PDF  Tools_v2   # the display name");

        FixResult result = fixer.fix(broken, "pdf-tools-v2");

        assertThat(result.before().valid()).isFalse();
        assertThat(result.proposal().hunks()).singleElement().satisfies(h -> {
            assertThat(h.originalLines()).containsExactly("name: PDF  Tools_v2   # the display name");
            assertThat(h.proposedLines()).containsExactly("name: pdf-tools-v2   # the display name");
        });
        assertThat(result.newFolderName()).isEmpty();
        assertThat(result.after().issues()).isEmpty();
        assertThat(result.proposal().reasons()).singleElement().asString()
                .contains("\"PDF  Tools_v2\"").contains("\"pdf-tools-v2\"");
        assertThat(parse(result.proposal().proposed()).text("name")).isEqualTo("pdf-tools-v2");
    }

    @Test
    void aNameThatDiffersFromItsFolderAsksForTheFolderToBeRenamed() {
        FixResult result = fixer.fix(VALID.replace("name: pdf-tools", "name: PDF-Tools"), "pdf");

        assertThat(result.newFolderName()).contains("pdf-tools");
        assertThat(result.proposal().reasons()).anySatisfy(r -> assertThat(r)
                .contains("\"pdf\" must be renamed to \"pdf-tools\""));
        assertThat(result.after().valid()).as("validated in the renamed folder").isTrue();
    }

    @Test
    void aValidNameInTheWrongFolderChangesNoLineButTheFolder() {
        FixResult result = fixer.fix(VALID, "tools");

        assertThat(result.proposal().hunks()).isEmpty();
        assertThat(result.newFolderName()).contains("pdf-tools");
        assertThat(result.changesAnything()).isTrue();
        assertThat(result.before().valid()).isFalse();
        assertThat(result.after().valid()).isTrue();
    }

    @Test
    void withNoFolderKnownNoRenameIsProposed() {
        FixResult result = fixer.fix(VALID.replace("name: pdf-tools", "name: Pdf Tools"), null);

        assertThat(result.newFolderName()).isEmpty();
        assertThat(result.proposal().proposed()).contains("name: pdf-tools\n");
    }

    @Test
    void aMissingNameIsTakenFromTheFolder() throws Exception {
        FixResult result = fixer.fix(VALID.replace("name: pdf-tools\n", ""), "pdf-tools");

        assertThat(result.proposal().proposed()).startsWith("---\nname: pdf-tools\ndescription: Extracts");
        assertThat(result.newFolderName()).isEmpty();
        assertThat(result.after().issues()).isEmpty();
        assertThat(parse(result.proposal().proposed()).frontmatter().keySet())
                .containsExactly("name", "description", "license");
    }

    @Test
    void lettersOfOtherScriptsStayAndLatinAccentsGo() {
        assertThat(FixedName.of("Мой Навык")).isEqualTo("мой-навык");
        assertThat(FixedName.of("Café Déjà-Vu!")).isEqualTo("cafe-deja-vu");
        assertThat(FixedName.of("--A__B--")).isEqualTo("a-b");
        assertThat(FixedName.of("x".repeat(40) + " " + "y".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(FixedName.of("?!")).isEmpty();
    }

    @Test
    void anOverlongDescriptionIsCutAtASentenceAndNothingElseInTheFrontmatterMoves() throws Exception {
        String sentence = "This sentence describes one more thing the skill does in detail. ";
        String longDescription = sentence.repeat(20) + "Use when the user works with PDFs.";
        String broken = VALID.replace("Extracts text and tables from PDF files. Use when the user asks to read or "
                + "split PDFs.", longDescription);

        FixResult result = fixer.fix(broken, "pdf-tools");

        String description = parse(result.proposal().proposed()).text("description");
        assertThat(description.length()).isLessThanOrEqualTo(1024);
        assertThat(description).startsWith("This sentence").endsWith("Use when the user works with PDFs.");
        assertThat(result.proposal().hunks()).singleElement()
                .satisfies(h -> assertThat(h.originalLines()).singleElement().asString().startsWith("description:"));
        assertThat(result.proposal().reasons()).singleElement().asString()
                .contains("from " + longDescription.length() + " to " + description.length()).contains("1024");
        assertThat(result.after().issues()).isEmpty();
    }

    @Test
    void aBlockDescriptionStaysABlock() throws Exception {
        String block = "description: |\n  " + "A long line that keeps going and going. ".repeat(30) + "\n  Use when "
                + "reading PDFs.\n";
        String broken = VALID.replaceFirst("description: .*\n", block);

        FixResult result = fixer.fix(broken, "pdf-tools");

        assertThat(result.proposal().proposed()).contains("description: |-\n  A long line");
        String description = parse(result.proposal().proposed()).text("description");
        assertThat(description).doesNotContain("\n").hasSizeLessThanOrEqualTo(1024).endsWith("Use when reading PDFs.");
        assertThat(result.after().valid()).isTrue();
    }

    @Test
    void aMissingWhenToUseSectionIsInsertedAfterTheOpeningParagraphFromTheUseWhenClause() {
        String broken = VALID.replace("## When to Use\n- reading PDFs\n", "## Usage\nRun it.\n");

        FixResult result = fixer.fix(broken, "pdf-tools");

        assertThat(result.proposal().hunks()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Hunk.Kind.INSERT);
            assertThat(h.proposedLines()).containsExactly("## When to Use", "", "Use this skill when:",
                    "- the user asks to read", "- split PDFs", "");
        });
        assertThat(result.proposal().proposed()).contains("Works on any PDF.\n\n## When to Use\n")
                .contains("- split PDFs\n\n## Usage\nRun it.\n");
        assertThat(result.before().warnings()).extracting(ValidationIssue::field).contains("body");
        assertThat(result.after().issues()).isEmpty();
    }

    @Test
    void anExistingWhenToUseSectionIsNeverAddedTwice() {
        String variant = VALID.replace("## When to Use", "## When to use this skill:");

        assertThat(fixer.fix(variant, "pdf-tools").changesAnything()).isFalse();
    }

    @Test
    void anUnquotedColonInTheDescriptionIsQuotedSoTheYamlParses() throws Exception {
        String broken = VALID.replaceFirst("description: .*\n",
                "description: Reads PDFs. Use when: the user asks for a PDF's text\n");
        assertThat(fixer.fix(VALID, "pdf-tools").before().valid()).as("premise").isTrue();

        FixResult result = fixer.fix(broken, "pdf-tools");

        assertThat(result.before().errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("frontmatter");
            assertThat(e.message()).contains("not valid YAML");
        });
        assertThat(result.proposal().hunks()).singleElement().satisfies(h -> assertThat(h.proposedLines())
                .containsExactly("description: \"Reads PDFs. Use when: the user asks for a PDF's text\""));
        assertThat(parse(result.proposal().proposed()).text("description"))
                .isEqualTo("Reads PDFs. Use when: the user asks for a PDF's text");
        assertThat(result.proposal().reasons()).singleElement().asString()
                .contains("\"description\" (line 3)").contains("\": \"");
        assertThat(result.after().valid()).isTrue();
    }

    @Test
    void aWrappedDescriptionWithAColonIsJoinedIntoOneQuotedLine() throws Exception {
        String broken = VALID.replaceFirst("description: .*\n",
                "description: Reads PDFs. Use when\n  the user asks: \"what does it say\"\n");

        FixResult result = fixer.fix(broken, "pdf-tools");

        assertThat(parse(result.proposal().proposed()).text("description"))
                .isEqualTo("Reads PDFs. Use when the user asks: \"what does it say\"");
        assertThat(result.proposal().hunks()).singleElement().satisfies(h -> {
            assertThat(h.originalLines()).hasSize(2);
            assertThat(h.proposedLines()).hasSize(1);
        });
        assertThat(result.after().issues()).isEmpty();
    }

    @Test
    void valuesStartingWithYamlIndicatorsAreQuotedAndQuotedOnesLeftAlone() throws Exception {
        String broken = """
                ---
                name: pdf-tools
                description: `pdf` tools. Use when reading PDFs.
                compatibility: @team only, needs poppler
                license: 'Apache-2.0'
                ---
                # PDF tools

                ## When to Use
                - reading PDFs
                """;

        FixResult result = fixer.fix(broken, "pdf-tools");

        SkillDocument fixed = parse(result.proposal().proposed());
        assertThat(fixed.text("description")).isEqualTo("`pdf` tools. Use when reading PDFs.");
        assertThat(fixed.text("compatibility")).isEqualTo("@team only, needs poppler");
        assertThat(result.proposal().proposed()).contains("license: 'Apache-2.0'\n");
        assertThat(result.proposal().reasons()).hasSize(2);
        assertThat(result.after().issues()).isEmpty();
    }

    @Test
    void frontmatterThatQuotingCannotRepairIsLeftForTheUser() {
        String broken = "---\nname: pdf-tools\n  description: misplaced\n bad: [\n---\nbody\n";

        FixResult result = fixer.fix(broken, "pdf-tools");

        assertThat(result.changesAnything()).isFalse();
        assertThat(result.after().valid()).isFalse();
        assertThat(result.after()).isEqualTo(result.before());
    }

    @Test
    void unknownKeysMoveIntoANewMetadataBlockAsText() throws Exception {
        String broken = VALID.replace("license: Apache-2.0\n", "version: 1.0\nlicense: Apache-2.0\nauthor: Ada\n"
                + "tags: [pdf, text]\n");

        FixResult result = fixer.fix(broken, "pdf-tools");

        SkillDocument fixed = parse(result.proposal().proposed());
        assertThat(fixed.frontmatter().keySet()).containsExactly("name", "description", "license", "metadata");
        assertThat(fixed.frontmatter().get("metadata"))
                .isEqualTo(Map.of("version", "1.0", "author", "Ada", "tags", "[pdf, text]"));
        assertThat(result.proposal().proposed()).contains("""
                license: Apache-2.0
                metadata:
                  version: "1.0"
                  author: Ada
                  tags: "[pdf, text]"
                ---
                """);
        assertThat(result.proposal().reasons()).singleElement().asString()
                .contains("\"version\", \"author\", \"tags\"").contains("metadata");
        assertThat(result.after().issues()).isEmpty();
    }

    @Test
    void unknownKeysJoinAnExistingMetadataBlockAtItsIndentation() throws Exception {
        String broken = VALID.replace("license: Apache-2.0\n", """
                metadata:
                    owner: docs-team   # who to ask
                model: sonnet
                license: Apache-2.0
                """);

        FixResult result = fixer.fix(broken, "pdf-tools");

        assertThat(result.proposal().proposed()).contains("""
                metadata:
                    owner: docs-team   # who to ask
                    model: sonnet
                license: Apache-2.0
                """);
        assertThat(parse(result.proposal().proposed()).frontmatter().get("metadata"))
                .isEqualTo(Map.of("owner", "docs-team", "model", "sonnet"));
        assertThat(result.proposal().reasons()).singleElement().asString().contains("Claude Code reads \"model\"");
        assertThat(result.after().issues()).isEmpty();
    }

    @Test
    void anOverlongCompatibilityIsCutToFiveHundred() throws Exception {
        String broken = VALID.replace("license: Apache-2.0\n", "compatibility: "
                + "Needs Python 3.11 and poppler on the path. ".repeat(20) + "\n");

        FixResult result = fixer.fix(broken, "pdf-tools");

        assertThat(parse(result.proposal().proposed()).text("compatibility")).hasSizeLessThanOrEqualTo(500)
                .endsWith("path.");
        assertThat(result.after().issues()).isEmpty();
    }

    // --- several at once

    @Test
    void severalProblemsAreFixedAtOnceKeepingOrderCommentsAndBody() throws Exception {
        String broken = """
                ---
                # written by hand
                name: My PDF Skill
                version: 2.1
                description: Reads PDFs: text, tables and forms. Use when the user shares a PDF
                license: MIT
                ---

                # My PDF skill

                Reads PDFs the careful way.

                ## Steps
                1. Open the file.
                """;

        FixResult result = fixer.fix(broken, "My PDF Skill");

        assertThat(result.before().valid()).isFalse();
        assertThat(result.after().issues()).isEmpty();
        assertThat(result.newFolderName()).contains("my-pdf-skill");
        assertThat(result.proposal().proposed()).isEqualTo("""
                ---
                # written by hand
                name: my-pdf-skill
                description: "Reads PDFs: text, tables and forms. Use when the user shares a PDF"
                license: MIT
                metadata:
                  version: "2.1"
                ---

                # My PDF skill

                Reads PDFs the careful way.

                ## When to Use

                Use this skill when:
                - the user shares a PDF

                ## Steps
                1. Open the file.
                """);
        assertThat(result.proposal().reasons()).hasSize(5);
        assertThat(replacedLines(result.proposal())).doesNotContain("# written by hand", "license: MIT",
                "Reads PDFs the careful way.");
    }

    @Test
    void applyingOneOfTwoHunksGivesThatFixAlone() throws Exception {
        String broken = VALID.replace("name: pdf-tools", "name: PDF_Tools")
                .replace("## When to Use\n- reading PDFs\n", "## Steps\nRead.\n");
        Proposal proposal = fixer.fix(broken, "pdf-tools").proposal();
        assertThat(proposal.hunks()).hasSize(2);

        String nameOnly = proposal.apply(Set.of(0));
        String sectionOnly = proposal.apply(Set.of(1));

        assertThat(parse(nameOnly).text("name")).isEqualTo("pdf-tools");
        assertThat(nameOnly).doesNotContain("## When to Use");
        assertThat(parse(sectionOnly).text("name")).isEqualTo("PDF_Tools");
        assertThat(sectionOnly).contains("## When to Use");
    }

    // --- line endings and encoding marks

    @Test
    void aCrlfFileStaysCrlf() {
        String crlf = VALID.replace("name: pdf-tools", "name: Pdf Tools").replace("\n", "\r\n");

        FixResult result = fixer.fix(crlf, "pdf-tools");

        String fixed = result.proposal().proposed();
        assertThat(fixed).isEqualTo(VALID.replace("\n", "\r\n"));
        assertThat(fixed.replace("\r\n", "")).doesNotContain("\n");
        assertThat(result.proposal().hunks()).hasSize(1);
    }

    @Test
    void aByteOrderMarkAndAMissingFinalLineBreakAreKept() {
        String text = "\uFEFF" + VALID.replace("name: pdf-tools", "name: PDF Tools").stripTrailing();

        String fixed = fixer.fix(text, "pdf-tools").proposal().proposed();

        assertThat(fixed).startsWith("\uFEFF---\nname: pdf-tools\n").endsWith("- reading PDFs");
    }

    @Test
    void theUnifiedDiffShowsOnlyTheFixedLines() {
        String broken = VALID.replace("name: pdf-tools", "name: Pdf-Tools");

        String diff = fixer.fix(broken, "pdf-tools").proposal().unifiedDiff("pdf-tools/SKILL.md");

        assertThat(diff).isEqualTo("""
                --- a/pdf-tools/SKILL.md
                +++ b/pdf-tools/SKILL.md
                @@ -1,5 +1,5 @@
                 ---
                -name: Pdf-Tools
                +name: pdf-tools
                 description: Extracts text and tables from PDF files. Use when the user asks to read or split PDFs.
                 license: Apache-2.0
                 ---
                """);
    }

    // --- the real corpus

    @Test
    void everyCorpusSkillIsValidAfterItsFixesAndFixingAgainChangesNothing() throws IOException {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(library)) {
            files = walk.filter(p -> p.getFileName().toString().equals("SKILL.md")).sorted().toList();
        }
        assertThat(files).hasSize(Corpus.ANTHROPIC_SKILLS + Corpus.TAXONOMY_SKILLS);
        for (Path file : files) {
            String text = Files.readString(file);
            String folder = file.getParent().getFileName().toString();
            FixResult result = fixer.fix(text, folder);
            assertThat(result.after().errors()).as(folder).isEmpty();
            assertThat(result.after().about("body")).as(folder)
                    .noneMatch(i -> i.message().contains("When to Use"));
            FixResult again = fixer.fix(result.proposal().proposed(), result.newFolderName().orElse(folder));
            assertThat(again.changesAnything()).as(folder + " fixed twice").isFalse();
        }
    }

    @Test
    void theCorpusTemplateGetsItsFolderRenamedAndASection() throws IOException {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        String text = Files.readString(library.resolve("template/SKILL.md"));

        FixResult result = fixer.fix(text, "template");

        assertThat(result.before().errors()).singleElement().asString().contains("must match the folder name");
        assertThat(result.newFolderName()).contains("template-skill");
        assertThat(result.proposal().hunks()).singleElement()
                .satisfies(h -> assertThat(h.kind()).isEqualTo(Hunk.Kind.INSERT));
        assertThat(result.after().valid()).isTrue();
    }

    @Test
    void theCorpusClaudeApiDescriptionIsCutAndItsOtherFrontmatterKept() throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        String text = Files.readString(library.resolve("claude-api/SKILL.md"));

        FixResult result = fixer.fix(text, "claude-api");

        assertThat(result.before().errors()).singleElement().asString().contains("the limit is 1024");
        SkillDocument fixed = parse(result.proposal().proposed());
        assertThat(fixed.text("description")).hasSizeLessThanOrEqualTo(1024)
                .startsWith("Reference for the Claude API");
        assertThat(fixed.text("license")).isEqualTo(parse(text).text("license"));
        assertThat(fixed.body()).contains(parse(text).body().lines().skip(3).findFirst().orElseThrow());
        assertThat(result.after().errors()).isEmpty();
    }
}
