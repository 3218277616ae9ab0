package dev.skillfleet.desktop.ui.chat;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A wrapped label whose text changes every frame while a stream runs (an answer's plain-text tail, the live
 * thinking). A {@link Label} lays its whole text out again each time a layout asks for its size, and a layout pass
 * asks several times (the cell, the flow and each box on the way ask for minimum and preferred sizes): with a few
 * kilobytes of text that was several milliseconds of every frame. This measures the text once per text, font and
 * width. Style the label through {@link #label()}.
 */
final class WrappedText extends StackPane {

    private static final int SLOTS = 4;

    private final Label label = new Label();
    private final double[] widths = new double[SLOTS];
    private final double[] heights = new double[SLOTS];
    private int used;
    private int next;
    private double prefWidth = -1;

    WrappedText() {
        label.setWrapText(true);
        // The label fills this pane, which alone measures it: a label's minimum and maximum sizes would each be
        // another text layout. Any width will do, as the text wraps.
        label.setMinSize(0, 0);
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        setMinWidth(0);
        setMinHeight(USE_PREF_SIZE);
        setAlignment(Pos.TOP_LEFT);
        getChildren().add(label);
        label.fontProperty().subscribe(this::forgetSizes);
        label.paddingProperty().subscribe(this::forgetSizes);
        label.graphicProperty().subscribe(this::forgetSizes);
    }

    Label label() {
        return label;
    }

    String getText() {
        return label.getText();
    }

    void setText(String text) {
        String value = text == null ? "" : text;
        if (!value.equals(label.getText())) {
            label.setText(value);
            forgetSizes();
        }
    }

    private void forgetSizes() {
        used = 0;
        prefWidth = -1;
    }

    @Override
    protected double computePrefHeight(double width) {
        for (int i = 0; i < used; i++) {
            if (Double.compare(widths[i], width) == 0) {
                return heights[i];
            }
        }
        double height = super.computePrefHeight(width);
        widths[next] = width;
        heights[next] = height;
        next = (next + 1) % SLOTS;
        used = Math.min(used + 1, SLOTS);
        return height;
    }

    @Override
    protected double computePrefWidth(double height) {
        if (prefWidth < 0) {
            prefWidth = super.computePrefWidth(-1);
        }
        return prefWidth;
    }
}
