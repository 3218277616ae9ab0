package dev.skillfleet.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The editor's own window for one skill: the {@link SkillEditorView} with Save and History in its toolbar, the history
 * pane beside it, a bar asking about a file changed on disk, Ctrl+S (the tab in front) and Ctrl+Shift+S (all), the
 * recovery timer, and closing that asks Save / Don't save / Cancel when anything is unsaved.
 */
public final class EditorWindow {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE_ALL = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final EditorWindowViewModel model;
    private final Stage stage = new Stage();
    private final ToggleButton showRefine;

    EditorWindow(Window owner, EditorWindowViewModel model, Executor background, DesktopActions desktop) {
        this.model = model;
        SkillEditorView view = new SkillEditorView(model.editor(), background, desktop);
        HistoryPane history = new HistoryPane(model);

        Button save = new Button("Save");
        save.setId("editor-save");
        save.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        save.setTooltip(new Tooltip("Save the file in front (Ctrl+S); Ctrl+Shift+S saves all"));
        save.disableProperty().bind(model.readyProperty().not().or(model.savingProperty()));
        save.setOnAction(e -> model.save());
        ToggleButton showHistory = new ToggleButton("History");
        showHistory.setId("editor-history-toggle");
        showHistory.getStyleClass().add(Styles.SMALL);
        ToggleButton showRefine = new ToggleButton("Refine\u2026");
        showRefine.setId("editor-refine-toggle");
        showRefine.getStyleClass().add(Styles.SMALL);
        showRefine.setTooltip(new Tooltip("Fix problems, tighten, add sections or follow your instruction; "
                + "the changes come back as a proposal to review"));
        showRefine.disableProperty().bind(model.readyProperty().not());
        // One side pane at a time: both want the editor's right edge.
        ToggleGroup sidePanes = new ToggleGroup();
        sidePanes.getToggles().addAll(showHistory, showRefine);
        view.toolbarItems().addAll(save, showRefine, showHistory);
        view.setFileCloseGuard(this::mayCloseFile);
        this.showRefine = showRefine;
        RefinePane refine = new RefinePane(model.refine());
        refine.setPrefWidth(320);

        // A side pane rather than a SplitPane: the editor inside a SplitPane gets its CSS before the theme's
        // looked-up colours reach it (a warning per rule), and the history needs no adjustable width.
        BorderPane root = new BorderPane(view);
        history.setPrefWidth(400);
        sidePanes.selectedToggleProperty().subscribe(toggle -> {
            root.setRight(toggle == showHistory ? history : toggle == showRefine ? refine : null);
            if (toggle == showHistory) {
                model.history().refresh();
            } else if (toggle == showRefine) {
                model.refine().refreshEngines();
            }
        });
        // A proposal is reviewed where the text was: side by side needs the window's width.
        model.refine().reviewProperty().subscribe(review -> {
            if (review == null) {
                root.setCenter(view);
                view.focusText();
            } else {
                root.setCenter(new ProposalReviewView(review, model.refine()::apply, model.refine()::dismissReview));
            }
        });

        root.setTop(new VBox(conflictBar(), messageBar(), folderBar()));
        root.setBottom(statusLine());
        Scene scene = new Scene(root, 960, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                model.save();
                e.consume();
            } else if (SAVE_ALL.match(e)) {
                model.saveAll();
                e.consume();
            }
        });

        Timeline autosave = new Timeline(new KeyFrame(Duration.millis(
                EditorWindowViewModel.AUTOSAVE_INTERVAL.toMillis()), e -> model.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);

        stage.initOwner(owner);
        stage.setScene(scene);
        stage.titleProperty().bind(model.skillDirProperty().map(dir -> dir.getFileName() + " \u2014 Skill editor")
                .orElse("Skill editor"));
        stage.setOnShown(e -> {
            autosave.play();
            view.focusText();
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        stage.setOnHidden(e -> {
            autosave.stop();
            if (!model.closedProperty().get()) {
                // Hidden with its owner (the app closing): the latest text goes to the recovery copy, not away.
                model.autosave();
            }
        });
        model.closedProperty().subscribe(closed -> {
            if (closed) {
                stage.hide();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public EditorWindowViewModel model() {
        return model;
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    /** Closes now when nothing is unsaved; otherwise asks Save / Don't save / Cancel. */
    public void requestClose() {
        if (!model.hasUnsavedChanges()) {
            model.closeWithoutSaving();
            return;
        }
        SaveChoice answer = askToSave(stage.getTitle().replace(" \u2014 Skill editor", ""));
        if (answer == SaveChoice.SAVE) {
            model.saveAllAndClose();
        } else if (answer == SaveChoice.DISCARD) {
            model.closeWithoutSaving();
        }
    }

    /** A tab with unsaved changes asks as the window does: Save (then close), Don't save, Cancel. */
    private boolean mayCloseFile(SkillFileViewModel file) {
        if (!file.dirtyProperty().get()) {
            return true;
        }
        SaveChoice answer = askToSave(file.relativePath());
        if (answer == SaveChoice.SAVE) {
            model.saveAndCloseFile(file);
            return false; // the tab closes once the file is saved
        }
        return answer == SaveChoice.DISCARD;
    }

    private enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** "Save the changes to …?" with Save / Don't save / Cancel, as closing anything unsaved asks. */
    private SaveChoice askToSave(String what) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes are lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + what + "?");
        alert.getDialogPane().lookupButton(save).setId("close-save");
        alert.getDialogPane().lookupButton(discard).setId("close-discard");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.filter(save::equals).isPresent() ? SaveChoice.SAVE
                : answer.filter(discard::equals).isPresent() ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    private Node conflictBar() {
        Label text = new Label();
        text.setId("conflict-text");
        text.setWrapText(true);
        text.textProperty().bind(model.conflictProperty().map(SaveConflict::sentence).orElse(""));
        Button keep = new Button("Keep mine (overwrite)");
        keep.setId("conflict-keep-mine");
        keep.getStyleClass().add(Styles.SMALL);
        keep.setOnAction(e -> model.keepMine());
        Button reload = new Button("Reload (take the disk's text)");
        reload.setId("conflict-reload");
        reload.getStyleClass().add(Styles.SMALL);
        reload.disableProperty().bind(model.conflictProperty().map(SaveConflict::deleted).orElse(true));
        reload.setOnAction(e -> model.takeDisk());
        Button later = new Button("Decide later");
        later.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        later.setOnAction(e -> model.dismissConflict());
        HBox bar = new HBox(8, text, keep, reload, later);
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.setId("conflict-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.setStyle("-fx-background-color: -color-warning-subtle;");
        bar.visibleProperty().bind(model.conflictProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Offers the folder rename a newly applied name asks for: an explicit step, after saving. */
    private Node folderBar() {
        Label text = new Label();
        text.setId("folder-rename-text");
        text.setWrapText(true);
        text.textProperty().bind(model.refine().suggestedFolderProperty().map(folder -> "The skill is now named \u201c"
                + folder + "\u201d; its folder must have the same name. Save and rename the folder to \u201c" + folder
                + "\u201d?").orElse(""));
        Button rename = new Button("Save and rename folder");
        rename.setId("folder-rename");
        rename.getStyleClass().add(Styles.SMALL);
        rename.disableProperty().bind(model.savingProperty());
        rename.setOnAction(e -> model.refine().renameFolder());
        Button later = new Button("Not now");
        later.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        later.setOnAction(e -> model.refine().dismissFolderRename());
        HBox bar = new HBox(8, text, rename, later);
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.setStyle("-fx-background-color: -color-accent-subtle;");
        bar.visibleProperty().bind(model.refine().suggestedFolderProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Shows the Refine pane (e.g. for a proposal the chat sent). */
    void showRefinePane() {
        showRefine.setSelected(true);
    }

    private Node messageBar() {
        Label text = new Label();
        text.setId("save-message");
        text.setWrapText(true);
        text.textProperty().bind(model.messageProperty());
        Button dismiss = new Button("\u2715");
        dismiss.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        dismiss.setOnAction(e -> model.dismissMessage());
        HBox bar = new HBox(8, text, dismiss);
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.setStyle("-fx-background-color: -color-danger-subtle;");
        bar.visibleProperty().bind(model.messageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node statusLine() {
        Label status = new Label();
        status.setId("editor-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(model.statusProperty());
        HBox line = new HBox(status);
        line.setPadding(new Insets(3, 12, 3, 12));
        return line;
    }
}
