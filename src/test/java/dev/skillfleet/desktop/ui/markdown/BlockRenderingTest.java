package dev.skillfleet.desktop.ui.markdown;

import static dev.skillfleet.desktop.ui.markdown.NodeTree.all;
import static dev.skillfleet.desktop.ui.markdown.NodeTree.single;
import static dev.skillfleet.desktop.ui.markdown.NodeTree.text;
import static dev.skillfleet.desktop.ui.markdown.NodeTree.withClass;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.Scene;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlockRenderingTest {

    private final RecordingActions actions = new RecordingActions();

    @BeforeAll
    static void startToolkit() {
        Fx.start();
    }

    private Node render(String markdown) throws Exception {
        return Fx.call(() -> new MarkdownRenderer(actions).render(markdown));
    }

    private static List<String> markers(Node list) {
        return withClass(list, "md-list-marker-text").stream().map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void rootIsAVBoxWithTheMarkdownClass() throws Exception {
        Node root = render("Hello");

        assertThat(root).isInstanceOf(VBox.class);
        assertThat(root.getStyleClass()).contains("markdown");
    }

    @Test
    void stylesheetGoesOnTheSceneTheRootJoinsOnce() throws Exception {
        VBox first = (VBox) render("one");
        VBox second = (VBox) render("two");

        Scene scene = Fx.call(() -> {
            var holder = new VBox();
            var s = new Scene(holder);
            holder.getChildren().addAll(first, second);
            return s;
        });

        assertThat(scene.getStylesheets()).containsExactlyElementsOf(MarkdownRenderer.stylesheets());
        assertThat(scene.getStylesheets()).anyMatch(url -> url.endsWith("/markdown/markdown.css"));
        // Not on the roots: per-root stylesheets make styling cost grow with every Parent in the transcript.
        assertThat(first.getStylesheets()).isEmpty();
    }

    @Test
    void emptyInputRendersAnEmptyBox() throws Exception {
        assertThat(((VBox) render("")).getChildren()).isEmpty();
    }

    @Test
    void headingsGetTheirLevelClass() throws Exception {
        VBox root = (VBox) render("# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six\n");

        assertThat(root.getChildren()).hasSize(6);
        String[] words = {"One", "Two", "Three", "Four", "Five", "Six"};
        for (int level = 1; level <= 6; level++) {
            Node heading = root.getChildren().get(level - 1);
            assertThat(heading.getStyleClass()).contains("md-heading", "md-h" + level);
            assertThat(text((TextFlow) heading)).isEqualTo(words[level - 1]);
        }
    }

    @Test
    void paragraphsBecomeTextFlowsInDocumentOrder() throws Exception {
        VBox root = (VBox) render("First paragraph.\n\nSecond paragraph.");

        assertThat(root.getChildren()).hasSize(2).allMatch(n -> n instanceof TextFlow);
        assertThat(text((TextFlow) root.getChildren().get(0))).isEqualTo("First paragraph.");
        assertThat(text((TextFlow) root.getChildren().get(1))).isEqualTo("Second paragraph.");
    }

    @Test
    void orderedListNumbersFromItsStartNumber() throws Exception {
        Node list = single(render("7. seven\n8. eight\n1. nine\n"), "md-list");

        assertThat(markers(list)).containsExactly("7.", "8.", "9.");
    }

    @Test
    void orderedListKeepsAParenthesisDelimiter() throws Exception {
        Node root = render("3) a\n4) b\n");

        assertThat(markers(root)).containsExactly("3)", "4)");
    }

    @Test
    void nestedListsNumberIndependentlyAndBulletsChangeWithDepth() throws Exception {
        Node root = render("""
                5. outer
                   1. inner one
                   2. inner two
                6. outer again
                   - bullet
                     - deeper bullet
                """);

        List<Node> lists = withClass(root, "md-list");
        assertThat(lists).hasSize(4);
        assertThat(markers(lists.get(1))).containsExactly("1.", "2.");
        assertThat(markers(lists.get(3))).containsExactly("\u25E6");
        assertThat(markers(lists.get(2)).getFirst()).isEqualTo("\u2022");
        // The outer list's own markers come first, then the nested ones, in document order.
        assertThat(markers(lists.get(0))).startsWith("5.", "1.", "2.", "6.");
    }

    @Test
    void listItemsHoldTheirParagraphs() throws Exception {
        Node root = render("- apples and pears\n- plums\n");

        List<Node> items = withClass(root, "md-list-item");
        assertThat(items).hasSize(2);
        assertThat(text((TextFlow) items.get(0))).isEqualTo("apples and pears");
        assertThat(text((TextFlow) items.get(1))).isEqualTo("plums");
        assertThat(withClass(root, "md-list-tight")).hasSize(1);
    }

    @Test
    void itemWithSeveralBlocksKeepsThemTogether() throws Exception {
        Node root = render("1. first para\n\n   second para\n\n   ```\n   code\n   ```\n2. next\n");

        Node item = withClass(root, "md-list-item").getFirst();
        assertThat(withClass(item, "md-paragraph")).hasSize(2);
        assertThat(withClass(item, CodeBlockFactory.STYLE_CLASS)).hasSize(1);
        assertThat(withClass(root, "md-list-loose")).hasSize(1);
    }

    @Test
    void blockQuoteWrapsItsContent() throws Exception {
        Node quote = single(render("> quoted *text*\n>\n> - item\n\nafter"), "md-blockquote");

        assertThat(text((TextFlow) withClass(quote, "md-paragraph").getFirst())).isEqualTo("quoted text");
        assertThat(withClass(quote, "md-list")).hasSize(1);
    }

    @Test
    void thematicBreakIsASeparator() throws Exception {
        VBox root = (VBox) render("above\n\n---\n\nbelow");

        assertThat(root.getChildren()).hasSize(3);
        assertThat(root.getChildren().get(1)).isInstanceOf(Separator.class);
    }

    @Test
    void htmlBlockIsShownAsTextNotInterpreted() throws Exception {
        String html = "<div onclick=\"steal()\">\n<b>hi</b>\n</div>";
        Node root = render(html + "\n\nafter");

        TextFlow flow = (TextFlow) single(root, "md-html");
        assertThat(text(flow)).isEqualTo(html);
    }

    @Test
    void linkReferenceDefinitionsRenderNothingButResolveLinks() throws Exception {
        VBox root = (VBox) render("[docs]: https://example.org/docs\n\nSee [the docs][docs].");

        assertThat(root.getChildren()).hasSize(1);
        Fx.run(() -> all(root, Hyperlink.class).getFirst().fire());
        assertThat(actions.opened).containsExactly("https://example.org/docs");
    }

    @Test
    void aTwoThousandLineAnswerRendersCompletely() throws Exception {
        var sb = new StringBuilder();
        int sections = 100;
        for (int i = 0; i < sections; i++) {
            sb.append("## Section ").append(i).append("\n\n");
            sb.append("Some **bold** and *italic* text with `code` and a [link](https://example.org/").append(i)
                    .append(").\nA soft break continues the paragraph.\n\n");
            sb.append("- item one\n- item two\n  1. nested\n  2. nested\n\n");
            sb.append("```java\nint x = ").append(i).append(";\n\nSystem.out.println(x);\n```\n\n");
            sb.append("| a | b |\n|---|--:|\n| 1 | 2 |\n\n");
        }
        String markdown = sb.toString();
        assertThat(markdown.lines().count()).isGreaterThanOrEqualTo(2000);

        VBox root = (VBox) render(markdown);

        assertThat(withClass(root, "md-h2")).hasSize(sections);
        assertThat(withClass(root, CodeBlockFactory.STYLE_CLASS)).hasSize(sections);
        assertThat(withClass(root, TableRenderer.STYLE_CLASS)).hasSize(sections);
        assertThat(all(root, Hyperlink.class)).hasSize(sections);
        assertThat(root.getChildren()).hasSize(sections * 5);
    }
}
