package dev.skillfleet.desktop.ui.fx;

import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class HoverTooltipsTest {

    @Test
    void theTooltipIsMadeWhenThePointerFirstComesOver(FxRobot robot) {
        Button button = new Button("About");
        robot.interact(() -> HoverTooltips.install(button, "Version and folders"));
        assertThat(button.getTooltip()).as("nothing made before the pointer comes").isNull();

        robot.interact(() -> Event.fireEvent(button, entered()));
        Tooltip made = button.getTooltip();
        assertThat(made.getText()).isEqualTo("Version and folders");

        robot.interact(() -> Event.fireEvent(button, entered()));
        assertThat(button.getTooltip()).as("made once").isSameAs(made);
    }

    @Test
    void aTooltipSetMeanwhileIsKept(FxRobot robot) {
        Button button = new Button("Send");
        robot.interact(() -> {
            HoverTooltips.install(button, "lazy");
            button.setTooltip(new Tooltip("set by the view"));
            Event.fireEvent(button, entered());
        });
        assertThat(button.getTooltip().getText()).isEqualTo("set by the view");
    }

    /** The pointer coming over a control; fireEvent makes the control its target. */
    private static MouseEvent entered() {
        return new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0, false, false, false, false,
                false, false, false, false, false, false, null);
    }
}
