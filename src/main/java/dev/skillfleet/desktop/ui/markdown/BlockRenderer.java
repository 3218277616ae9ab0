package dev.skillfleet.desktop.ui.markdown;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/** Turns block nodes (headings, paragraphs, lists, quotes, code, tables...) into a column of JavaFX nodes. */
final class BlockRenderer {

    // Nested bullet lists change marker so the levels stay apart even where indentation is small.
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

    private final InlineRenderer inlines;
    private final CodeBlockFactory codeBlocks;
    private final TableRenderer tables;

    BlockRenderer(InlineRenderer inlines, MarkdownActions actions) {
        this.inlines = inlines;
        this.codeBlocks = new CodeBlockFactory(actions);
        this.tables = new TableRenderer(inlines);
    }

    List<javafx.scene.Node> renderChildren(Node parent) {
        var out = new ArrayList<javafx.scene.Node>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            javafx.scene.Node rendered = render(child);
            if (rendered != null) {
                out.add(rendered);
            }
        }
        return out;
    }

    private javafx.scene.Node render(Node block) {
        return switch (block) {
            case Heading h -> inlines.flow(h, "md-heading", "md-h" + Math.clamp(h.getLevel(), 1, 6));
            case Paragraph p -> inlines.flow(p, "md-paragraph");
            case BulletList l -> list(l);
            case OrderedList l -> list(l);
            case BlockQuote q -> column(renderChildren(q), "md-blockquote");
            case ThematicBreak t -> separator();
            case FencedCodeBlock c -> codeBlocks.create(c.getLiteral(), c.getInfo());
            case IndentedCodeBlock c -> codeBlocks.create(c.getLiteral(), "");
            case HtmlBlock h -> inlines.plain(stripFinalNewline(h.getLiteral()), "md-paragraph", "md-html");
            case TableBlock t -> tables.render(t);
            case LinkReferenceDefinition d -> null;
            // Blocks from extensions we do not know: show their content rather than drop it.
            default -> block.getFirstChild() == null ? null : column(renderChildren(block), "md-unknown");
        };
    }

    /**
     * A list is a two-column grid, markers and item bodies: the marker column takes the widest marker, so "9." and
     * "10." line up, and there is no row container per item to style and lay out.
     */
    private GridPane list(ListBlock list) {
        var grid = new GridPane();
        grid.getStyleClass().addAll("md-list", list.isTight() ? "md-list-tight" : "md-list-loose");
        var markers = new ColumnConstraints();
        markers.setMinWidth(Region.USE_PREF_SIZE);
        markers.setHalignment(HPos.RIGHT);
        var bodies = new ColumnConstraints();
        bodies.setHgrow(Priority.ALWAYS);
        bodies.setFillWidth(true);
        grid.getColumnConstraints().setAll(markers, bodies);

        int number = list instanceof OrderedList ordered ? startNumber(ordered) : 0;
        String bullet = BULLETS[Math.min(bulletDepth(list), BULLETS.length - 1)];
        int row = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), row++) {
            String marker = list instanceof OrderedList ordered ? number++ + delimiter(ordered) : bullet;
            List<javafx.scene.Node> content = renderChildren(item);
            // Most items hold one paragraph: no column then, one Parent less per item adds up in long lists.
            javafx.scene.Node body = content.size() == 1 ? content.getFirst() : column(content, "md-list-item-content");
            body.getStyleClass().add("md-list-item");
            // Top, not baseline: marker and paragraph share a font, so their first lines line up anyway, and
            // baseline alignment doubled the layout time of long lists.
            GridPane.setValignment(body, VPos.TOP);
            // add(node, column, row), not addRow: addRow scans every earlier child, quadratic in long lists.
            grid.add(marker(marker), 0, row);
            grid.add(body, 1, row);
        }
        return grid;
    }

    private static TextFlow marker(String marker) {
        var text = new Text(marker);
        text.getStyleClass().addAll(InlineRenderer.TEXT, "md-list-marker-text");
        // A flow rather than a Label: no control skin to build per item, and it lays out text like the item's body.
        var flow = new TextFlow(text);
        flow.getStyleClass().add("md-list-marker");
        GridPane.setValignment(flow, VPos.TOP);
        return flow;
    }

    private static int startNumber(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start == null ? 1 : start;
    }

    private static String delimiter(OrderedList list) {
        String delimiter = list.getMarkerDelimiter();
        return delimiter == null ? "." : delimiter;
    }

    private static int bulletDepth(ListBlock list) {
        int depth = 0;
        for (Node n = list.getParent(); n != null; n = n.getParent()) {
            if (n instanceof BulletList) {
                depth++;
            }
        }
        return depth;
    }

    private static VBox column(List<javafx.scene.Node> children, String... styleClasses) {
        var box = new VBox();
        box.getStyleClass().addAll(styleClasses);
        box.setMinWidth(0);
        box.getChildren().setAll(children);
        return box;
    }

    private static Separator separator() {
        var separator = new Separator();
        separator.getStyleClass().add("md-hr");
        return separator;
    }

    static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
