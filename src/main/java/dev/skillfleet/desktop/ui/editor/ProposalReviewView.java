package dev.skillfleet.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.refine.Hunk;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A proposal under review: its reasons on top, then the original (left) beside the proposal (right) as one virtualized
 * list of rows, each hunk headed by its own accept check box ({@code #hunk-accept-<i>}); Apply hands the text with the
 * accepted hunks to {@code onApply}, Cancel calls {@code onCancel}. Nothing is written by the view itself.
 */
public final class ProposalReviewView extends VBox {

    private static final String STYLESHEET = Objects.requireNonNull(
            ProposalReviewView.class.getResource("proposal.css"), "proposal.css missing").toExternalForm();
    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final double NUMBER_WIDTH = 40;
    /** One height for every row keeps the list's virtual flow cheap on a long file. */
    private static final double ROW_HEIGHT = 24;
    /** Room for the vertical scroll bar, so a row never needs a horizontal one. */
    private static final double SCROLL_BAR = 18;

    /**
     * @param onApply  gets {@link ProposalReviewViewModel#result()} when the user presses Apply
     * @param onCancel called when the user presses Cancel (or Escape)
     */
    public ProposalReviewView(ProposalReviewViewModel model, Consumer<String> onApply, Runnable onCancel) {
        Objects.requireNonNull(onApply, "onApply");
        Objects.requireNonNull(onCancel, "onCancel");
        setId("proposal-review");
        getStyleClass().add("proposal-review");
        getStylesheets().add(STYLESHEET);
        setSpacing(8);
        setPadding(new Insets(10));

        Label title = new Label("Proposed changes");
        title.getStyleClass().add(Styles.TITLE_4);
        int total = model.hunks().size();
        Label summary = new Label();
        summary.setId("proposal-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.acceptedCountProperty().map(n -> total == 0 ? "Nothing to change"
                : n + " of " + total + (total == 1 ? " change" : " changes") + " accepted"));
        HBox heading = new HBox(10, title, summary);
        heading.setAlignment(Pos.BASELINE_LEFT);

        VBox reasons = new VBox(2);
        reasons.setId("proposal-reasons");
        for (String reason : model.reasons()) {
            Label line = new Label("\u2022 " + reason);
            line.setWrapText(true);
            line.getStyleClass().add("proposal-reason");
            reasons.getChildren().add(line);
        }
        reasons.setVisible(!model.reasons().isEmpty());
        reasons.managedProperty().bind(reasons.visibleProperty());

        GridPane sides = new GridPane();
        sides.getStyleClass().add("proposal-sides");
        sides.getColumnConstraints().addAll(columns());
        Label originalTitle = new Label("Original");
        Label proposedTitle = new Label("Proposed");
        originalTitle.getStyleClass().add(Styles.TEXT_BOLD);
        proposedTitle.getStyleClass().add(Styles.TEXT_BOLD);
        sides.add(originalTitle, 1, 0);
        sides.add(proposedTitle, 3, 0);

        ListView<ProposalRow> list = new ListView<>();
        list.setId("proposal-rows");
        list.getStyleClass().add("proposal-rows");
        list.getItems().setAll(model.rows());
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(view -> new RowCell(model, total, view));
        list.setPlaceholder(new Label("The file is empty."));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button acceptAll = new Button("Accept all");
        acceptAll.setId("proposal-accept-all");
        acceptAll.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        acceptAll.setOnAction(e -> model.acceptAll());
        Button rejectAll = new Button("Reject all");
        rejectAll.setId("proposal-reject-all");
        rejectAll.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        rejectAll.setOnAction(e -> model.rejectAll());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("proposal-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Button apply = new Button("Apply");
        apply.setId("proposal-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setDefaultButton(true);
        apply.setTooltip(new Tooltip("Puts the accepted changes in the editor; nothing is saved until you save"));
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(e -> onApply.accept(model.result()));
        HBox actions = new HBox(6, acceptAll, rejectAll, gap, cancel, apply);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(heading, reasons, sides, list, actions);
    }

    /** Line number, text, line number, text: the same widths for the headings and every row. */
    private static List<ColumnConstraints> columns() {
        ColumnConstraints number = new ColumnConstraints(NUMBER_WIDTH);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(45);
        half.setHgrow(Priority.ALWAYS);
        ColumnConstraints number2 = new ColumnConstraints(NUMBER_WIDTH);
        ColumnConstraints half2 = new ColumnConstraints();
        half2.setPercentWidth(45);
        half2.setHgrow(Priority.ALWAYS);
        return List.of(number, half, number2, half2);
    }

    /** What a hunk does, in a few words: "line 2 · 1 line changed". */
    static String describe(Hunk hunk) {
        int removed = hunk.originalLines().size();
        int added = hunk.proposedLines().size();
        String where = "line " + hunk.original().firstLine();
        return switch (hunk.kind()) {
            case INSERT -> "before " + where + " \u00b7 " + lines(added) + " added";
            case DELETE -> where + " \u00b7 " + lines(removed) + " removed";
            case CHANGE -> where + " \u00b7 " + (removed == added ? lines(removed) + " changed"
                    : lines(removed) + " replaced by " + added);
        };
    }

    private static String lines(int n) {
        return n + (n == 1 ? " line" : " lines");
    }

    /**
     * One row. A hunk's heading holds its check box; a hunk's lines follow its accepted flag, so a rejected hunk
     * shows as "stays as it was". Each cell listens to the flag of the hunk it shows now, and only that one.
     */
    private static final class RowCell extends ListCell<ProposalRow> {
        private final ProposalReviewViewModel model;
        private final int total;
        private final Label leftLine = lineNumber();
        private final Label left = side();
        private final Label rightLine = lineNumber();
        private final Label right = side();
        private final GridPane grid = new GridPane();
        private final CheckBox accept = new CheckBox();
        private final Label what = new Label();
        private final HBox header = new HBox(10, accept, what);
        private Subscription watching = Subscription.EMPTY;

        RowCell(ProposalReviewViewModel model, int total, ListView<ProposalRow> list) {
            this.model = model;
            this.total = total;
            grid.getColumnConstraints().addAll(columns());
            // As wide as the list, not as its longest line: a long line ends in "..." (its tooltip shows it whole)
            // and the proposed side always stays in view.
            grid.setMinWidth(0);
            grid.prefWidthProperty().bind(list.widthProperty().subtract(SCROLL_BAR));
            grid.setMaxWidth(Region.USE_PREF_SIZE);
            grid.addRow(0, leftLine, left, rightLine, right);
            header.getStyleClass().add("proposal-hunk-header");
            header.setAlignment(Pos.CENTER_LEFT);
            what.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            accept.setOnAction(e -> {
                ProposalRow row = getItem();
                if (row != null && row.kind() == ProposalRow.Kind.HEADER) {
                    model.setAccepted(row.hunk(), accept.isSelected());
                }
            });
            setText(null);
        }

        @Override
        protected void updateItem(ProposalRow row, boolean empty) {
            super.updateItem(row, empty);
            watching.unsubscribe();
            watching = Subscription.EMPTY;
            pseudoClassStateChanged(REJECTED, false);
            accept.setId(null);
            left.getStyleClass().remove("proposal-removed");
            right.getStyleClass().remove("proposal-added");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.kind() != ProposalRow.Kind.CONTEXT) {
                watching = model.acceptedProperty(row.hunk()).subscribe(on -> {
                    pseudoClassStateChanged(REJECTED, !on);
                    accept.setSelected(on);
                });
            }
            if (row.kind() == ProposalRow.Kind.HEADER) {
                accept.setId("hunk-accept-" + row.hunk());
                accept.setText("Change " + (row.hunk() + 1) + " of " + total);
                what.setText(describe(model.hunks().get(row.hunk())));
                setGraphic(header);
                return;
            }
            leftLine.setText(row.leftLine() > 0 ? Integer.toString(row.leftLine()) : "");
            show(left, row.left());
            rightLine.setText(row.rightLine() > 0 ? Integer.toString(row.rightLine()) : "");
            show(right, row.right());
            if (row.kind() == ProposalRow.Kind.CHANGE) {
                if (row.left() != null) {
                    left.getStyleClass().add("proposal-removed");
                }
                if (row.right() != null) {
                    right.getStyleClass().add("proposal-added");
                }
            }
            setGraphic(grid);
        }

        private static void show(Label side, String text) {
            side.setText(text == null ? "" : text);
            Tooltip whole = (Tooltip) side.getUserData(); // one per label, reused as the cell scrolls
            whole.setText(text);
            side.setTooltip(text == null || text.isBlank() ? null : whole);
        }

        private static Label lineNumber() {
            Label label = new Label();
            label.getStyleClass().add("proposal-line-number");
            label.setMaxWidth(Double.MAX_VALUE);
            return label;
        }

        private static Label side() {
            Label label = new Label();
            label.getStyleClass().add("proposal-text");
            label.setMaxWidth(Double.MAX_VALUE);
            label.setUserData(new Tooltip());
            return label;
        }
    }
}
