package dev.skillfleet.desktop;

import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.testing.LibraryEditorSteps;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.skillfleet.desktop.testing.LibraryEditorSteps.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario in the real window, headless: open a skill from the library, break its name, see the error
 * marker, run "Fix validation problems", accept one of its two changes, save, and find exactly that change on disk.
 */
@ExtendWith(ApplicationExtension.class)
class RefineInEditorUiTest {

    @TempDir
    Path temp;
    private Path skillMd;
    private String original;
    private WindowUnderTest window;

    @Start
    void start(Stage stage) throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("library")).toAbsolutePath().normalize();
        skillMd = library.resolve("brand-guidelines/SKILL.md");
        original = Files.readString(skillMd);
        window = WindowUnderTest.show(stage, library, temp);
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void breakTheNameFixItAcceptOneOfTwoChangesAndSave(FxRobot robot) throws Exception {
        CodeArea area = LibraryEditorSteps.openInEditor(robot, "brand guidelines", "brand-guidelines");

        // Break the name as a user would: the first letter upper-case.
        robot.clickOn(area);
        int start = area.getText().indexOf("name: brand") + "name: ".length();
        robot.interact(() -> area.moveTo(start));
        robot.type(KeyCode.DELETE);
        robot.write("B");
        assertThat(area.getText()).contains("name: Brand-guidelines");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#gutter-marker-2").tryQuery()
                .map(n -> n.getStyleClass().contains("gutter-error")).orElse(false)));
        // Saved broken, so the fix must reach the disk through a second save.
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(skillMd)
                .contains("name: Brand-guidelines"));

        robot.clickOn("#editor-refine-toggle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#refine-fix-problems").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false)));
        robot.clickOn("#refine-fix-problems");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#proposal-review").tryQuery().isPresent()));
        assertThat(robot.lookup("#proposal-summary").queryAs(Label.class).getText())
                .isEqualTo("2 of 2 changes accepted");

        // Keep the name's fix, leave out the added When to Use section.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#hunk-accept-1").tryQuery().isPresent()));
        CheckBox second = robot.lookup("#hunk-accept-1").queryAs(CheckBox.class);
        robot.interact(second::fire);
        assertThat(robot.lookup("#proposal-summary").queryAs(Label.class).getText())
                .isEqualTo("1 of 2 changes accepted");
        Button apply = robot.lookup("#proposal-apply").queryAs(Button.class);
        robot.interact(apply::fire);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#proposal-review").tryQuery().isEmpty()));
        assertThat(area.getText()).contains("name: brand-guidelines").doesNotContain("## When to Use");
        assertThat(Files.readString(skillMd)).as("nothing written before the save")
                .isEqualTo(original.replace("name: brand-guidelines", "name: Brand-guidelines"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup(".gutter-error").tryQuery().isEmpty()));

        robot.clickOn(area);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(skillMd)
                .contains("name: brand-guidelines"));
        assertThat(Files.readString(skillMd)).as("the file on disk is the original: the name fixed, nothing added")
                .isEqualTo(original);
        Node marker = robot.lookup("#gutter-marker-2").tryQuery().orElse(null);
        assertThat(marker).isNull();
    }
}
