package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.editor.RecoveryStore;
import dev.skillfleet.desktop.testing.Corpus;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recovery copy left by a killed session is offered when the window starts; Open shows its text in the editor as
 * unsaved changes, and the file on disk is untouched until the user saves.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryOnStartUiTest {

    @TempDir
    Path temp;
    private Path skillMd;
    private String onDisk;
    private String recovered;
    private WindowUnderTest window;

    @Start
    void start(Stage stage) throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("library")).toAbsolutePath().normalize();
        skillMd = library.resolve("skill-creator/SKILL.md");
        onDisk = Files.readString(skillMd);
        recovered = onDisk + "\nRecovered paragraph.\n";
        // What the killed session's timer wrote, into the data folder this window uses.
        new RecoveryStore(WindowUnderTest.dirs(temp).data()).remember(skillMd, null, recovered);
        window = WindowUnderTest.show(stage, library, temp);
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void theRecoveryDialogOpensTheRecoveredTextAsUnsavedChanges(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recovery-dialog").tryQuery()
                .isPresent());
        String sentence = robot.from(robot.lookup("#recovery-rows").queryParent()).lookup((Label l) -> l.getText()
                .startsWith("Unsaved changes to")).queryAs(Label.class).getText();
        assertThat(sentence).startsWith("Unsaved changes to skill-creator/SKILL.md from ").endsWith(" were recovered.");

        robot.clickOn("#recovery-open-0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#skill-code-area").tryQuery()
                .map(n -> ((CodeArea) n).getText().equals(recovered)).orElse(false));
        Tab skillTab = robot.lookup("#editor-tabs").queryAs(TabPane.class).getTabs().getFirst();
        assertThat(skillTab.getText()).as("unsaved").isEqualTo("SKILL.md \u2022");
        assertThat(robot.lookup("#editor-status").queryAs(Label.class).getText())
                .startsWith("Recovered unsaved changes to SKILL.md");
        assertThat(robot.lookup("#recovery-dialog").tryQuery()).as("every copy decided: the dialog closed").isEmpty();
        assertThat(Files.readString(skillMd)).isEqualTo(onDisk);
    }
}
