package dev.skillfleet.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/** The problems under the text: one row per error or warning; a click (or Enter) puts the caret on its line. */
final class ProblemsPane {

    private ProblemsPane() {
    }

    static ListView<ValidationIssue> create(SkillEditorViewModel model) {
        ListView<ValidationIssue> list = new ListView<>(model.problems());
        list.setId("editor-problems");
        list.getStyleClass().addAll("editor-problems", Styles.DENSE);
        list.setPlaceholder(new Label("No problems"));
        list.setCellFactory(view -> new ProblemCell(model));
        list.setOnKeyPressed(e -> {
            ValidationIssue selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                model.jumpTo(selected);
                e.consume();
            }
        });
        return list;
    }

    /** "Line 2 · name: name "PDF" must be lowercase" with the gutter's mark in front. */
    static String describe(ValidationIssue issue) {
        StringBuilder sb = new StringBuilder();
        if (issue.line() > 0) {
            sb.append("Line ").append(issue.line()).append(" \u00b7 ");
        }
        if (issue.field() != null) {
            sb.append(issue.field()).append(": ");
        }
        return sb.append(issue.message()).toString();
    }

    private static final class ProblemCell extends ListCell<ValidationIssue> {

        ProblemCell(SkillEditorViewModel model) {
            getStyleClass().add("problem-cell");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                    model.jumpTo(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ValidationIssue issue, boolean empty) {
            super.updateItem(issue, empty);
            if (empty || issue == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label text = new Label(describe(issue));
            text.setWrapText(false);
            HBox row = new HBox(8, ProblemGutter.mark(issue.severity()), text);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
