package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.testing.Corpus;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void aParagraphUnderAnEqualsOrDashLineIsAHeading() {
        String text = """
                ---
                name: x
                description: y
                ---
                Title
                =====

                Sub title
                over two lines
                ---
                Text after it
                """;
        Highlights s = Highlighter.skillMarkdown().highlight(text);
        assertThat(styleOf(s, text, "Title")).isEqualTo("hl-md-heading");
        assertThat(styleOf(s, text, "=====")).isEqualTo("hl-md-heading");
        assertThat(styleOf(s, text, "Sub title")).isEqualTo("hl-md-heading");
        assertThat(styleOf(s, text, "over two")).isEqualTo("hl-md-heading");
        assertThat(s.styleAt(text.lastIndexOf("---"))).isEqualTo("hl-md-heading");
        assertThat(styleOf(s, text, "Text after")).as("the heading ends at its underline").isNull();
    }

    @Test
    void aDashLineThatIsNoUnderlineStaysARule() {
        String text = """
                ---
                name: x
                description: y
                ---
                ---
                Text

                ---
                Stars
                ***
                - item
                ---
                > quoted
                ---
                ```
                code
                ---
                ```
                """;
        Highlights s = Highlighter.skillMarkdown().highlight(text);
        // The frontmatter's fences and its last line are YAML, not a heading; the body's first "---" is a rule.
        assertThat(s.styleAt(0)).isEqualTo("hl-yaml-fence");
        assertThat(styleOf(s, text, "description")).isEqualTo("hl-yaml-key");
        assertThat(styleOf(s, text, "y\n---")).isEqualTo("hl-yaml-value");
        assertThat(styleOf(s, text, "---\n---")).isEqualTo("hl-yaml-fence");
        assertThat(styleOf(s, text, "---\nText")).isEqualTo("hl-md-rule");
        // After a blank line: a rule, and the text above is no heading.
        assertThat(styleOf(s, text, "Text")).isNull();
        assertThat(styleOf(s, text, "---\nStars")).isEqualTo("hl-md-rule");
        // "***" is never an underline; a list item or a quote does not become a heading either.
        assertThat(styleOf(s, text, "Stars")).isNull();
        assertThat(styleOf(s, text, "***")).isEqualTo("hl-md-rule");
        assertThat(styleOf(s, text, "- item")).isEqualTo("hl-md-list");
        assertThat(styleOf(s, text, "---\n> quoted")).isEqualTo("hl-md-rule");
        assertThat(styleOf(s, text, "> quoted")).isEqualTo("hl-md-quote");
        assertThat(styleOf(s, text, "---\n```")).isEqualTo("hl-md-rule");
        // Inside a fenced code block "---" is code, and so is the line above it.
        assertThat(styleOf(s, text, "code")).isEqualTo("hl-md-code-block");
        assertThat(s.styleAt(text.indexOf("code\n---") + 5)).isEqualTo("hl-md-code-block");
    }

    /** Where a "---" or "===" line makes a heading the highlighter agrees with the CommonMark parser (the Preview). */
    @ParameterizedTest
    @ValueSource(strings = {"Foo\n---", "Foo\n=", "Foo\n-", "Foo\nbar\n===", "Foo\n   ---", "Foo\n\n---", "- Foo\n---",
            "> Foo\n---", "Foo\n***", "Foo\n- - -", "    Foo\n---", "# Foo\n---", "Foo\n    ---", "Foo\n= =",
            "```\nFoo\n---\n```", "Foo *bar\nbaz*\n---", "> Foo\n>\n---"})
    void setextHeadingsAndRulesAsCommonMarkReadsThem(String markdown) {
        Node doc = Parser.builder().build().parse(markdown);
        Highlights s = Highlighter.forFileName("notes.md").highlight(markdown);
        assertThat("hl-md-heading".equals(s.styleAt(0))).as("the first line is a heading")
                .isEqualTo(doc.getFirstChild() instanceof Heading);
        int last = markdown.lastIndexOf('\n') + 1;
        while (markdown.charAt(last) == ' ') {
            last++;
        }
        assertThat("hl-md-rule".equals(s.styleAt(last))).as("the last line is a rule")
                .isEqualTo(doc.getLastChild() instanceof ThematicBreak);
    }

    @Test
    void emphasisStrongAndCodeRunOverALineBreakInsideAParagraph() {
        String text = """
                Some *emphasis
                over lines* and **strong
                words** and `code
                span` end.

                *not

                across* a blank line.
                > a *quoted
                > run* here
                - an *item
                - and the* next
                """;
        Highlights s = Highlighter.forFileName("README.md").highlight(text);
        assertThat(styleOf(s, text, "*emphasis")).isEqualTo("hl-md-emphasis");
        assertThat(styleOf(s, text, "over lines*")).isEqualTo("hl-md-emphasis");
        assertThat(styleOf(s, text, "**strong")).isEqualTo("hl-md-strong");
        assertThat(styleOf(s, text, "words**")).isEqualTo("hl-md-strong");
        assertThat(styleOf(s, text, "`code")).isEqualTo("hl-md-code");
        assertThat(styleOf(s, text, "span`")).isEqualTo("hl-md-code");
        assertThat(styleOf(s, text, " end.")).isNull();
        assertThat(s.styleAt(text.indexOf("\nover"))).as("the line break is not styled").isNull();
        // A blank line ends the paragraph: nothing spans it.
        assertThat(styleOf(s, text, "*not")).isNull();
        assertThat(styleOf(s, text, "across*")).isNull();
        // In a quote the run continues past the next line's marker, which keeps its style.
        assertThat(styleOf(s, text, "*quoted")).isEqualTo("hl-md-emphasis");
        assertThat(styleOf(s, text, "> run")).isEqualTo("hl-md-quote");
        assertThat(styleOf(s, text, "run*")).isEqualTo("hl-md-emphasis");
        // Each list item is a paragraph of its own.
        assertThat(styleOf(s, text, "*item")).isNull();
        assertThat(styleOf(s, text, "the*")).isNull();
        assertWellFormed(s, text.length());

        String crlf = "*a\r\nb* c";
        Highlights c = Highlighter.forFileName("README.md").highlight(crlf);
        assertThat(c.styleAt(0)).isEqualTo("hl-md-emphasis");
        assertThat(c.styleAt(2)).as("the CR").isNull();
        assertThat(c.styleAt(4)).isEqualTo("hl-md-emphasis");
        assertThat(c.styleAt(7)).isNull();
    }

    private static String styleOf(Highlights highlights, String text, String snippet) {
        int i = text.indexOf(snippet);
        assertThat(i).as(snippet).isNotNegative();
        return highlights.styleAt(i);
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
