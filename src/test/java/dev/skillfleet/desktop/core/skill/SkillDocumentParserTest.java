package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillDocumentParserTest {

    @Test
    void readsFrontmatterInFileOrderWithKeyLinesAndBody() throws Exception {
        SkillDocument doc = SkillDocumentParser.parse(SkillFixtures.VALID);

        assertThat(doc.frontmatter()).containsExactly(
                Map.entry("name", "pdf-tools"),
                Map.entry("description", "Extracts text and tables from PDF files. Use when the user asks to read "
                        + "or split PDFs."),
                Map.entry("license", "Apache-2.0"));
        assertThat(doc.keyLines()).containsExactly(Map.entry("name", 2), Map.entry("description", 3),
                Map.entry("license", 4));
        assertThat(doc.bodyStartLine()).isEqualTo(6);
        assertThat(doc.body()).startsWith("# PDF tools\n").contains("## When to Use");
    }

    @Test
    void frontmatterIsUnmodifiable() throws Exception {
        SkillDocument doc = SkillDocumentParser.parse(SkillFixtures.VALID);

        assertThatThrownBy(() -> doc.frontmatter().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void readsQuotedDescriptions() throws Exception {
        String dq = SkillDocumentParser.parse(SkillFixtures.skillMd("a", "\"Says: hello, \\\"world\\\"\"", ""))
                .text("description");
        String sq = SkillDocumentParser.parse(SkillFixtures.skillMd("a", "'It''s fine: really'", "")).text("description");

        assertThat(dq).isEqualTo("Says: hello, \"world\"");
        assertThat(sq).isEqualTo("It's fine: really");
    }

    @Test
    void readsUnquotedDescriptionWithInnerPunctuation() throws Exception {
        SkillDocument doc = SkillDocumentParser.parse(SkillFixtures.skillMd("a", "Build things - fast, with care", ""));

        assertThat(doc.text("description")).isEqualTo("Build things - fast, with care");
    }

    @Test
    void readsLiteralBlockScalarDescription() throws Exception {
        String text = "---\nname: a\ndescription: |-\n  First line.\n  Second line.\nlicense: MIT\n---\nbody\n";

        SkillDocument doc = SkillDocumentParser.parse(text);

        assertThat(doc.text("description")).isEqualTo("First line.\nSecond line.");
        assertThat(doc.lineOf("license")).isEqualTo(6);
        assertThat(doc.body()).isEqualTo("body\n");
    }

    @Test
    void readsFoldedBlockScalarDescription() throws Exception {
        String text = "---\nname: a\ndescription: >\n  First line\n  continues.\n---\n";

        assertThat(SkillDocumentParser.parse(text).text("description")).isEqualTo("First line continues.\n");
    }

    @Test
    void acceptsCrlfLineEndings() throws Exception {
        String text = SkillFixtures.VALID.replace("\n", "\r\n");

        SkillDocument doc = SkillDocumentParser.parse(text);

        assertThat(doc.text("name")).isEqualTo("pdf-tools");
        assertThat(doc.text("description")).endsWith("split PDFs.");
        assertThat(doc.lineOf("license")).isEqualTo(4);
        assertThat(doc.bodyStartLine()).isEqualTo(6);
        assertThat(doc.body()).startsWith("# PDF tools\r\n");
    }

    @Test
    void ignoresByteOrderMark() throws Exception {
        assertThat(SkillDocumentParser.parse("\uFEFF" + SkillFixtures.VALID).text("name")).isEqualTo("pdf-tools");
    }

    @Test
    void keepsScalarsAsWrittenAndNestedValuesStructured() throws Exception {
        String text = "---\nname: a\nversion: 1.10\nflag: yes\nempty:\nmetadata:\n  author: me\ntags: [x, y]\n---\n";

        SkillDocument doc = SkillDocumentParser.parse(text);

        assertThat(doc.frontmatter().get("version")).isEqualTo("1.10");
        assertThat(doc.frontmatter().get("flag")).isEqualTo("yes");
        assertThat(doc.frontmatter()).containsEntry("empty", null);
        assertThat(doc.frontmatter().get("metadata")).isEqualTo(Map.of("author", "me"));
        assertThat(doc.frontmatter().get("tags")).isEqualTo(List.of("x", "y"));
    }

    @Test
    void threeDashesInsideABlockScalarDoNotCloseTheFrontmatter() throws Exception {
        String text = "---\nname: a\ndescription: |\n  above\n  ---\n  below\n---\nbody";

        SkillDocument doc = SkillDocumentParser.parse(text);

        assertThat(doc.text("description")).isEqualTo("above\n---\nbelow\n");
        assertThat(doc.body()).isEqualTo("body");
    }

    @Test
    void emptyBodyWhenFileEndsAtClosingFence() throws Exception {
        SkillDocument doc = SkillDocumentParser.parse("---\nname: a\n---");

        assertThat(doc.body()).isEmpty();
        assertThat(doc.bodyStartLine()).isEqualTo(4);
    }

    @Test
    void invalidYamlReportsTheLineInTheFile() {
        String text = "---\nname: a\ndescription: ok\n  bad: indent\n---\n";

        SkillParseException e = catchThrowableOfType(SkillParseException.class,
                () -> SkillDocumentParser.parse(text));

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("not valid YAML").contains("mapping values are not allowed");
    }

    @Test
    void unterminatedQuotePointsAtTheLineThatOpenedIt() {
        String text = "---\nname: a\ndescription: \"never closed\nlicense: MIT\n---\n";

        SkillParseException e = catchThrowableOfType(SkillParseException.class,
                () -> SkillDocumentParser.parse(text));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("not valid YAML");
    }

    @Test
    void frontmatterThatIsNotAMappingIsRejected() {
        SkillParseException list = catchThrowableOfType(SkillParseException.class,
                () -> SkillDocumentParser.parse("---\n- a\n- b\n---\n"));
        SkillParseException scalar = catchThrowableOfType(SkillParseException.class,
                () -> SkillDocumentParser.parse("---\njust words\n---\n"));
        SkillParseException empty = catchThrowableOfType(SkillParseException.class,
                () -> SkillDocumentParser.parse("---\n---\nbody"));

        assertThat(list.getMessage()).contains("must be a YAML mapping").contains("a list");
        assertThat(list.line()).isEqualTo(2);
        assertThat(scalar.getMessage()).contains("must be a YAML mapping");
        assertThat(empty.getMessage()).contains("frontmatter is empty");
    }

    @Test
    void missingOpeningFenceIsRejectedOnLineOne() {
        SkillParseException e = catchThrowableOfType(SkillParseException.class,
                () -> SkillDocumentParser.parse("# Just markdown\n"));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("must start with a \"---\" line");
    }

    @Test
    void unclosedFrontmatterIsRejected() {
        SkillParseException e = catchThrowableOfType(SkillParseException.class,
                () -> SkillDocumentParser.parse("---\nname: a\ndescription: b\n"));

        assertThat(e.getMessage()).contains("never closed");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void duplicateKeysAreRejectedWithTheSecondLine() {
        SkillParseException e = catchThrowableOfType(SkillParseException.class,
                () -> SkillDocumentParser.parse("---\nname: a\nname: b\n---\n"));

        assertThat(e.getMessage()).contains("\"name\" appears twice");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void emptyTextIsRejected() {
        assertThatThrownBy(() -> SkillDocumentParser.parse("")).isInstanceOf(SkillParseException.class)
                .hasMessageContaining("empty");
    }
}
