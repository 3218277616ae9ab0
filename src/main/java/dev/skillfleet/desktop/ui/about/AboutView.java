package dev.skillfleet.desktop.ui.about;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.config.AppInfo.Fact;
import dev.skillfleet.desktop.ui.fx.AppIcons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/** "About Skill Fleet Desktop": the icon, name and version, then one row per fact; folders have an Open button. */
public final class AboutView extends BorderPane {

    public AboutView(AboutViewModel viewModel) {
        setPadding(new Insets(16));
        setTop(header(viewModel));
        setCenter(facts(viewModel));
        setBottom(buttons(viewModel));
    }

    private static HBox header(AboutViewModel viewModel) {
        Label name = new Label(viewModel.name());
        name.getStyleClass().add(Styles.TITLE_3);
        Label version = new Label("Version " + viewModel.version());
        version.setId("about-version");
        version.getStyleClass().add(Styles.TEXT_MUTED);
        HBox header = new HBox(12);
        AppIcons.largest().ifPresent(icon -> {
            ImageView view = new ImageView(icon);
            view.setFitWidth(56);
            view.setFitHeight(56);
            view.setSmooth(true);
            header.getChildren().add(view);
        });
        header.getChildren().add(new VBox(2, name, version));
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 12, 0));
        return header;
    }

    private static GridPane facts(AboutViewModel viewModel) {
        GridPane grid = new GridPane();
        grid.setId("about-facts");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values, new ColumnConstraints());
        List<Fact> facts = viewModel.getFacts();
        for (int row = 0; row < facts.size(); row++) {
            Fact fact = facts.get(row);
            Label label = new Label(fact.label());
            label.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(fact.value());
            value.setId("about-" + fact.label().toLowerCase(Locale.ROOT).replace(' ', '-'));
            value.setWrapText(true);
            grid.addRow(row, label, value);
            if (fact.folder().isPresent()) {
                Button open = new Button("Open");
                open.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
                open.setOnAction(e -> viewModel.openFolder(fact));
                grid.add(open, 2, row);
            }
        }
        return grid;
    }

    private HBox buttons(AboutViewModel viewModel) {
        Label status = new Label();
        status.setId("about-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button copy = new Button("Copy details");
        copy.setId("copy-about-details");
        copy.setOnAction(e -> viewModel.copyDetails());
        Button close = new Button("Close");
        close.setId("about-close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        HBox buttons = new HBox(8, status, copy, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        return buttons;
    }
}
