package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The highlighting computed off the FX thread: what each part of a SKILL.md and of other files is styled as. */
class HighlighterTest {

    private static final String SKILL = """
            ---
            name: pdf-tools # the folder's name
            description: "Fills PDF forms. Use when asked."
            license: 'MIT'
            metadata:
              - item
            compatibility: |-
              Needs Python
              and poppler
            ---
            # PDF tools

            Some *emphasis*, **strong**, `code` and a [link](references/api.md).

            - first
            12. second
            > quoted

            ```python
            # not a heading
            print("x")
            ```
            ---
            """;

    private final Highlights h = Highlighter.skillMarkdown().highlight(SKILL);

    private String at(String snippet) {
        int i = SKILL.indexOf(snippet);
        assertThat(i).as(snippet).isNotNegative();
        return h.styleAt(i);
    }

    @Test
    void frontmatterPartsAreStyledAsYaml() {
        assertThat(h.styleAt(0)).isEqualTo("hl-yaml-fence");
        assertThat(at("name:")).isEqualTo("hl-yaml-key");
        assertThat(at("pdf-tools #")).isEqualTo("hl-yaml-value");
        assertThat(at("# the folder")).isEqualTo("hl-yaml-comment");
        assertThat(at("\"Fills")).isEqualTo("hl-yaml-string");
        assertThat(at("'MIT'")).isEqualTo("hl-yaml-string");
        assertThat(at("- item")).isEqualTo("hl-yaml-indicator");
        assertThat(at("|-")).isEqualTo("hl-yaml-indicator");
        assertThat(at("Needs Python")).isEqualTo("hl-yaml-string");
        assertThat(at("and poppler")).isEqualTo("hl-yaml-string");
        assertThat(at("---\n# PDF")).isEqualTo("hl-yaml-fence");
    }

    @Test
    void bodyPartsAreStyledAsMarkdown() {
        assertThat(at("# PDF tools")).isEqualTo("hl-md-heading");
        assertThat(at("*emphasis*")).isEqualTo("hl-md-emphasis");
        assertThat(at("**strong**")).isEqualTo("hl-md-strong");
        assertThat(at("`code`")).isEqualTo("hl-md-code");
        assertThat(at("[link]")).isEqualTo("hl-md-link");
        assertThat(at("(references/api.md)")).isEqualTo("hl-md-url");
        assertThat(at("- first")).isEqualTo("hl-md-list");
        assertThat(at("12. second")).isEqualTo("hl-md-list");
        assertThat(at("> quoted")).isEqualTo("hl-md-quote");
        assertThat(at("```python")).isEqualTo("hl-md-fence");
        assertThat(at("# not a heading")).isEqualTo("hl-md-code-block");
        assertThat(at("print(")).isEqualTo("hl-md-code-block");
        assertThat(at("Some")).isNull();
        assertThat(h.styleAt(SKILL.lastIndexOf("---"))).as("a rule in the body").isEqualTo("hl-md-rule");
    }

    @Test
    void otherFilesGetPlainHighlightingByTheirName() {
        String py = "import os  # why\ndef run():\n    return \"x # not a comment\", 42\n";
        Highlights p = Highlighter.forFileName("scripts/run.py").highlight(py);
        assertThat(p.styleAt(py.indexOf("import"))).isEqualTo("hl-keyword");
        assertThat(p.styleAt(py.indexOf("# why"))).isEqualTo("hl-comment");
        assertThat(p.styleAt(py.indexOf("\"x #"))).isEqualTo("hl-string");
        assertThat(p.styleAt(py.indexOf("42"))).isEqualTo("hl-number");
        assertThat(p.styleAt(py.indexOf("run"))).isNull();

        String js = "// header\nconst a = 'b';\n";
        Highlights j = Highlighter.forFileName("x.js").highlight(js);
        assertThat(j.styleAt(0)).isEqualTo("hl-comment");
        assertThat(j.styleAt(js.indexOf("'b'"))).isEqualTo("hl-string");

        assertThat(Highlighter.forFileName("LICENSE.txt").highlight("MIT # licence").spans()).isEmpty();
        assertThat(Highlighter.forFileName("config.yaml").highlight("key: value\n").styleAt(0))
                .isEqualTo("hl-yaml-key");
        assertThat(Highlighter.forFileName("agents/grader.md").highlight("# Grader\n").styleAt(0))
                .isEqualTo("hl-md-heading");
    }

    @Test
    void spansAreOrderedInsideTheTextForEveryCorpusFileAndHalfTypedText() throws IOException {
        try (Stream<Path> files = Files.walk(Corpus.source())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                Highlighter highlighter = Highlighter.forFileName(file.getFileName().toString());
                assertWellFormed(highlighter.highlight(text), text.length());
                // Every prefix of the frontmatter region: a file being typed must never break the highlighter.
                for (int cut = 0; cut < Math.min(text.length(), 400); cut += 7) {
                    assertWellFormed(highlighter.highlight(text.substring(0, cut)), cut);
                }
            }
        }
    }

    private static void assertWellFormed(Highlights highlights, int length) {
        assertThat(highlights.length()).isEqualTo(length);
        int end = 0;
        for (Highlights.Span span : highlights.spans()) {
            assertThat(span.start()).isGreaterThanOrEqualTo(end);
            assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(length);
            end = span.end();
        }
    }
}
