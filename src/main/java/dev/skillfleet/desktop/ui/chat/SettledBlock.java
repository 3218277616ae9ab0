package dev.skillfleet.desktop.ui.chat;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.function.DoubleSupplier;

/**
 * A rendered piece of an answer that no longer changes. Its ancestors ask every child for its sizes on each layout
 * pass (the transcript's cell, its HBox and VBoxes ask for widths and heights), and for wrapped text that means
 * laying the text out again: with a long answer still growing, that was most of the FX thread's time. A settled
 * piece remembers its sizes for the extent it was asked about, until something inside it asks for a new layout
 * (a hover, a "Copied" label) or the extent changes.
 */
final class SettledBlock extends StackPane {

    private final SizeCache prefHeight = new SizeCache();
    private final SizeCache prefWidth = new SizeCache();

    SettledBlock(Node content) {
        super(content);
        // Text wraps, so any width will do, and the height it needs at a width is its preferred height (cached):
        // neither minimum needs a text layout of its own.
        setMinWidth(0);
        setMinHeight(USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeight.get(width, isNeedsLayout(), () -> super.computePrefHeight(width));
    }

    @Override
    protected double computePrefWidth(double height) {
        return prefWidth.get(height, isNeedsLayout(), () -> super.computePrefWidth(height));
    }

    /**
     * One size, remembered for the last few extents layouts asked about: "any" (-1) and the actual width, and the
     * list's measuring cell asks at a slightly different width (without the scroll bar) — with a single slot they
     * would take turns evicting each other and every pass would lay the text out again.
     */
    private static final class SizeCache {
        private static final int SLOTS = 4;
        private final double[] extents = new double[SLOTS];
        private final double[] values = new double[SLOTS];
        private int used;
        private int next;

        double get(double forExtent, boolean stale, DoubleSupplier compute) {
            if (stale) {
                used = 0;
            }
            for (int i = 0; i < used; i++) {
                if (Double.compare(extents[i], forExtent) == 0) {
                    return values[i];
                }
            }
            double value = compute.getAsDouble();
            extents[next] = forExtent;
            values[next] = value;
            next = (next + 1) % SLOTS;
            used = Math.min(used + 1, SLOTS);
            return value;
        }
    }
}
