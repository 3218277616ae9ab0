package dev.skillfleet.desktop.ui.markdown;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Turns the inline content of one block (text, emphasis, code spans, links...) into the children of a TextFlow,
 * so the whole block wraps as one run of text. Styling is by style class only; markdown.css gives the looks.
 */
final class InlineRenderer {

    static final String TEXT = "md-text";
    static final String STRONG = "md-strong";
    static final String EMPHASIS = "md-em";
    static final String CODE = "md-code-inline";
    static final String MONO = "md-mono";
    static final String LINK = "md-link";
    static final String IMAGE_ALT = "md-image-alt";

    private final MarkdownActions actions;

    InlineRenderer(MarkdownActions actions) {
        this.actions = actions;
    }

    /** A flow holding the rendered inline children of {@code block}. */
    TextFlow flow(Node block, String... styleClasses) {
        var nodes = new ArrayList<javafx.scene.Node>();
        appendChildren(block, List.of(), nodes);
        var flow = new TextFlow();
        flow.getStyleClass().addAll(styleClasses);
        flow.getChildren().setAll(nodes);
        return flow;
    }

    /** A flow showing {@code text} literally, for source that must not be interpreted (raw HTML). */
    TextFlow plain(String text, String... styleClasses) {
        var flow = new TextFlow(text(text, List.of()));
        flow.getStyleClass().addAll(styleClasses);
        return flow;
    }

    private void appendChildren(Node parent, List<String> styles, List<javafx.scene.Node> out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            append(child, styles, out);
        }
    }

    private void append(Node node, List<String> styles, List<javafx.scene.Node> out) {
        switch (node) {
            case org.commonmark.node.Text t -> out.add(text(t.getLiteral(), styles));
            case Code c -> out.add(text(c.getLiteral(), with(styles, CODE, MONO)));
            case Emphasis e -> appendChildren(e, with(styles, EMPHASIS), out);
            case StrongEmphasis s -> appendChildren(s, with(styles, STRONG), out);
            case Link l -> out.add(link(l, styles));
            case Image i -> out.add(text(imageAlt(i), with(styles, IMAGE_ALT)));
            // Soft breaks are spaces (CommonMark): the flow decides where lines end, not the model's raw newlines.
            case SoftLineBreak b -> out.add(text(" ", styles));
            case HardLineBreak b -> out.add(text("\n", styles));
            // Shown as typed, never interpreted.
            case HtmlInline h -> out.add(text(h.getLiteral(), styles));
            // Inline nodes from extensions we do not know: keep whatever text they carry.
            default -> appendChildren(node, styles, out);
        }
    }

    private static Text text(String content, List<String> styles) {
        var text = new Text(content);
        text.getStyleClass().add(TEXT);
        text.getStyleClass().addAll(styles);
        return text;
    }

    private Hyperlink link(Link link, List<String> styles) {
        String url = link.getDestination();
        String label = plainText(link);
        var hyperlink = new Hyperlink(label.isBlank() ? url : label);
        hyperlink.setMnemonicParsing(false);
        hyperlink.getStyleClass().add(LINK);
        hyperlink.getStyleClass().addAll(styles);
        // The visible text can say anything; the tooltip shows where the link really goes. Made on first hover: a
        // Tooltip per link is a popup control, too much to build for links nobody points at.
        String title = link.getTitle();
        hyperlink.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (hyperlink.getTooltip() == null) {
                hyperlink.setTooltip(new Tooltip(title == null || title.isBlank() ? url : title + "\n" + url));
            }
        });
        hyperlink.setOnAction(e -> {
            // A visited link turns grey in AtlantaFX, and chat links are usually followed once; keep them looking live.
            hyperlink.setVisited(false);
            actions.openLink(url);
        });
        return hyperlink;
    }

    private static String imageAlt(Image image) {
        String alt = plainText(image);
        return alt.isBlank() ? "[image]" : alt;
    }

    /** The text a reader would see in {@code node}, without formatting (for link labels and alt text). */
    static String plainText(Node node) {
        var sb = new StringBuilder();
        collectText(node, sb);
        return sb.toString();
    }

    private static void collectText(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case org.commonmark.node.Text t -> sb.append(t.getLiteral());
                case Code c -> sb.append(c.getLiteral());
                case HtmlInline h -> sb.append(h.getLiteral());
                case SoftLineBreak b -> sb.append(' ');
                case HardLineBreak b -> sb.append('\n');
                default -> collectText(child, sb);
            }
        }
    }

    private static List<String> with(List<String> styles, String... more) {
        var result = new ArrayList<String>(styles.size() + more.length);
        result.addAll(styles);
        result.addAll(List.of(more));
        return result;
    }
}
