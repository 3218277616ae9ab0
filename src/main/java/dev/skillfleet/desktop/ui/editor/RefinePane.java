package dev.skillfleet.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.refine.RefineAction;
import dev.skillfleet.desktop.core.refine.SkillRefiner;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;

/**
 * The Refine side pane of the editor window: the engine, one button per quick action, a box for the user's own
 * instruction, the progress of a refine under way with Stop, and what came of it. The proposal itself is reviewed in
 * the window's main area ({@link ProposalReviewView}).
 */
final class RefinePane extends VBox {

    RefinePane(RefineViewModel model) {
        setId("refine-pane");
        setSpacing(8);
        setPadding(new Insets(10));

        Label title = new Label("Refine");
        title.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label("Changes come back as a proposal to review; nothing is written until you save.");
        explain.setWrapText(true);
        explain.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        ComboBox<SkillRefiner> engine = new ComboBox<>(model.engines());
        engine.setId("refine-engine");
        engine.setMaxWidth(Double.MAX_VALUE);
        engine.valueProperty().bindBidirectional(model.engineProperty());
        engine.setConverter(new StringConverter<>() {
            @Override
            public String toString(SkillRefiner refiner) {
                return refiner == null ? "" : refiner.engineName();
            }

            @Override
            public SkillRefiner fromString(String text) {
                return null;
            }
        });
        engine.setTooltip(new Tooltip("The built-in rules work offline; a model follows any instruction and the "
                + "validator checks what it writes"));
        Label engineLabel = new Label("Engine");
        engineLabel.setLabelFor(engine);

        VBox quick = new VBox(4);
        for (RefineAction action : RefineAction.values()) {
            Button button = new Button(action.label());
            button.setId("refine-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add(Styles.SMALL);
            button.disableProperty().bind(model.busyProperty().or(model.engineProperty().isNull()));
            button.setOnAction(e -> model.run(action));
            quick.getChildren().add(button);
        }

        TextArea instruction = new TextArea();
        instruction.setId("refine-instruction");
        instruction.setPromptText("Or say what should change, e.g. \u201cadd an example for reviewing a pull request\u201d");
        instruction.setWrapText(true);
        instruction.setPrefRowCount(3);
        instruction.textProperty().bindBidirectional(model.instructionProperty());
        Button propose = new Button("Propose changes");
        propose.setId("refine-run");
        propose.getStyleClass().add(Styles.ACCENT);
        propose.setTooltip(new Tooltip("Ctrl+Enter in the box"));
        propose.disableProperty().bind(model.busyProperty().or(model.engineProperty().isNull())
                .or(model.instructionProperty().isEmpty()));
        propose.setOnAction(e -> model.runInstruction());
        instruction.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.runInstruction();
                e.consume();
            }
        });

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label progress = new Label();
        progress.setId("refine-progress");
        progress.setWrapText(true);
        progress.textProperty().bind(model.progressProperty());
        Button stop = new Button("Stop");
        stop.setId("refine-cancel");
        stop.getStyleClass().add(Styles.SMALL);
        stop.setOnAction(e -> model.cancel());
        HBox running = new HBox(6, spinner, progress, stop);
        HBox.setHgrow(progress, Priority.ALWAYS);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.busyProperty());
        running.managedProperty().bind(running.visibleProperty());

        Label message = new Label();
        message.setId("refine-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Label quickTitle = new Label("Quick actions");
        quickTitle.getStyleClass().add(Styles.TEXT_BOLD);
        getChildren().addAll(title, explain, engineLabel, engine, quickTitle, quick, instruction, propose, running,
                message);
    }
}
