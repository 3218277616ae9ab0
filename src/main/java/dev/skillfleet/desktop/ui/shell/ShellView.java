package dev.skillfleet.desktop.ui.shell;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.settings.AppSettings.Theme;
import dev.skillfleet.desktop.ui.chat.ChatView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The window's frame: app bar (title, theme), an optional notice, and the chat. */
public final class ShellView extends BorderPane {

    public ShellView(ShellViewModel viewModel, ChatView chat, Runnable openSettings, Runnable openDiagnostics) {
        getStyleClass().add("shell");
        setTop(new VBox(appBar(viewModel, openSettings, openDiagnostics), notice(viewModel)));
        setCenter(chat);
    }

    private Node appBar(ShellViewModel viewModel, Runnable openSettings, Runnable openDiagnostics) {
        Label title = new Label("Skill Fleet");
        title.getStyleClass().add(Styles.TITLE_4);
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("theme-choice");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : switch (t) {
                    case SYSTEM -> "Theme: follow system";
                    case LIGHT -> "Theme: light";
                    case DARK -> "Theme: dark";
                };
            }

            @Override
            public Theme fromString(String s) {
                return Theme.SYSTEM;
            }
        });
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button settings = new Button("Endpoints\u2026");
        settings.setId("open-settings");
        settings.setOnAction(e -> openSettings.run());
        Button diagnostics = new Button("Diagnostics");
        diagnostics.setId("open-diagnostics");
        diagnostics.getStyleClass().add(Styles.FLAT);
        diagnostics.setOnAction(e -> openDiagnostics.run());
        HBox bar = new HBox(12, title, spacer, diagnostics, settings, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-padding: 6 12 6 12; -fx-background-color: -color-bg-subtle;"
                + " -fx-border-color: transparent transparent -color-border-default transparent;");
        return bar;
    }

    private Node notice(ShellViewModel viewModel) {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(viewModel.noticeProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        dismiss.setOnAction(e -> viewModel.dismissNotice());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, text, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(Styles.WARNING);
        box.setStyle("-fx-padding: 6 12 6 12; -fx-background-color: -color-warning-subtle;");
        box.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
