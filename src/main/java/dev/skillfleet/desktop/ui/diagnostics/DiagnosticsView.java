package dev.skillfleet.desktop.ui.diagnostics;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.ui.diagnostics.DiagnosticsViewModel.TierRow;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.function.Function;

/** Cache hits, misses and evictions per tier. */
public final class DiagnosticsView extends BorderPane {

    public DiagnosticsView(DiagnosticsViewModel viewModel) {
        setPadding(new Insets(12));
        Label title = new Label("Cache");
        title.getStyleClass().add(Styles.TITLE_4);
        TableView<TierRow> table = new TableView<>(viewModel.getRows());
        table.setId("cache-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Tier", TierRow::tier));
        table.getColumns().add(column("Time to live", TierRow::ttl));
        table.getColumns().add(column("Hits", TierRow::hits));
        table.getColumns().add(column("Misses", TierRow::misses));
        table.getColumns().add(column("Hit rate", TierRow::hitRate));
        table.getColumns().add(column("Evictions", TierRow::evictions));
        table.getColumns().add(column("Entries", TierRow::entries));
        table.setPrefHeight(230);
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> viewModel.refresh());
        Button clear = new Button("Clear cache");
        clear.setOnAction(e -> viewModel.clear());
        HBox buttons = new HBox(8, refresh, clear);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        setTop(title);
        setCenter(table);
        setBottom(buttons);
    }

    private static <T> TableColumn<TierRow, T> column(String name, Function<TierRow, T> value) {
        TableColumn<TierRow, T> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
