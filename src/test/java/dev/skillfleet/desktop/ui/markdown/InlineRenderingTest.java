package dev.skillfleet.desktop.ui.markdown;

import static dev.skillfleet.desktop.ui.markdown.NodeTree.all;
import static dev.skillfleet.desktop.ui.markdown.NodeTree.runs;
import static dev.skillfleet.desktop.ui.markdown.NodeTree.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InlineRenderingTest {

    private final RecordingActions actions = new RecordingActions();

    @BeforeAll
    static void startToolkit() {
        Fx.start();
    }

    /** The single paragraph {@code markdown} renders to. */
    private TextFlow paragraph(String markdown) throws Exception {
        VBox root = (VBox) Fx.call(() -> new MarkdownRenderer(actions).render(markdown));
        assertThat(root.getChildren()).hasSize(1);
        return (TextFlow) root.getChildren().getFirst();
    }

    private static Text run(Node root, String content) {
        return runs(root).stream().filter(t -> t.getText().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no run \"" + content + "\" in " + runs(root)));
    }

    @Test
    void boldItalicAndBothGetTheirStyleClasses() throws Exception {
        TextFlow flow = paragraph("plain **bold** *italic* ***both*** _under_");

        assertThat(text(flow)).isEqualTo("plain bold italic both under");
        assertThat(run(flow, "plain ").getStyleClass()).doesNotContain("md-strong", "md-em");
        assertThat(run(flow, "bold").getStyleClass()).contains("md-strong").doesNotContain("md-em");
        assertThat(run(flow, "italic").getStyleClass()).contains("md-em").doesNotContain("md-strong");
        assertThat(run(flow, "both").getStyleClass()).contains("md-strong", "md-em");
        assertThat(run(flow, "under").getStyleClass()).contains("md-em");
    }

    @Test
    void inlineCodeIsAMonospaceRunWithItsExactText() throws Exception {
        TextFlow flow = paragraph("call `foo(**x**)  ` now");

        Text code = run(flow, "foo(**x**)  ");
        assertThat(code.getStyleClass()).contains("md-code-inline", "md-mono").doesNotContain("md-strong");
    }

    @Test
    void linkIsAHyperlinkInTheFlowThatOpensItsDestination() throws Exception {
        TextFlow flow = paragraph("Read [the *guide*](https://example.org/guide \"Guide\") first.");

        List<Hyperlink> links = all(flow, Hyperlink.class);
        assertThat(links).hasSize(1);
        Hyperlink link = links.getFirst();
        assertThat(link.getParent()).isSameAs(flow);
        assertThat(link.getText()).isEqualTo("the guide");
        assertThat(link.getTooltip()).isNull();
        Fx.run(() -> Event.fireEvent(link, new MouseEvent(MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        // The label can claim anything; hovering shows where the link really goes.
        assertThat(link.getTooltip().getText()).isEqualTo("Guide\nhttps://example.org/guide");
        assertThat(text(flow)).isEqualTo("Read the guide first.");

        Fx.run(link::fire);

        assertThat(actions.opened).containsExactly("https://example.org/guide");
    }

    @Test
    void autolinkOpensItsUrlAndShowsIt() throws Exception {
        TextFlow flow = paragraph("See <https://example.org/a_b>.");

        Hyperlink link = all(flow, Hyperlink.class).getFirst();
        assertThat(link.getText()).isEqualTo("https://example.org/a_b");
        Fx.run(link::fire);
        assertThat(actions.opened).containsExactly("https://example.org/a_b");
    }

    @Test
    void linkInsideBoldIsBold() throws Exception {
        TextFlow flow = paragraph("**see [here](https://x.test)**");

        assertThat(all(flow, Hyperlink.class).getFirst().getStyleClass()).contains("md-link", "md-strong");
    }

    @Test
    void inlineScriptTagIsShownAsText() throws Exception {
        TextFlow flow = paragraph("before <script>alert('x')</script> after");

        assertThat(text(flow)).isEqualTo("before <script>alert('x')</script> after");
        assertThat(flow.getChildren()).allMatch(n -> n instanceof Text);
    }

    @Test
    void imageIsItsAltTextAndLoadsNothing() throws Exception {
        TextFlow flow = paragraph("Look: ![a *red* cat](https://example.org/cat.png)");

        assertThat(text(flow)).isEqualTo("Look: a red cat");
        assertThat(run(flow, "a red cat").getStyleClass()).contains("md-image-alt");
        assertThat(all(flow, ImageView.class)).isEmpty();
    }

    @Test
    void imageWithoutAltTextStillShowsSomething() throws Exception {
        assertThat(text(paragraph("![](https://example.org/x.png)"))).isEqualTo("[image]");
    }

    @Test
    void softBreakIsASpaceAndHardBreakANewline() throws Exception {
        assertThat(text(paragraph("one\ntwo"))).isEqualTo("one two");
        assertThat(text(paragraph("one  \ntwo"))).isEqualTo("one\ntwo");
        assertThat(text(paragraph("one\\\ntwo"))).isEqualTo("one\ntwo");
    }

    @Test
    void entitiesAndEscapesAreDecoded() throws Exception {
        assertThat(text(paragraph("a &amp; b \\*not italic\\* &lt;tag&gt;"))).isEqualTo("a & b *not italic* <tag>");
    }

    @Test
    void everyRunCarriesTheBaseTextClass() throws Exception {
        TextFlow flow = paragraph("a **b** `c` d");

        assertThat(flow.getChildren()).allMatch(n -> n.getStyleClass().contains("md-text"));
    }
}
