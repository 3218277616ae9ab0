package dev.skillfleet.desktop.ui.sessions;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A search hit: its conversation's title, who wrote it and when, and the snippet with the matched words bold. */
final class SessionHitCell extends ListCell<SessionHit> {

    private final Label title = new Label();
    private final Label meta = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box;

    SessionHitCell(SessionsViewModel viewModel) {
        getStyleClass().add("session-hit-cell");
        setPrefWidth(0);
        title.getStyleClass().addAll("session-hit-title", Styles.TEXT_SMALL);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        meta.setMinWidth(Label.USE_PREF_SIZE);
        HBox top = new HBox(6, title, meta);
        top.setAlignment(Pos.CENTER_LEFT);
        snippet.getStyleClass().add("session-snippet");
        box = new VBox(2, top, snippet);
        box.setMinWidth(0);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !isEmpty()) {
                viewModel.openHit(getItem());
            }
        });
    }

    @Override
    protected void updateItem(SessionHit hit, boolean empty) {
        super.updateItem(hit, empty);
        setText(null);
        if (empty || hit == null) {
            setGraphic(null);
            return;
        }
        title.setText(hit.sessionTitle());
        meta.setText(hit.author() + (hit.when().isEmpty() ? "" : " \u00b7 " + hit.when()));
        snippet.getChildren().setAll(hit.snippet().stream().map(part -> {
            Text text = new Text(part.text());
            text.getStyleClass().add(part.marked() ? "snippet-mark" : "snippet-text");
            return text;
        }).toList());
        setGraphic(box);
    }
}
