package dev.skillfleet.desktop.ui.markdown;

import static dev.skillfleet.desktop.ui.markdown.NodeTree.all;
import static dev.skillfleet.desktop.ui.markdown.NodeTree.single;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

import atlantafx.base.theme.Styles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CodeBlockTest {

    private final RecordingActions actions = new RecordingActions();

    @BeforeAll
    static void startToolkit() {
        Fx.start();
    }

    private Node codeBlock(String markdown) throws Exception {
        Node root = Fx.call(() -> new MarkdownRenderer(actions).render(markdown));
        return single(root, CodeBlockFactory.STYLE_CLASS);
    }

    private static Button copyButton(Node block) {
        return all(block, Button.class).getFirst();
    }

    private static String language(Node block) {
        return NodeTree.withClass(block, "md-code-lang").stream().map(n -> ((Label) n).getText()).findFirst().orElse("");
    }

    private static String shownCode(Node block) {
        return ((Text) single(block, "md-code-text")).getText();
    }

    @Test
    void copyButtonPassesTheExactCodeWithBlankLinesAndIndentation() throws Exception {
        String code = "  # indented first line\ndef greet(name):\n\n    if name:\n\t\treturn f\"hi {name}\"  \n\n\n"
                + "    return None  ";
        Node block = codeBlock("Intro\n\n```python\n" + code + "\n```\n\nOutro");

        assertThat(language(block)).isEqualTo("python");
        assertThat(shownCode(block)).isEqualTo(code);

        Button copy = copyButton(block);
        assertThat(copy.getText()).isEqualTo("Copy");
        Fx.run(copy::fire);

        assertThat(actions.copied).containsExactly(code);
        assertThat(copy.getText()).isEqualTo("Copied");
    }

    @Test
    void copyButtonIsSmallAndFlat() throws Exception {
        assertThat(copyButton(codeBlock("```\nx\n```")).getStyleClass()).contains(Styles.SMALL, Styles.FLAT);
    }

    @Test
    void languageIsTheFirstWordOfTheInfoString() throws Exception {
        assertThat(language(codeBlock("```java title=\"Main.java\"\nclass Main {}\n```"))).isEqualTo("java");
        assertThat(language(codeBlock("```\nno language\n```"))).isEmpty();
    }

    @Test
    void tildeFenceWithBackticksInsideKeepsThem() throws Exception {
        Node block = codeBlock("~~~md\n```\nnested\n```\n~~~");

        assertThat(language(block)).isEqualTo("md");
        Fx.run(() -> copyButton(block).fire());
        assertThat(actions.copied).containsExactly("```\nnested\n```");
    }

    @Test
    void trailingBlankLineInsideTheFenceIsPartOfTheCode() throws Exception {
        Node block = codeBlock("```\nline\n\n```");

        Fx.run(() -> copyButton(block).fire());
        assertThat(actions.copied).containsExactly("line\n");
    }

    @Test
    void indentedCodeBlockHasACopyButtonToo() throws Exception {
        Node block = codeBlock("Text:\n\n    first\n\n      indented more\n");

        assertThat(language(block)).isEmpty();
        Fx.run(() -> copyButton(block).fire());
        assertThat(actions.copied).containsExactly("first\n\n  indented more");
    }

    @Test
    void unclosedFenceRunsToTheEndOfTheMessage() throws Exception {
        Node block = codeBlock("```sh\necho one\n\necho two");

        assertThat(shownCode(block)).isEqualTo("echo one\n\necho two");
    }

    @Test
    void codeIsNeverInterpretedAsMarkdownOrHtml() throws Exception {
        Node block = codeBlock("```\n**not bold** <b>not html</b> [no](link)\n```");

        assertThat(shownCode(block)).isEqualTo("**not bold** <b>not html</b> [no](link)");
    }

    @Test
    void codeTextDoesNotWrap() throws Exception {
        Text text = (Text) single(codeBlock("```\n" + "x".repeat(500) + "\n```"), "md-code-text");

        assertThat(text.getWrappingWidth()).isZero();
    }
}
