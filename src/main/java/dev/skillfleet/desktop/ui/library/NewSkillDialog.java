package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.library.NewSkillResult;
import dev.skillfleet.desktop.core.library.SkillTemplate;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "New skill…": name, category, description and template, each with its problem shown beside it as the user types.
 * Create writes a draft and closes the dialog; a refusal keeps it open with the reason.
 */
final class NewSkillDialog extends Dialog<ButtonType> {

    private static final ButtonType CREATE = new ButtonType("Create draft", ButtonBar.ButtonData.OK_DONE);

    NewSkillDialog(Window owner, NewSkillViewModel model, ObservableList<String> categories) {
        initOwner(owner);
        setTitle("New skill");
        setHeaderText("A new skill starts as a draft; promote it into the library when it is ready.");
        getDialogPane().getButtonTypes().addAll(CREATE, ButtonType.CANCEL);
        getDialogPane().setPrefWidth(620);
        getDialogPane().getStyleClass().add("new-skill-dialog");

        TextField name = new TextField();
        name.setId("new-skill-name");
        name.setPromptText("e.g. redis-caching (lowercase letters, digits and -)");
        name.textProperty().bindBidirectional(model.nameProperty());
        ComboBox<String> category = new ComboBox<>(categories);
        category.setId("new-skill-category");
        category.setEditable(true);
        category.setMaxWidth(Double.MAX_VALUE);
        category.setPromptText("e.g. python or web/frontend; empty for the top level");
        category.getEditor().textProperty().bindBidirectional(model.categoryProperty());
        TextArea description = new TextArea();
        description.setId("new-skill-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setPromptText("What it does, and when to use it: \u201cUse when \u2026\u201d");
        description.textProperty().bindBidirectional(model.descriptionProperty());
        ComboBox<SkillTemplate> template = new ComboBox<>();
        template.setId("new-skill-template");
        template.getItems().setAll(SkillTemplate.values());
        template.setConverter(new StringConverter<>() {
            @Override
            public String toString(SkillTemplate t) {
                return t == null ? "" : t.label();
            }

            @Override
            public SkillTemplate fromString(String s) {
                return null;
            }
        });
        template.valueProperty().bindBidirectional(model.templateProperty());
        Label summary = new Label();
        wrapping(summary);
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> model.templateProperty().get() == null ? "" : model.templateProperty().get().summary(),
                model.templateProperty()));

        GridPane grid = new GridPane(10, 4);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(200, 440, Double.MAX_VALUE,
                Priority.ALWAYS, null, true));
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.add(problem("new-skill-name-problem", model.nameProblemProperty()), 1, row++);
        grid.addRow(row++, new Label("Category"), category);
        grid.add(problem("new-skill-category-problem", model.categoryProblemProperty()), 1, row++);
        grid.addRow(row++, new Label("Description"), description);
        grid.add(problem("new-skill-description-problem", model.descriptionProblemProperty()), 1, row++);
        grid.addRow(row++, new Label("Template"), template);
        grid.add(summary, 1, row++);

        Label warnings = new Label();
        wrapping(warnings);
        warnings.getStyleClass().addAll("field-warning", Styles.TEXT_SMALL);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> String.join(" ", model.getWarnings()),
                model.getWarnings()));
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        getDialogPane().setContent(new VBox(10, grid, problem("new-skill-problem", model.otherProblemProperty()),
                warnings));

        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.setId("new-skill-create");
        create.disableProperty().bind(model.validProperty().not().or(model.busyProperty()));
        // Create writes first and closes only once the draft exists; a refusal leaves the dialog open.
        create.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.create().thenAccept(result -> {
                if (result instanceof NewSkillResult.Created) {
                    setResult(CREATE);
                    close();
                }
            });
        });
        setOnShown(e -> name.requestFocus());
        setResizable(true);
        // Problems appear and go as the user types: the dialog grows with them instead of cutting off its buttons.
        for (var text : java.util.List.of(model.nameProblemProperty(), model.categoryProblemProperty(),
                model.descriptionProblemProperty(), model.otherProblemProperty())) {
            text.addListener((obs, old, now) -> javafx.application.Platform.runLater(this::fitContent));
        }
        model.getWarnings().addListener((javafx.collections.ListChangeListener<String>) c ->
                javafx.application.Platform.runLater(this::fitContent));
    }

    private void fitContent() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    /** A label that wraps inside its grid cell instead of ending in "…". */
    private static void wrapping(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private static Node problem(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        wrapping(label);
        label.getStyleClass().addAll("field-problem", Styles.TEXT_SMALL);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
