package dev.skillfleet.desktop.ui.fx;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. A {@link Tooltip} is a popup window: the first one
 * costs the window ~10 ms of class and font set-up, every one after that a few more, all before the first frame when
 * the window's controls get theirs at construction. Made on entering, the tooltip still shows after the usual hover
 * delay: its behaviour starts counting on the next mouse move.
 */
public final class HoverTooltips {

    private HoverTooltips() {
    }

    public static void install(Control control, String text) {
        EventHandler<MouseEvent> onEnter = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, onEnter);
    }
}
