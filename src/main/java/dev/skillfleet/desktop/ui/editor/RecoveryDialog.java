package dev.skillfleet.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one window listing unsaved changes recovered from an earlier session, each with Open and Discard; "Decide
 * later" keeps them for the next start. Closes by itself when every copy is decided.
 */
public final class RecoveryDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final RecoveryViewModel model;
    private final DesktopActions desktop;
    private final Stage stage = new Stage();
    private final VBox rows = new VBox(10);

    public RecoveryDialog(Window owner, RecoveryViewModel model, DesktopActions desktop) {
        this.model = model;
        this.desktop = desktop;
        Label header = new Label("Unsaved changes were recovered");
        header.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label("The app stopped before these changes were saved. Open them to review and save, or "
                + "discard them.");
        intro.setWrapText(true);
        rows.setId("recovery-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button later = new Button("Decide later");
        later.setId("recovery-later");
        later.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(later);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, header, intro, scroll, buttons);
        root.setId("recovery-dialog");
        root.setPadding(new Insets(16));
        model.entries().addListener((ListChangeListener<RecoveryViewModel.Entry>) c -> fill());
        fill();
        stage.initOwner(owner);
        stage.setTitle("Recovered changes \u2014 Skill Fleet Desktop");
        stage.setScene(new Scene(root, 620, 360));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void fill() {
        rows.getChildren().setAll(model.entries().stream().map(this::row).toList());
        if (model.entries().isEmpty() && stage.isShowing()) {
            stage.hide();
        }
    }

    private Node row(RecoveryViewModel.Entry entry) {
        var copy = entry.copy();
        String where = entry.skillDir() != null && copy.file().startsWith(entry.skillDir())
                ? entry.skillDir().getFileName() + "/" + entry.skillDir().relativize(copy.file()).toString()
                .replace('\\', '/') : copy.file().toString();
        Label text = new Label("Unsaved changes to " + where + " from " + TIME.format(copy.time())
                + " were recovered.");
        text.setWrapText(true);
        Label note = new Label(copy.deleted() ? "The file was deleted since; copy the text to keep it."
                : copy.changedOnDisk() ? "The file changed on disk since; saving the recovered text replaces that "
                + "(it stays in History)." : "");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        note.setVisible(!note.getText().isEmpty());
        note.setManaged(note.isVisible());
        int index = model.entries().indexOf(entry);
        Button open = new Button("Open");
        open.setId("recovery-open-" + index);
        open.getStyleClass().add(Styles.ACCENT);
        open.setDisable(!entry.openable());
        open.setOnAction(e -> model.open(entry));
        Button copyText = new Button("Copy text");
        copyText.setOnAction(e -> desktop.copyToClipboard(copy.text()));
        Button discard = new Button("Discard");
        discard.setId("recovery-discard-" + index);
        discard.getStyleClass().add(Styles.DANGER);
        discard.setOnAction(e -> model.discard(entry));
        HBox buttons = new HBox(6, open, copyText, discard);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, text, note, buttons);
    }
}
