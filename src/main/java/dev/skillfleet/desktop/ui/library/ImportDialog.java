package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.library.ImportPlan;
import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;

/**
 * "Import…": what importing a .skill, .zip or folder would do, before anything is written: the skill's name, where
 * it goes, its validation, and every refused entry with its reason (then nothing can be imported). The category can
 * be changed and checked again. A clash asks "Replace?"; an invalid skill is imported only with "Import anyway".
 */
final class ImportDialog extends Dialog<ButtonType> {

    private static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private final LibraryActionsViewModel actions;
    private final VBox details = new VBox(8);
    private final Label failure = new Label();
    private final ComboBox<String> category;
    private ImportPlan plan;

    ImportDialog(Window owner, LibraryActionsViewModel actions, Path source, ImportPlan initial,
                 ObservableList<String> categories) {
        this.actions = actions;
        initOwner(owner);
        setTitle("Import a skill");
        setHeaderText("Import from " + source);
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        getDialogPane().setPrefWidth(640);

        category = new ComboBox<>(categories);
        category.setId("import-category");
        category.setEditable(true);
        category.getEditor().setText(initial.category());
        category.setPromptText("empty for the top level");
        Button recheck = new Button("Check again");
        recheck.setOnAction(e -> actions.planImport(source, category.getEditor().getText()).thenAccept(this::show));
        HBox into = new HBox(8, new Label("Category"), category, recheck);
        HBox.setHgrow(category, Priority.ALWAYS);
        into.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        failure.setId("import-failure");
        failure.setWrapText(true);
        failure.getStyleClass().add("field-problem");
        failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        getDialogPane().setContent(new VBox(12, into, details, failure));

        Button importButton = (Button) getDialogPane().lookupButton(IMPORT);
        importButton.setId("import-confirm");
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            confirm(owner);
        });
        show(initial);
    }

    private void show(ImportPlan newPlan) {
        if (newPlan == null) {
            return;
        }
        plan = newPlan;
        failure.setText("");
        Button importButton = (Button) getDialogPane().lookupButton(IMPORT);
        importButton.setDisable(!plan.safe() || plan.target() == null);
        importButton.setText(plan.valid() ? (plan.nameClash() ? "Replace\u2026" : "Import") : "Import anyway");

        GridPane facts = new GridPane(12, 4);
        facts.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(100, 400, Double.MAX_VALUE,
                Priority.ALWAYS, null, true));
        int row = 0;
        facts.addRow(row++, muted("Skill"), value(plan.skillName().isEmpty() ? "(none found)" : plan.skillName()));
        facts.addRow(row++, muted("Goes to"), value(plan.target() == null ? "(nowhere: see below)"
                : plan.target() + (plan.nameClash() ? "  \u2014 a skill is already there" : "")));
        facts.addRow(row++, muted("Files"), value(plan.items().size() + " \u00b7 "
                + SkillFolderFiles.formatSize(plan.totalBytes())));
        if (!plan.leftOut().isEmpty()) {
            facts.addRow(row++, muted("Left out"), value(String.join(", ", plan.leftOut())));
        }
        facts.addRow(row, muted("Validation"), value(plan.report().errors().isEmpty()
                ? "valid" + (plan.report().warnings().isEmpty() ? "" : " with " + plan.report().warnings().size()
                + " warning(s)") : plan.report().errors().size() + " error(s)"));
        details.getChildren().setAll(facts);
        addList("import-refused", "Refused \u2014 nothing will be written:", plan.refusedEntries().stream()
                .map(ImportPlan.RefusedEntry::toString).toList(), "issue-error");
        addList("import-problems", "Cannot import:", plan.problems(), "issue-error");
        addList("import-errors", "Errors:", plan.report().errors().stream().map(ValidationIssue::toString).toList(),
                "issue-error");
        addList("import-warnings", "Warnings:", plan.report().warnings().stream().map(ValidationIssue::toString)
                .toList(), "issue-warning");
    }

    private void confirm(Window owner) {
        ImportPlan current = plan;
        boolean overwrite = false;
        if (current.nameClash()) {
            overwrite = Alerts.confirm(owner, Alert.AlertType.CONFIRMATION, "Replace?",
                    "Replace the skill at " + current.target() + "?",
                    "The skill already there is deleted and the imported one takes its place.", List.of(), "Replace");
            if (!overwrite) {
                return;
            }
        }
        actions.applyImport(current, overwrite, !current.valid()).thenAccept(outcome -> {
            if (outcome.done()) {
                setResult(IMPORT);
                close();
            } else {
                failure.setText(outcome.message());
            }
        });
    }

    private void addList(String id, String title, List<String> lines, String styleClass) {
        if (lines.isEmpty()) {
            return;
        }
        VBox box = new VBox(2);
        box.setId(id);
        box.getStyleClass().addAll("issue", styleClass);
        Label head = new Label(title);
        head.getStyleClass().addAll(Styles.TEXT_BOLD, styleClass);
        box.getChildren().add(head);
        lines.forEach(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            box.getChildren().add(label);
        });
        details.getChildren().add(box);
    }

    private static Node muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Node value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
