package dev.skillfleet.desktop.ui.library;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/** The library's questions: a confirmation with a named action, and an optional list of details (errors). */
final class Alerts {

    private Alerts() {
    }

    /**
     * Asks and waits; true when the user chose {@code action}.
     *
     * @param details lines shown in a scrollable box under the text (validation errors…); may be empty
     */
    static boolean confirm(Window owner, Alert.AlertType type, String title, String header, String text,
                           List<String> details, String action) {
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(type, "", confirm, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(body(text, details));
        alert.getDialogPane().setPrefWidth(560);
        alert.getDialogPane().lookupButton(confirm).setId("alert-confirm");
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    private static Node body(String text, List<String> details) {
        Label label = new Label(text);
        label.setWrapText(true);
        VBox box = new VBox(8, label);
        if (!details.isEmpty()) {
            TextArea list = new TextArea(String.join("\n", details));
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefRowCount(Math.min(8, details.size() + 1));
            box.getChildren().add(list);
        }
        return box;
    }
}
