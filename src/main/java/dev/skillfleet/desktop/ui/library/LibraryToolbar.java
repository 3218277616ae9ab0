package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.nio.file.Path;

/** The library's bar: the roots (add a folder, remove one, refresh), the actions on skills, and the status line. */
final class LibraryToolbar extends HBox {

    LibraryToolbar(LibraryViewModel viewModel, LibraryTreePane tree, FileDialogs dialogs, Node... leading) {
        getStyleClass().add("library-toolbar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);

        MenuButton add = new MenuButton("Add folder");
        add.setId("add-folder");
        add.setTooltip(new Tooltip("Show another skill folder in the library, e.g. ~/.claude/skills"));
        Runnable fillMenu = () -> {
            add.getItems().clear();
            for (Path suggestion : viewModel.getSuggestions()) {
                MenuItem item = new MenuItem(suggestion.toString());
                item.setOnAction(e -> viewModel.addRoot(suggestion));
                add.getItems().add(item);
            }
            if (!add.getItems().isEmpty()) {
                add.getItems().add(new SeparatorMenuItem());
            }
            MenuItem choose = new MenuItem("Choose a folder\u2026");
            choose.setId("choose-folder");
            choose.setOnAction(e -> dialogs.chooseFolder(getScene().getWindow(), "Add a skill folder",
                    Path.of(System.getProperty("user.home"))).ifPresent(viewModel::addRoot));
            add.getItems().add(choose);
        };
        fillMenu.run();
        viewModel.getSuggestions().addListener((ListChangeListener<Path>) c -> fillMenu.run());
        add.setOnShowing(e -> viewModel.loadSuggestions());

        Button remove = new Button("Remove folder");
        remove.setId("remove-folder");
        remove.setTooltip(new Tooltip("Stop showing the selected added folder (nothing on disk is deleted)"));
        remove.setDisable(true);
        tree.getSelectionModel().selectedItemProperty().subscribe(item -> {
            LibraryRoot root = tree.selectedRoot();
            remove.setDisable(root == null || root.main());
        });
        remove.setOnAction(e -> viewModel.removeRoot(tree.selectedRoot()));

        Button refresh = new Button("Refresh");
        refresh.setId("library-refresh");
        refresh.setTooltip(new Tooltip("Scan every folder again (F5)"));
        refresh.setOnAction(e -> viewModel.refresh());

        Label status = new Label();
        status.setId("library-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(viewModel.statusProperty());
        status.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(leading);
        getChildren().addAll(spacer, status, add, remove, refresh);
    }
}
