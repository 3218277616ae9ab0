package dev.skillfleet.desktop.testing;

import dev.skillfleet.desktop.ui.library.SearchResult;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * What a user does in the real window to edit a skill: Library, type in the search, Enter, Edit; then the editor's
 * text area once the skill is loaded. Lookups run on the FX thread (from the test's thread they race with the scene
 * changing).
 */
public final class LibraryEditorSteps {

    private static final int SECONDS = 30;

    private LibraryEditorSteps() {
    }

    /** Searches for {@code search}, opens the first hit (which must be {@code name}) in the editor. */
    public static CodeArea openInEditor(FxRobot robot, String search, String name) throws Exception {
        robot.clickOn("#show-library");
        robot.clickOn("#library-search").write(search);
        @SuppressWarnings("unchecked")
        ListView<SearchResult> results = robot.lookup("#library-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> onFx(() -> results.isVisible()
                && !results.getItems().isEmpty()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#details-name")
                .tryQuery().map(n -> ((Label) n).getText().equals(name)).orElse(false)));
        robot.clickOn("#edit-skill");
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#skill-code-area")
                .tryQuery().map(n -> !((CodeArea) n).getText().isEmpty()).orElse(false)));
        return robot.lookup("#skill-code-area").queryAs(CodeArea.class);
    }

    /** Evaluates a condition about the scene on the FX thread. */
    public static boolean onFx(Callable<Boolean> condition) throws Exception {
        return WaitForAsyncUtils.asyncFx(condition).get(SECONDS, TimeUnit.SECONDS);
    }
}
