package dev.skillfleet.desktop.ui.markdown;

import static dev.skillfleet.desktop.ui.markdown.NodeTree.runs;
import static dev.skillfleet.desktop.ui.markdown.NodeTree.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TableTest {

    @BeforeAll
    static void startToolkit() {
        Fx.start();
    }

    private static GridPane table(String markdown) throws Exception {
        Node root = Fx.call(() -> new MarkdownRenderer(new RecordingActions()).render(markdown));
        List<GridPane> grids = NodeTree.withClass(root, TableRenderer.STYLE_CLASS).stream().map(GridPane.class::cast).toList();
        assertThat(grids).hasSize(1);
        return grids.getFirst();
    }

    private static TextFlow cell(GridPane grid, int column, int row) {
        return grid.getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) == column && GridPane.getRowIndex(n) == row)
                .map(TextFlow.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static final String TABLE = """
            | Name | Role | Score |
            |:-----|:----:|------:|
            | Ada  | **lead** | 10 |
            | Bob  | dev  | 7 |
            """;

    @Test
    void everyHeaderAndBodyCellBecomesAGridCell() throws Exception {
        GridPane grid = table(TABLE);

        assertThat(grid.getStyleClass()).contains("md-table");
        assertThat(grid.getChildren()).hasSize(9);
        assertThat(text(cell(grid, 0, 0))).isEqualTo("Name");
        assertThat(text(cell(grid, 2, 2))).isEqualTo("7");
        assertThat(text(cell(grid, 1, 1))).isEqualTo("lead");
    }

    @Test
    void headerCellsAreMarkedAndBodyCellsAreNot() throws Exception {
        GridPane grid = table(TABLE);

        for (int column = 0; column < 3; column++) {
            assertThat(cell(grid, column, 0).getStyleClass()).contains("md-table-header");
            assertThat(cell(grid, column, 1).getStyleClass()).doesNotContain("md-table-header");
        }
    }

    @Test
    void columnAlignmentIsKept() throws Exception {
        GridPane grid = table(TABLE);

        assertThat(cell(grid, 0, 1).getTextAlignment()).isEqualTo(TextAlignment.LEFT);
        assertThat(cell(grid, 1, 1).getTextAlignment()).isEqualTo(TextAlignment.CENTER);
        assertThat(cell(grid, 2, 1).getTextAlignment()).isEqualTo(TextAlignment.RIGHT);
    }

    @Test
    void cellsKeepInlineFormatting() throws Exception {
        GridPane grid = table(TABLE);

        assertThat(runs(cell(grid, 1, 1)).getFirst().getStyleClass()).contains("md-strong");
    }

    @Test
    void shortRowsAreFilledToTheHeaderWidth() throws Exception {
        GridPane grid = table("| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 |\n");

        assertThat(grid.getChildren()).hasSize(9);
        assertThat(text(cell(grid, 2, 1))).isEmpty();
    }
}
