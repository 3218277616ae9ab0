package dev.skillfleet.desktop.ui.editor;

import atlantafx.base.theme.PrimerLight;
import dev.skillfleet.desktop.core.refine.Proposal;
import dev.skillfleet.desktop.core.refine.SkillFixer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The review alone in a headless window: untick the first of two hunks, Apply, and only the second comes out. */
@ExtendWith(ApplicationExtension.class)
class ProposalReviewViewUiTest {

    @TempDir
    Path temp;
    private Proposal proposal;
    private final List<String> applied = new ArrayList<>();
    private int cancelled;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        String broken = ProposalReviewViewModelTest.brokenDspyBasics(temp);
        proposal = new SkillFixer().fix(broken, "dspy-basics").proposal();
        ProposalReviewViewModel model = new ProposalReviewViewModel(proposal);
        stage.setScene(new Scene(new ProposalReviewView(model, applied::add, () -> cancelled++), 960, 720));
        stage.show();
    }

    @Test
    void untickingTheFirstHunkAndApplyingHandsOnOnlyTheSecond(FxRobot robot) {
        assertThat(proposal.hunks()).hasSize(2);
        CheckBox first = robot.lookup("#hunk-accept-0").queryAs(CheckBox.class);
        CheckBox second = robot.lookup("#hunk-accept-1").queryAs(CheckBox.class);
        assertThat(first.isSelected()).isTrue();
        assertThat(second.isSelected()).isTrue();

        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.isSelected()).isFalse();
        assertThat(robot.lookup("#proposal-summary").queryLabeled().getText()).isEqualTo("1 of 2 changes accepted");

        robot.clickOn("#proposal-apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(applied).containsExactly(proposal.apply(Set.of(1)));
        assertThat(cancelled).isZero();
    }

    @Test
    void rejectingAllDisablesApply(FxRobot robot) {
        robot.clickOn("#proposal-reject-all");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#proposal-apply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#hunk-accept-1").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#proposal-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cancelled).isEqualTo(1);
        assertThat(applied).isEmpty();
    }
}
