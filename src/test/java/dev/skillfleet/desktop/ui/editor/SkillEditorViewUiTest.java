package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import atlantafx.base.theme.PrimerLight;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor alone in a headless window, on a copy of a corpus skill: typing, markers, problems, find, undo, tabs. */
@ExtendWith(ApplicationExtension.class)
class SkillEditorViewUiTest {

    @TempDir
    Path temp;
    private Path skill;
    private String original;
    private ExecutorService background;
    private SkillEditorViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = Executors.newVirtualThreadPerTaskExecutor();
        skill = Corpus.copy(Corpus.source().resolve("anthropic-skills/skill-creator"), temp.resolve("skill-creator"));
        original = Files.readString(skill.resolve("SKILL.md"));
        model = new SkillEditorViewModel(background, Platform::runLater, FxDelay.fx());
        stage.setScene(new Scene(new SkillEditorView(model, background, DesktopActions.none()), 980, 760));
        stage.show();
        model.openSkill(skill);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    private CodeArea area(FxRobot robot) {
        return robot.lookup("#skill-code-area").queryAs(CodeArea.class);
    }

    private CodeArea openedAndValidated(FxRobot robot) throws Exception {
        waitUntil(() -> model.loadCountProperty().get() == 1 && !model.analysisPendingProperty().get());
        CodeArea area = area(robot);
        assertThat(area.getText()).isEqualTo(original);
        return area;
    }

    @Test
    void breakingTheNameShowsAMarkerAndAProblemThatLeadsBackToTheLine(FxRobot robot) throws Exception {
        CodeArea area = openedAndValidated(robot);
        assertThat(robot.lookup("#gutter-marker-2").tryQuery()).isEmpty();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(1, area.getParagraph(1).length());
        });
        robot.write("X");
        assertThat(area.getParagraph(1).getText()).isEqualTo("name: skill-creatorX");

        // After the pause: the gutter marks line 2 and the problems list says why.
        waitUntil(() -> robot.lookup("#gutter-marker-2").tryQuery().isPresent());
        Node marker = robot.lookup("#gutter-marker-2").query();
        assertThat(marker.getStyleClass()).contains("gutter-error");
        ListCell<?> problem = problemCell(robot, 2);
        assertThat(((ValidationIssue) problem.getItem()).message()).contains("must be lowercase");
        assertThat(robot.lookup("#editor-summary").queryAs(Label.class).getText()).contains("error");
        assertThat(robot.lookup("#form-name").queryAs(TextField.class).getText()).isEqualTo("skill-creatorX");
        assertThat(robot.lookup("#form-name-problem").queryAs(Label.class).isVisible()).isTrue();

        // Away from the line, then a click on the problem brings the caret back to it.
        robot.interact(() -> area.moveTo(area.getParagraphs().size() - 1, 0));
        robot.clickOn(problem);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getCurrentParagraph()).isEqualTo(1);
        assertThat(area.getCaretColumn()).isZero();
        assertThat(area.isFocused()).isTrue();

        // Undo takes the typed character back, and the marker goes.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(area.getText()).isEqualTo(original);
        waitUntil(() -> robot.lookup("#gutter-marker-2").tryQuery().isEmpty());
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void theFindBarFindsReplacesAllAndUndoRestores(FxRobot robot) throws Exception {
        CodeArea area = openedAndValidated(robot);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(0);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#find-query").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(shown(robot.lookup("#replace-text").query())).isFalse();
        robot.write("subagent");
        int expected = countIgnoringCase(original, "subagent");
        assertThat(expected).isGreaterThan(2);
        waitUntil(() -> area.getSelectedText().equalsIgnoreCase("subagent"));
        int first = area.getSelection().getStart();
        robot.type(KeyCode.ENTER);
        assertThat(area.getSelection().getStart()).isGreaterThan(first);
        assertThat(area.getSelectedText()).isEqualToIgnoringCase("subagent");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(area.getSelection().getStart()).isEqualTo(first);
        assertThat(robot.lookup("#find-status").queryAs(Label.class).getText()).isEqualTo("1 of " + expected);

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        robot.clickOn("#replace-text").write("helper agent");
        robot.clickOn("#replace-all");
        assertThat(area.getText().toLowerCase(Locale.ROOT)).doesNotContain("subagent");
        assertThat(area.getText()).contains("helper agent");
        assertThat(robot.lookup("#find-status").queryAs(Label.class).getText())
                .isEqualTo("Replaced " + expected + " matches");
        assertThat(model.textProperty().get()).isEqualTo(area.getText());
        assertThat(model.dirtyProperty().get()).isTrue();

        robot.type(KeyCode.ESCAPE);
        assertThat(shown(robot.lookup("#find-query").query())).isFalse();
        assertThat(area.isFocused()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(area.getText()).as("replace all is one undo step").isEqualTo(original);
        assertThat(model.textProperty().get()).isEqualTo(original);
        assertThat(model.dirtyProperty().get()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(area.getText()).contains("helper agent");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(area.getText()).isEqualTo(original);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(area.getText()).as("Ctrl+Shift+Z redoes too").contains("helper agent");
        assertThat(model.textProperty().get()).isEqualTo(area.getText());
    }

    @Test
    void theFormWritesItsFieldIntoTheTextAndTheTextIntoTheForm(FxRobot robot) throws Exception {
        CodeArea area = openedAndValidated(robot);
        robot.clickOn("#form-license").write("Apache-2.0");
        assertThat(area.getText()).startsWith("---\nname: skill-creator\ndescription: ");
        assertThat(area.getText()).contains("\nlicense: Apache-2.0\n---\n");
        assertThat(area.getText().lines().count()).isEqualTo(original.lines().count() + 1);

        robot.interact(() -> area.replaceText(area.getText().replace("license: Apache-2.0", "license: MIT")));
        waitUntil(() -> robot.lookup("#form-license").queryAs(TextField.class).getText().equals("MIT"));
        // Undo in the text undoes the text's edits, the form's included.
        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(area.getText()).contains("license: Apache-2.0");
    }

    @Test
    void otherFilesOpenInEditableTabsAndBinaryOnesAreRefused(FxRobot robot) throws Exception {
        openedAndValidated(robot);
        Files.write(skill.resolve("assets/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        robot.interact(() -> model.openFile(skill.resolve("assets/logo.png")));
        waitUntil(() -> robot.lookup("#editor-message").queryAs(Label.class).getText().contains("image"));
        assertThat(shown(robot.lookup("#editor-message").query())).isTrue();

        robot.clickOn("#editor-files");
        MenuButton files = robot.lookup("#editor-files").queryAs(MenuButton.class);
        assertThat(files.getItems()).extracting(i -> i.getText()).contains("references/schemas.md", "scripts/utils.py");
        robot.clickOn("references/schemas.md");
        waitUntil(() -> robot.lookup("#file-editor-references-schemas-md").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        assertThat(tab.getText()).isEqualTo("schemas.md");
        CodeArea fileArea = robot.lookup("#file-editor-references-schemas-md").queryAs(CodeArea.class);
        assertThat(fileArea.getText()).isEqualTo(Files.readString(skill.resolve("references/schemas.md")));
        robot.interact(() -> {
            fileArea.requestFocus();
            fileArea.moveTo(0);
        });
        robot.write("Edited. ");
        assertThat(model.openFiles().getFirst().textProperty().get()).startsWith("Edited. ");
        assertThat(tab.getText()).isEqualTo("schemas.md \u2022");
        assertThat(model.selectedFileProperty().get()).isSameAs(model.openFiles().getFirst());
    }

    @Test
    void thePreviewShowsTheRenderedBody(FxRobot robot) throws Exception {
        openedAndValidated(robot);
        robot.clickOn("Preview");
        waitUntil(() -> robot.lookup("#editor-preview .markdown").tryQuery().isPresent());
        Node rendered = robot.lookup("#editor-preview .markdown").query();
        String shown = robot.from(rendered).lookup((Node n) -> n instanceof Text).queryAll().stream()
                .map(n -> ((Text) n).getText()).reduce("", String::concat);
        assertThat(shown).contains("Skill Creator").doesNotContain("name: skill-creator");
    }

    private ListCell<?> problemCell(FxRobot robot, int line) throws Exception {
        Callable<ListCell<?>> find = () -> robot.lookup(".problem-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof ValidationIssue i && i.line() == line && "name".equals(i.field()))
                .findFirst().orElse(null);
        waitUntil(() -> find.call() != null);
        return find.call();
    }

    /** Visible with every parent: what the user can see. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static int countIgnoringCase(String text, String word) {
        String lower = text.toLowerCase(Locale.ROOT);
        int count = 0;
        for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + word.length())) {
            count++;
        }
        return count;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
