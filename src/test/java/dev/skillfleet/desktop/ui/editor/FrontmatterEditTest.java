package dev.skillfleet.desktop.ui.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.skillfleet.desktop.core.skill.SkillDocument;
import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's edits: one key's lines change, the value reads back exactly, everything else stays as written. */
class FrontmatterEditTest {

    private static final String SKILL = """
            ---
            name: pdf-tools
            # the one-line summary agents see
            description: "Fills PDF forms. Use when a form must be filled."
            license: MIT  # see LICENSE.txt
            metadata:
              author: "Jane Doe"
              version: '1.0'
            ---

            # PDF tools

            Body text.
            """;

    @Test
    void aNewNameChangesOnlyTheNameLine() {
        String edited = FrontmatterEdit.setField(SKILL, "name", "pdf-forms");
        assertOnlyLinesDiffer(SKILL, edited, 2);
        assertThat(edited.lines().toList().get(1)).isEqualTo("name: pdf-forms");
    }

    @Test
    void valuesYamlWouldMisreadAreQuoted() {
        assertThat(line(FrontmatterEdit.setField(SKILL, "name", "pdf: forms"), 2)).isEqualTo("name: \"pdf: forms\"");
        assertThat(line(FrontmatterEdit.setField(SKILL, "name", "- pdf"), 2)).isEqualTo("name: \"- pdf\"");
        assertThat(line(FrontmatterEdit.setField(SKILL, "name", "yes"), 2)).isEqualTo("name: \"yes\"");
        assertThat(line(FrontmatterEdit.setField(SKILL, "name", "1.10"), 2)).isEqualTo("name: \"1.10\"");
        assertThat(line(FrontmatterEdit.setField(SKILL, "name", "pdf #1"), 2)).isEqualTo("name: \"pdf #1\"");
        assertThat(line(FrontmatterEdit.setField(SKILL, "name", "pdf-forms "), 2)).isEqualTo("name: \"pdf-forms \"");
        assertThat(line(FrontmatterEdit.setField(SKILL, "name", "pdf's \"forms\""), 2))
                .isEqualTo("name: pdf's \"forms\"");
    }

    @Test
    void theAuthorsQuotingAndCommentsAreKept() {
        String described = FrontmatterEdit.setField(SKILL, "description", "Fills forms. Use when asked.");
        assertOnlyLinesDiffer(SKILL, described, 4);
        assertThat(line(described, 4)).isEqualTo("description: \"Fills forms. Use when asked.\"");

        String licensed = FrontmatterEdit.setField(SKILL, "license", "Apache-2.0");
        assertThat(line(licensed, 5)).isEqualTo("license: Apache-2.0  # see LICENSE.txt");
    }

    @Test
    void aMultiLineDescriptionBecomesALiteralBlock() {
        String edited = FrontmatterEdit.setField(SKILL, "description", "Fills PDF forms.\n\nUse when a form: is due.");
        assertThat(edited).contains("""
                description: |-
                  Fills PDF forms.

                  Use when a form: is due.
                license: MIT  # see LICENSE.txt
                """);
        assertThat(parse(edited).text("description")).isEqualTo("Fills PDF forms.\n\nUse when a form: is due.");
        // Back to one line: the block stays a block, now of one line.
        String again = FrontmatterEdit.setField(edited, "description", "One line.");
        assertThat(again).contains("description: |-\n  One line.\nlicense:");
        assertThat(parse(again).text("description")).isEqualTo("One line.");
    }

    @Test
    void clearingAnOptionalFieldRemovesItAndARequiredOneStaysEmpty() {
        String noLicense = FrontmatterEdit.setField(SKILL, "license", "");
        assertThat(noLicense).doesNotContain("license").contains("description: \"Fills PDF forms. Use when a form "
                + "must be filled.\"\nmetadata:");
        String noName = FrontmatterEdit.setField(SKILL, "name", "");
        assertThat(line(noName, 2)).isEqualTo("name: \"\"");
        assertThat(parse(noName).text("name")).isEmpty();
    }

    @Test
    void aMissingFieldIsInsertedAfterTheFieldBeforeIt() {
        String edited = FrontmatterEdit.setField(SKILL, "compatibility", "Needs Python 3.11+");
        assertThat(edited).contains("license: MIT  # see LICENSE.txt\ncompatibility: Needs Python 3.11+\nmetadata:");
        String tools = FrontmatterEdit.setField(edited, "allowed-tools", "Bash(git:*) Read");
        assertThat(tools).contains("compatibility: Needs Python 3.11+\nallowed-tools: Bash(git:*) Read\nmetadata:");
        assertThat(parse(tools).text("allowed-tools")).isEqualTo("Bash(git:*) Read");
    }

    @Test
    void metadataRowsKeepTheLinesThatDidNotChange() {
        String edited = FrontmatterEdit.setMetadata(SKILL, List.of(Map.entry("author", "Jane Doe"),
                Map.entry("version", "1.1"), Map.entry("", "ignored"), Map.entry("tags", "pdf, forms")));
        assertThat(edited).contains("""
                metadata:
                  author: "Jane Doe"
                  version: '1.1'
                  tags: pdf, forms
                ---
                """);
        assertThat(parse(edited).frontmatter().get("metadata"))
                .isEqualTo(Map.of("author", "Jane Doe", "version", "1.1", "tags", "pdf, forms"));
        assertThat(FrontmatterEdit.setMetadata(SKILL, List.of())).doesNotContain("metadata", "author");
    }

    /** A metadata block as people write it: aligned values, comments between and after entries, a block scalar. */
    private static final String COMMENTED = """
            ---
            name: pdf-tools
            description: Fills PDF forms. Use when asked.
            metadata:  # shown in the catalogue
              author:  "Jane Doe"  # who to ask
              # internal only
              version: '1.0'
              notes: |
                line one
                line two

              tags: pdf # searchable
              # trailing note
            # after the block
            ---

            Body.
            """;

    private static final List<Map.Entry<String, String>> ROWS = List.of(Map.entry("author", "Jane Doe"),
            Map.entry("version", "1.0"), Map.entry("notes", "line one\nline two\n"), Map.entry("tags", "pdf"));

    private static List<Map.Entry<String, String>> rows(int index, String key, String value) {
        List<Map.Entry<String, String>> rows = new java.util.ArrayList<>(ROWS);
        rows.set(index, Map.entry(key, value));
        return rows;
    }

    @Test
    void rowsThatSayWhatTheTextSaysChangeNothing() {
        assertThat(FrontmatterEdit.setMetadata(COMMENTED, ROWS)).isSameAs(COMMENTED);
        assertThat(parse(COMMENTED).frontmatter().get("metadata")).isEqualTo(Map.of("author", "Jane Doe",
                "version", "1.0", "notes", "line one\nline two\n", "tags", "pdf"));
    }

    @Test
    void aChangedValueChangesOnlyItsLineAndKeepsItsCommentAndAlignment() {
        String edited = FrontmatterEdit.setMetadata(COMMENTED, rows(0, "author", "John Roe"));
        assertOnlyLinesDiffer(COMMENTED, edited, 5);
        assertThat(line(edited, 5)).isEqualTo("  author:  \"John Roe\"  # who to ask");

        String version = FrontmatterEdit.setMetadata(COMMENTED, rows(1, "version", "1.1"));
        assertOnlyLinesDiffer(COMMENTED, version, 7);
        assertThat(line(version, 7)).isEqualTo("  version: '1.1'");

        String tags = FrontmatterEdit.setMetadata(COMMENTED, rows(3, "tags", "pdf: forms"));
        assertOnlyLinesDiffer(COMMENTED, tags, 12);
        assertThat(line(tags, 12)).isEqualTo("  tags: \"pdf: forms\" # searchable");
        assertThat(parse(tags).frontmatter().get("metadata")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("tags", "pdf: forms");
    }

    @Test
    void aBlockScalarValueStaysABlockIndentedUnderItsKey() {
        String edited = FrontmatterEdit.setMetadata(COMMENTED, rows(2, "notes", "line one\nline 2\n"));
        assertOnlyLinesDiffer(COMMENTED, edited, 10);
        assertThat(line(edited, 10)).isEqualTo("    line 2");
        String three = FrontmatterEdit.setMetadata(COMMENTED, rows(2, "notes", "one\n two\nthree"));
        assertThat(three).contains("  notes: |2-\n    one\n     two\n    three\n\n  tags: pdf # searchable\n");
        assertThat(parse(three).frontmatter().get("metadata")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("notes", "one\n two\nthree");
    }

    @Test
    void aRenamedKeyChangesOnlyTheKey() {
        String edited = FrontmatterEdit.setMetadata(COMMENTED, rows(0, "owner", "Jane Doe"));
        assertOnlyLinesDiffer(COMMENTED, edited, 5);
        assertThat(line(edited, 5)).isEqualTo("  owner:  \"Jane Doe\"  # who to ask");
        // Renamed and changed at once (the form sends one change at a time, but both must hold).
        String both = FrontmatterEdit.setMetadata(COMMENTED, rows(1, "release", "2.0"));
        assertOnlyLinesDiffer(COMMENTED, both, 7);
        assertThat(line(both, 7)).isEqualTo("  release: '2.0'");
    }

    @Test
    void aKeyClearedAndTypedAgainComesBackWhereItWas() {
        // Clearing the key field leaves a row with a blank key, which is not written: its line goes.
        String cleared = FrontmatterEdit.setMetadata(COMMENTED, rows(1, "", "1.0"));
        assertThat(cleared).doesNotContain("version").contains("  # internal only\n  notes: |");
        // The first letter typed: a new entry, placed after the row before it, not at the block's end.
        String typed = FrontmatterEdit.setMetadata(cleared, rows(1, "v", "1.0"));
        assertThat(typed).contains("  author:  \"Jane Doe\"  # who to ask\n  v: \"1.0\"\n  # internal only\n");
        String renamed = FrontmatterEdit.setMetadata(typed, rows(1, "ve", "1.0"));
        assertOnlyLinesDiffer(typed, renamed, 6);
    }

    @Test
    void anAddedRowIsAppendedAtTheBlocksEnd() {
        List<Map.Entry<String, String>> rows = new java.util.ArrayList<>(ROWS);
        rows.add(Map.entry("reviewed", "yes"));
        String edited = FrontmatterEdit.setMetadata(COMMENTED, rows);
        assertThat(edited).isEqualTo(COMMENTED.replace("  # trailing note\n",
                "  # trailing note\n  reviewed: \"yes\"\n"));
        assertThat(parse(edited).frontmatter().get("metadata")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("reviewed", "yes").hasSize(5);
        // A block of comments only gets its first entry after them.
        String commentsOnly = "---\nname: x\ndescription: y\nmetadata:\n  # to fill in\n---\n";
        assertThat(FrontmatterEdit.setMetadata(commentsOnly, List.of(Map.entry("a", "b"))))
                .isEqualTo("---\nname: x\ndescription: y\nmetadata:\n  # to fill in\n  a: b\n---\n");
    }

    @Test
    void aRemovedRowTakesOnlyItsOwnLines() {
        String noVersion = FrontmatterEdit.setMetadata(COMMENTED, List.of(ROWS.get(0), ROWS.get(2), ROWS.get(3)));
        assertThat(noVersion).isEqualTo(COMMENTED.replace("  version: '1.0'\n", ""));
        String noNotes = FrontmatterEdit.setMetadata(COMMENTED, List.of(ROWS.get(0), ROWS.get(1), ROWS.get(3)));
        assertThat(noNotes).isEqualTo(COMMENTED.replace("  notes: |\n    line one\n    line two\n", ""));
        assertThat(parse(noNotes).frontmatter().get("metadata")).isEqualTo(
                Map.of("author", "Jane Doe", "version", "1.0", "tags", "pdf"));
    }

    @Test
    void aFlowMappingIsRewrittenAsABlockKeepingItsComment() {
        String flow = "---\nname: x\ndescription: y\nmetadata: {author: 'Jane', version: \"1.0\"}  # flow\n---\n";
        String edited = FrontmatterEdit.setMetadata(flow,
                List.of(Map.entry("author", "Jane"), Map.entry("version", "1.1")));
        assertThat(edited).isEqualTo(
                "---\nname: x\ndescription: y\nmetadata:  # flow\n  author: Jane\n  version: \"1.1\"\n---\n");
        String empty = "---\nname: x\ndescription: y\nmetadata: {}\n---\n";
        assertThat(FrontmatterEdit.setMetadata(empty, List.of(Map.entry("a", "b"))))
                .isEqualTo("---\nname: x\ndescription: y\nmetadata:\n  a: b\n---\n");
    }

    @Test
    void aCrlfMetadataEditStaysCrlf() {
        String crlf = COMMENTED.replace("\n", "\r\n");
        List<Map.Entry<String, String>> rows = new java.util.ArrayList<>(rows(2, "notes", "a\nb\n"));
        rows.add(Map.entry("new", "row"));
        String edited = FrontmatterEdit.setMetadata(crlf, rows);
        assertThat(edited.replace("\r\n", "")).doesNotContain("\n");
        assertThat(edited).contains("  # internal only\r\n", "  new: row\r\n");
        assertThat(parse(edited).frontmatter().get("metadata")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("notes", "a\nb\n");
    }

    @Test
    void aCrlfTextStaysCrlf() {
        String crlf = SKILL.replace("\n", "\r\n");
        String edited = FrontmatterEdit.setField(crlf, "description", "Two\nlines");
        assertThat(edited.replace("\r\n", "")).doesNotContain("\n");
        assertThat(parse(edited).text("description")).isEqualTo("Two\nlines");
    }

    @Test
    void withoutAClosedFrontmatterNothingIsChanged() {
        String open = "---\nname: x\ndescription: y\n# no closing fence\n";
        assertThat(FrontmatterEdit.setField(open, "name", "z")).isSameAs(open);
        assertThat(FrontmatterEdit.setField("# just markdown\n", "name", "z")).isEqualTo("# just markdown\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain words", "colon: inside", "ends with colon:", "#hash first", "a #comment",
            "'single' start", "\"double\" start", "back\\slash", "tab\there", "  leading", "trailing  ", "~", "null",
            "TRUE", "0x1F", "1e3", "12:30", "@at", "`tick`", "%percent", "[flow]", "{map}", "*star", "&anchor",
            "!tag", "|pipe", ">gt", "?question", "- dash", "---", "...", "line\nbreak", "two\n\nparagraphs\n",
            "keep\n\n\n", " indented\nblock", "ends with newline\n", "\n", "nel\u0085char", "bom\uFEFF",
            "ctrl\u0001char", "unicode: мой-навык ✓", "emoji 😀 text", "\u2028sep", "cr\rlf",
            "\ttab first\nx"})
    void everyValueReadsBackExactly(String value) throws Exception {
        for (String key : List.of("name", "description")) {
            String edited = FrontmatterEdit.setField(SKILL, key, value);
            assertThat(parse(edited).text(key)).as("%s via the app's parser:%n%s", key, edited).isEqualTo(value);
            assertThat(viaYaml(edited).get(key)).as("%s via a YAML library:%n%s", key, edited).isEqualTo(value);
        }
        String folded = "---\nname: x\ndescription: >-\n  Folded text\n  over lines.\n---\n";
        String edited = FrontmatterEdit.setField(folded, "description", value);
        assertThat(parse(edited).text("description")).as(edited).isEqualTo(value);
        String rows = FrontmatterEdit.setMetadata(SKILL, List.of(Map.entry("key", value), Map.entry(value, "v")));
        Object metadata = parse(rows).frontmatter().get("metadata");
        // A row whose key is blank is not written: it is a row still being filled in.
        assertThat(metadata).as(rows)
                .isEqualTo(value.isBlank() ? Map.of("key", value) : Map.of("key", value, value, "v"));
        // In place of a block scalar followed by a blank line, and of a commented plain value.
        String block = FrontmatterEdit.setMetadata(COMMENTED, rows(2, "notes", value));
        assertThat(parse(block).frontmatter().get("metadata")).as(block)
                .isEqualTo(Map.of("author", "Jane Doe", "version", "1.0", "notes", value, "tags", "pdf"));
        assertThat(viaYaml(block).get("metadata")).as(block)
                .isEqualTo(Map.of("author", "Jane Doe", "version", "1.0", "notes", value, "tags", "pdf"));
        String tags = FrontmatterEdit.setMetadata(COMMENTED, rows(3, "tags", value));
        assertThat(parse(tags).frontmatter().get("metadata")).as(tags)
                .isEqualTo(Map.of("author", "Jane Doe", "version", "1.0", "notes", "line one\nline two\n",
                        "tags", value));
    }

    private static SkillDocument parse(String text) {
        try {
            return SkillDocumentParser.parse(text);
        } catch (Exception e) {
            throw new AssertionError("does not parse: " + e.getMessage() + "\n" + text, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> viaYaml(String text) throws Exception {
        String yaml = text.substring(text.indexOf('\n') + 1, text.indexOf("\n---", 3) + 1);
        return new ObjectMapper(new YAMLFactory()).readValue(yaml, Map.class);
    }

    private static String line(String text, int line) {
        return text.lines().toList().get(line - 1);
    }

    private static void assertOnlyLinesDiffer(String before, String after, int... lines) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertThat(b).hasSameSizeAs(a);
        List<Integer> changed = new java.util.ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(i + 1);
            }
        }
        assertThat(changed).containsExactly(java.util.Arrays.stream(lines).boxed().toArray(Integer[]::new));
    }
}
