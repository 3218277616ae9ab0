package dev.skillfleet.desktop.ui.markdown;

import java.util.Optional;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Shows its content as wide as it wants to be, down to the content's minimum width, and scrolls sideways beyond
 * that: code keeps its lines, tables wrap their cells until they cannot shrink further.
 *
 * <p>Hand-made rather than a ScrollPane because a ScrollPane without a vertical bar draws its horizontal bar over
 * the last line of content, and it swallows vertical wheel events that should scroll the chat list around it.
 */
final class HorizontalScroller extends Region {

    private static final double UNIT_INCREMENT = 24;

    private final Node content;
    private final Rectangle clip = new Rectangle();
    // Made when the content first overflows: a scroll bar is a control with half a dozen styled parts, and most code
    // blocks and tables fit.
    private ScrollBar bar;

    HorizontalScroller(Node content) {
        this.content = content;
        getChildren().add(content);
        setClip(clip);
        setMinWidth(0);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    }

    Node content() {
        return content;
    }

    /** The sideways scroll bar: absent until the content first overflows, then visible while it does. */
    Optional<ScrollBar> scrollBar() {
        return Optional.ofNullable(bar);
    }

    private ScrollBar bar() {
        if (bar == null) {
            bar = new ScrollBar();
            bar.setOrientation(Orientation.HORIZONTAL);
            bar.setUnitIncrement(UNIT_INCREMENT);
            bar.valueProperty().addListener(o -> requestLayout());
            getChildren().add(bar);
            // Styled now so its height is known in the layout pass that needs it.
            bar.applyCss();
        }
        return bar;
    }

    @Override
    public Orientation getContentBias() {
        // Our height depends on our width: narrower means wrapped table cells, or a scroll bar under the code.
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + content.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double viewport = width < 0 ? content.prefWidth(-1) : width - snappedLeftInset() - snappedRightInset();
        double contentWidth = contentWidth(viewport);
        double barHeight = overflows(contentWidth, viewport) ? bar().prefHeight(-1) : 0;
        return snappedTopInset() + content.prefHeight(contentWidth) + barHeight + snappedBottomInset();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double viewport = getWidth() - left - snappedRightInset();
        double contentWidth = contentWidth(viewport);
        boolean overflow = overflows(contentWidth, viewport);
        double barHeight = overflow ? snapSizeY(bar().prefHeight(-1)) : 0;
        double contentHeight = getHeight() - top - snappedBottomInset() - barHeight;
        double offset = 0;
        if (bar != null) {
            bar.setVisible(overflow);
            double range = Math.max(0, contentWidth - viewport);
            bar.setMax(range);
            // Thumb length relative to the track is viewport / content, as in a ScrollPane.
            bar.setVisibleAmount(overflow ? range * viewport / contentWidth : 0);
            bar.setBlockIncrement(Math.max(UNIT_INCREMENT, viewport * 0.9));
            bar.setValue(Math.clamp(bar.getValue(), 0, range));
            bar.resizeRelocate(left, top + contentHeight, viewport, barHeight);
            offset = overflow ? bar.getValue() : 0;
        }

        content.resize(contentWidth, contentHeight);
        content.relocate(snapPositionX(left - offset), top);
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
    }

    /** As wide as the content likes if that fits, else squeezed, but never below the content's minimum. */
    private double contentWidth(double viewport) {
        return Math.max(content.minWidth(-1), Math.min(viewport, content.prefWidth(-1)));
    }

    private static boolean overflows(double contentWidth, double viewport) {
        return contentWidth > viewport + 0.5;
    }

    private void onScroll(ScrollEvent event) {
        double delta = event.getDeltaX();
        if (delta == 0 && event.isShiftDown()) {
            delta = event.getDeltaY();
        }
        // Vertical wheel movement is left alone so it reaches the list that holds the message.
        if (bar == null || !bar.isVisible() || delta == 0) {
            return;
        }
        bar.setValue(Math.clamp(bar.getValue() - delta, 0, bar.getMax()));
        event.consume();
    }
}
