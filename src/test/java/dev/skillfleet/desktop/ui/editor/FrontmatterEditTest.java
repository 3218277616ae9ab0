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
