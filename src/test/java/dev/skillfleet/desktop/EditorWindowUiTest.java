package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.editor.HistoryVersion;
import dev.skillfleet.desktop.core.editor.TextDiff;
import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.testing.LibraryEditorSteps;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor reached from the library in the real window, headless: Edit, type, Ctrl+S, the file on disk keeps its
 * CRLF line endings, and the history lists the text before and after the save.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWindowUiTest {

    @TempDir
    Path temp;
    private Path skillMd;
    private String original;
    private WindowUnderTest window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("library")).toAbsolutePath().normalize();
        skillMd = library.resolve("skill-creator/SKILL.md");
        // A Windows-made file: the save must keep its CRLF line breaks.
        original = Files.readString(skillMd).replace("\r\n", "\n").replace("\n", "\r\n");
        Files.writeString(skillMd, original);
        window = WindowUnderTest.show(stage, library, temp);
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void editTypeSaveAndSeeTwoVersions(FxRobot robot) throws Exception {
        CodeArea area = LibraryEditorSteps.openInEditor(robot, "skill creator", "skill-creator");
        assertThat(area.getText()).isEqualTo(original.replace("\r\n", "\n"));
        assertThat(area.getScene().getWindow()).as("its own window").isNotSameAs(stage);

        // A second Edit brings the same window forward instead of opening another.
        robot.interact(() -> stage.toFront());
        robot.clickOn("#edit-skill");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#skill-code-area").queryAll()).hasSize(1);

        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("Extra line.");
        Tab skillTab = robot.lookup("#editor-tabs").queryAs(TabPane.class).getTabs().getFirst();
        assertThat(skillTab.getText()).isEqualTo("SKILL.md \u2022");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(skillMd).endsWith("Extra line."));
        String saved = Files.readString(skillMd);
        assertThat(saved).isEqualTo(original + "Extra line.");
        assertThat(saved.replace("\r\n", "")).as("every line break is still CRLF").doesNotContain("\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> skillTab.getText().equals("SKILL.md"));
        assertThat(robot.lookup("#editor-status").queryAs(Label.class).getText()).isEqualTo("Saved SKILL.md.");

        robot.clickOn("#editor-history-toggle");
        @SuppressWarnings("unchecked")
        ListView<HistoryVersion> versions = robot.lookup("#history-versions").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> versions.getItems().size() == 2);
        robot.interact(() -> versions.getSelectionModel().selectAll());
        @SuppressWarnings("unchecked")
        ListView<TextDiff.Row> diff = robot.lookup("#history-diff").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !diff.getItems().isEmpty());
        assertThat(diff.getItems()).filteredOn(r -> r.kind() != TextDiff.Kind.SAME).singleElement()
                .satisfies(row -> assertThat(row.right()).endsWith("Extra line."));
    }
}
