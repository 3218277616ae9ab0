package dev.skillfleet.desktop.ui.markdown;

import static dev.skillfleet.desktop.ui.markdown.NodeTree.runs;
import static dev.skillfleet.desktop.ui.markdown.NodeTree.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rendered nodes inside a themed scene, laid out at a fixed width the way a chat cell would. */
class LayoutAndStyleTest {

    private static final double WIDTH = 320;
    private static final String LONG = "The quick brown fox jumps over the lazy dog. ".repeat(12);

    @BeforeAll
    static void startToolkit() {
        Fx.start();
    }

    /** Renders, styles with {@code theme} and lays out at {@code width}, as a ListView cell would. */
    private static Region layOut(String markdown, Theme theme, double width) throws Exception {
        return Fx.call(() -> {
            var root = (Region) new MarkdownRenderer(new RecordingActions()).render(markdown);
            var holder = new StackPane();
            // The theme first, as the app installs it before any message arrives.
            new Scene(holder).getStylesheets().add(theme.getUserAgentStylesheet());
            holder.getChildren().add(root);
            root.applyCss();
            root.resize(width, root.prefHeight(width));
            root.layout();
            return root;
        });
    }

    private static Region layOut(String markdown) throws Exception {
        return layOut(markdown, new PrimerLight(), WIDTH);
    }

    private static Bounds boundsIn(Node ancestor, Node node) {
        return ancestor.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    private static Text run(Node root, String content) {
        return runs(root).stream().filter(t -> t.getText().equals(content)).findFirst().orElseThrow();
    }

    @Test
    void longParagraphWrapsToTheContainerWidth() throws Exception {
        Region root = layOut(LONG);
        TextFlow flow = (TextFlow) single(root, "md-paragraph");
        double lineHeight = runs(flow).getFirst().getFont().getSize();

        assertThat(flow.getWidth()).isLessThanOrEqualTo(WIDTH);
        assertThat(flow.getHeight()).isGreaterThan(4 * lineHeight);
        assertThat(root.getHeight()).isGreaterThanOrEqualTo(flow.getHeight());
    }

    @Test
    void listItemsAndQuotesWrapInsideTheirIndentation() throws Exception {
        Region root = layOut("- " + LONG + "\n\n> " + LONG);

        for (Node paragraph : NodeTree.withClass(root, "md-paragraph")) {
            Bounds bounds = boundsIn(root, paragraph);
            assertThat(bounds.getMinX()).isGreaterThan(0);
            assertThat(bounds.getMaxX()).isLessThanOrEqualTo(WIDTH + 0.5);
            assertThat(bounds.getHeight()).isGreaterThan(60);
        }
    }

    @Test
    void wideCodeKeepsItsLinesAndScrollsSideways() throws Exception {
        String wide = "let x = " + "\"abcdefghij\" + ".repeat(20) + "1;";
        Region root = layOut("```js\n" + wide + "\nsecond();\n```");

        var scroller = (HorizontalScroller) single(root, "md-code-body");
        Text code = (Text) scroller.content();
        ScrollBar bar = scroller.scrollBar().orElseThrow();

        assertThat(code.getLayoutBounds().getWidth()).isGreaterThan(WIDTH);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getMax()).isPositive();
        // The bar sits below the last line instead of over it, and the block stays inside the container.
        assertThat(boundsIn(scroller, bar).getMinY()).isGreaterThanOrEqualTo(boundsIn(scroller, code).getMaxY() - 0.5);
        assertThat(single(root, CodeBlockFactory.STYLE_CLASS).getLayoutBounds().getWidth())
                .isLessThanOrEqualTo(WIDTH);
    }

    @Test
    void scrollingSidewaysMovesTheCode() throws Exception {
        Region root = layOut("```\n" + "y".repeat(400) + "\n```");
        var scroller = (HorizontalScroller) single(root, "md-code-body");

        double before = Fx.call(() -> scroller.content().getLayoutX());
        Fx.run(() -> {
            scroller.scrollBar().orElseThrow().setValue(100);
            scroller.layout();
        });

        assertThat(scroller.content().getLayoutX()).isCloseTo(before - 100, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void wheelScrollingPassesThroughToTheChatListButSidewaysScrollingMovesTheCode() throws Exception {
        Region root = layOut("```\n" + "z".repeat(400) + "\n```");
        var scroller = (HorizontalScroller) single(root, "md-code-body");
        var reachedList = new ArrayList<ScrollEvent>();
        root.addEventHandler(ScrollEvent.SCROLL, reachedList::add);

        Fx.run(() -> Event.fireEvent(scroller, scroll(0, -40)));
        assertThat(reachedList).hasSize(1);
        assertThat(scroller.scrollBar().orElseThrow().getValue()).isZero();

        Fx.run(() -> Event.fireEvent(scroller, scroll(-40, 0)));
        assertThat(reachedList).hasSize(1);
        assertThat(scroller.scrollBar().orElseThrow().getValue()).isEqualTo(40);
    }

    private static ScrollEvent scroll(double deltaX, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false, false, false, false,
                deltaX, deltaY, deltaX, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void shortCodeShowsNoScrollBar() throws Exception {
        Region root = layOut("```\nshort\n```");

        assertThat(((HorizontalScroller) single(root, "md-code-body")).scrollBar()).isEmpty();
    }

    @Test
    void tableNarrowerThanItsTextWrapsItsCellsToFit() throws Exception {
        Region root = layOut("| A | B |\n|---|---|\n| " + LONG + " | " + LONG + " |\n");
        GridPane grid = (GridPane) single(root, TableRenderer.STYLE_CLASS);

        assertThat(grid.getWidth()).isLessThanOrEqualTo(WIDTH);
        assertThat(grid.getHeight()).isGreaterThan(100);
    }

    @Test
    void headingsAreLargerThanBodyTextAndBoldIsBold() throws Exception {
        Region root = layOut("# Title\n\nbody **strong** *slanted*");

        double h1 = run(root, "Title").getFont().getSize();
        double body = run(root, "body ").getFont().getSize();
        assertThat(h1).isGreaterThan(body * 1.5);
        assertThat(run(root, "strong").getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(run(root, "slanted").getFont().getStyle()).containsAnyOf("Italic", "Oblique", "italic", "oblique");
    }

    @Test
    void codeUsesTheChosenMonospaceFamily() throws Exception {
        Region root = layOut("Run `ls` or:\n\n```\nls -la\n```");
        String mono = MonospaceFont.family();

        assertThat(run(root, "ls").getFont().getFamily()).isEqualTo(mono);
        assertThat(((Text) single(root, "md-code-text")).getFont().getFamily()).isEqualTo(mono);
        assertThat(run(root, "Run ").getFont().getFamily()).isNotEqualTo(mono);
    }

    @Test
    void textFollowsTheThemeInLightAndDark() throws Exception {
        Color light = (Color) run(layOut("hello", new PrimerLight(), WIDTH), "hello").getFill();
        Color dark = (Color) run(layOut("hello", new PrimerDark(), WIDTH), "hello").getFill();

        assertThat(light.getBrightness()).isLessThan(0.4);
        assertThat(dark.getBrightness()).isGreaterThan(0.6);
    }
}
