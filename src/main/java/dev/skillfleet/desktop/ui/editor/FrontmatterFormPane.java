package dev.skillfleet.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frontmatter form beside the text: one input per field, bound to {@link FrontmatterForm}, each with the first
 * problem validation found about it; metadata as key/value rows. Read-only while the text's frontmatter does not
 * parse, with the reason on top.
 */
final class FrontmatterFormPane {

    private static final Map<String, String> HINTS = Map.of(
            "name", "lowercase letters, digits and \"-\"; the folder's name",
            "description", "what the skill does and when to use it",
            "license", "e.g. Apache-2.0, or \"see LICENSE.txt\"",
            "compatibility", "what it needs, e.g. Python 3.11+ and network access",
            "allowed-tools", "space-separated, e.g. Bash(git:*) Read");

    private final FrontmatterForm form;
    private final Map<String, Label> problemLabels = new LinkedHashMap<>();
    private final Map<String, TextInputControl> inputs = new LinkedHashMap<>();
    private final VBox rows = new VBox(4);
    private final ScrollPane node;

    FrontmatterFormPane(SkillEditorViewModel model) {
        this.form = model.form();
        Label title = new Label("Frontmatter");
        title.getStyleClass().add(Styles.TITLE_4);
        Label errors = new Label();
        errors.setId("form-errors");
        errors.setWrapText(true);
        errors.getStyleClass().add("form-errors");
        errors.textProperty().bind(form.errorMessageProperty().map(m -> "The text has errors; the form shows the "
                + "last values that parsed and is read-only until they are fixed. " + m));
        errors.visibleProperty().bind(form.textHasErrorsProperty());
        errors.managedProperty().bind(errors.visibleProperty());

        VBox box = new VBox(10, title, errors);
        box.setPadding(new Insets(10, 12, 12, 12));
        box.getStyleClass().add("editor-form");
        box.getChildren().add(field("name", new TextField()));
        TextArea description = new TextArea();
        description.setWrapText(true);
        description.setPrefRowCount(5);
        box.getChildren().add(field("description", description));
        box.getChildren().add(field("license", new TextField()));
        box.getChildren().add(field("compatibility", new TextField()));
        box.getChildren().add(field("allowed-tools", new TextField()));
        box.getChildren().add(metadata());

        node = new ScrollPane(box);
        node.setId("editor-form");
        node.setFitToWidth(true);
        node.setMinWidth(220);
        model.problems().addListener((ListChangeListener<ValidationIssue>) c -> showProblems(model.problems()));
        showProblems(model.problems());
    }

    Node node() {
        return node;
    }

    private Node field(String key, TextInputControl input) {
        Label label = new Label(key);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setLabelFor(input);
        input.setId("form-" + key);
        input.setPromptText(HINTS.get(key));
        input.textProperty().bindBidirectional(form.field(key));
        input.disableProperty().bind(form.textHasErrorsProperty());
        Label problem = new Label();
        problem.setId("form-" + key + "-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.TEXT_SMALL);
        problem.setVisible(false);
        problem.setManaged(false);
        problemLabels.put(key, problem);
        inputs.put(key, input);
        return new VBox(3, label, input, problem);
    }

    private Node metadata() {
        Label label = new Label("metadata");
        label.getStyleClass().add(Styles.TEXT_BOLD);
        Label note = new Label("metadata holds nested values; edit it in the text.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        note.visibleProperty().bind(form.metadataEditableProperty().not());
        note.managedProperty().bind(note.visibleProperty());
        rows.setId("form-metadata");
        Button add = new Button("Add row");
        add.setId("form-metadata-add");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> {
            form.addMetadataRow();
            if (!rows.getChildren().isEmpty() && rows.getChildren().getLast() instanceof HBox last) {
                last.getChildren().getFirst().requestFocus(); // the new row's key
            }
        });
        add.disableProperty().bind(form.textHasErrorsProperty().or(form.metadataEditableProperty().not()));
        form.metadataRows().addListener((ListChangeListener<MetadataRow>) c -> {
            // Rebuilt only when rows come or go; a row's own edits stay in its fields (and keep their caret).
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuildRows();
            }
        });
        rebuildRows();
        return new VBox(4, label, note, rows, add);
    }

    private void rebuildRows() {
        rows.getChildren().setAll(form.metadataRows().stream().map(this::row).toList());
    }

    private Node row(MetadataRow row) {
        TextField key = new TextField();
        key.setPromptText("key");
        key.getStyleClass().add("metadata-key");
        key.textProperty().bindBidirectional(row.keyProperty());
        TextField value = new TextField();
        value.setPromptText("value");
        value.getStyleClass().add("metadata-value");
        value.textProperty().bindBidirectional(row.valueProperty());
        HBox.setHgrow(value, Priority.ALWAYS);
        Button remove = new Button("\u2715");
        remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        remove.setTooltip(new Tooltip("Remove this row"));
        remove.setOnAction(e -> form.removeMetadataRow(row));
        var locked = form.textHasErrorsProperty().or(form.metadataEditableProperty().not());
        key.disableProperty().bind(locked);
        value.disableProperty().bind(locked);
        remove.disableProperty().bind(locked);
        HBox box = new HBox(4, key, value, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        key.setPrefWidth(110);
        return box;
    }

    /** Under each field its first problem, error before warning; the input is marked while it has an error. */
    private void showProblems(List<ValidationIssue> problems) {
        for (Map.Entry<String, Label> e : problemLabels.entrySet()) {
            ValidationIssue first = problems.stream().filter(p -> e.getKey().equals(p.field()))
                    .min((a, b) -> Boolean.compare(!a.isError(), !b.isError())).orElse(null);
            Label label = e.getValue();
            TextInputControl input = inputs.get(e.getKey());
            label.getStyleClass().removeAll("form-problem-error", "form-problem-warning");
            input.pseudoClassStateChanged(Styles.STATE_DANGER, first != null && first.isError());
            if (first == null) {
                label.setVisible(false);
                label.setManaged(false);
                continue;
            }
            label.setText(first.message());
            label.getStyleClass().add(first.isError() ? "form-problem-error" : "form-problem-warning");
            label.setVisible(true);
            label.setManaged(true);
        }
    }
}
