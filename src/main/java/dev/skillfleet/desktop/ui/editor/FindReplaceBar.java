package dev.skillfleet.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

import java.util.Optional;

/**
 * The find and replace bar above a code area: Ctrl+F shows find, Ctrl+H find and replace; Enter finds the next
 * match, Shift+Enter the previous one, Enter in the replace field replaces; Esc closes the bar and returns to the text.
 * The logic is {@link FindReplace}'s; this selects what it answers.
 */
final class FindReplaceBar extends VBox {

    private final FindReplace find;
    private final CodeArea area;
    private final TextField query = new TextField();
    private final HBox replaceRow;

    FindReplaceBar(FindReplace find, CodeArea area) {
        this.find = find;
        this.area = area;
        getStyleClass().add("find-bar");
        setSpacing(4);
        setPadding(new Insets(4, 8, 4, 8));

        query.setId("find-query");
        query.setPromptText("Find");
        query.textProperty().bindBidirectional(find.queryProperty());
        HBox.setHgrow(query, Priority.ALWAYS);
        // Searching as you type: from the start of the current match, so it grows with the query.
        query.textProperty().addListener((obs, old, now) -> show(find.findNext(area.getSelection().getStart())));
        ToggleButton matchCase = new ToggleButton("Aa");
        matchCase.setId("find-match-case");
        matchCase.setTooltip(new Tooltip("Match case"));
        matchCase.selectedProperty().bindBidirectional(find.matchCaseProperty());
        Button previous = button("\u2191", "find-previous", "Previous match (Shift+Enter)");
        previous.setOnAction(e -> previous());
        Button next = button("\u2193", "find-next", "Next match (Enter)");
        next.setOnAction(e -> next());
        Label status = new Label();
        status.setId("find-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(find.statusProperty());
        status.setMinWidth(110);
        Button close = button("\u2715", "find-close", "Close (Esc)");
        close.setOnAction(e -> hide());
        HBox findRow = new HBox(6, query, matchCase, previous, next, status, close);
        findRow.setAlignment(Pos.CENTER_LEFT);

        TextField replacement = new TextField();
        replacement.setId("replace-text");
        replacement.setPromptText("Replace with");
        replacement.textProperty().bindBidirectional(find.replacementProperty());
        HBox.setHgrow(replacement, Priority.ALWAYS);
        Button replaceOne = button("Replace", "replace-one", "Replace this match and find the next (Enter)");
        replaceOne.setOnAction(e -> replace());
        Button replaceAll = button("Replace all", "replace-all", "Replace every match");
        replaceAll.setOnAction(e -> find.replaceAll());
        replaceRow = new HBox(6, replacement, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);

        query.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                e.consume();
            }
        });
        replacement.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replace();
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar, with the replace row or without, and puts the selected text (one line of it) in the query. */
    void open(boolean withReplace) {
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        setVisible(true);
        setManaged(true);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            query.setText(selected);
        }
        query.requestFocus();
        query.selectAll();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    private void next() {
        show(find.findNext(area.getSelection().getEnd()));
    }

    private void previous() {
        show(find.findPrevious(area.getSelection().getStart()));
    }

    private void replace() {
        var selection = area.getSelection();
        show(find.replace(new TextRange(selection.getStart(), selection.getEnd())));
    }

    private void show(Optional<TextRange> match) {
        match.ifPresent(range -> {
            area.selectRange(range.start(), range.end());
            area.requestFollowCaret();
        });
    }

    private static Button button(String text, String id, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }
}
