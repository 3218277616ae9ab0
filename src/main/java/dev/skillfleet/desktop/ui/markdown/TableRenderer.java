package dev.skillfleet.desktop.ui.markdown;

import javafx.scene.layout.GridPane;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * Lays out a GFM table as a GridPane of wrapping cells. The grid sits in a {@link HorizontalScroller}: it takes the
 * message's width, its cells wrap down to a minimum width, and only past that does it scroll sideways.
 */
final class TableRenderer {

    static final String STYLE_CLASS = "md-table";
    static final String CELL = "md-table-cell";
    static final String HEADER = "md-table-header";
    static final String STRIPED = "md-table-row-striped";

    private final InlineRenderer inlines;

    TableRenderer(InlineRenderer inlines) {
        this.inlines = inlines;
    }

    HorizontalScroller render(TableBlock table) {
        var grid = new GridPane();
        grid.getStyleClass().add(STYLE_CLASS);
        int row = 0;
        // Children are a TableHead and a TableBody, each holding rows; numbering runs through both.
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (r instanceof TableRow tableRow) {
                    addRow(grid, tableRow, row++);
                }
            }
        }
        var scroller = new HorizontalScroller(grid);
        scroller.getStyleClass().add("md-table-scroller");
        return scroller;
    }

    private void addRow(GridPane grid, TableRow row, int rowIndex) {
        int column = 0;
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell cell) {
                grid.add(cell(cell, rowIndex), column++, rowIndex);
            }
        }
    }

    private TextFlow cell(TableCell cell, int rowIndex) {
        TextFlow flow;
        if (cell.isHeader()) {
            flow = inlines.flow(cell, CELL, HEADER);
        } else if (rowIndex % 2 == 0) {
            // Every second body row (the header is row 0), as on GitHub, so long rows are easier to follow.
            flow = inlines.flow(cell, CELL, STRIPED);
        } else {
            flow = inlines.flow(cell, CELL);
        }
        flow.setTextAlignment(alignment(cell.getAlignment()));
        return flow;
    }

    private static TextAlignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return TextAlignment.LEFT;
        }
        return switch (alignment) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        };
    }
}
