package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat's "Review changes" on a refine draft, in the real window headless: the button hands the original skill's
 * folder and the draft's SKILL.md to the reviewer (here a recorder; the app wires the editor).
 */
@ExtendWith(ApplicationExtension.class)
class ChatDraftReviewUiTest {

    @TempDir
    Path temp;
    private Path library;
    private final List<List<Path>> reviewed = new CopyOnWriteArrayList<>();
    private ExecutorService background;
    private ChatViewModel chat;

    @Start
    void start(Stage stage) {
        background = Executors.newVirtualThreadPerTaskExecutor();
        library = Corpus.mixedLibrary(temp.resolve("library"));
        AppDirectories dirs = new AppDirectories(temp.resolve("config"), temp.resolve("data"));
        chat = App.showWindow(stage, library, App.LoadedSettings.from(dirs), background, DesktopActions.none());
        stage.setWidth(960);
        stage.setHeight(720);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** In place of the editor the app wires: records what it is handed. */
    private void recordReviews(FxRobot robot) {
        robot.interact(() -> chat.setDraftReview((original, draft) -> reviewed.add(List.of(original, draft))));
    }

    private void send(FxRobot robot, String text) throws Exception {
        robot.clickOn("#chat-input").write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !chat.busyProperty().get()
                && robot.lookup(".draft-card").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void reviewChangesHandsTheOriginalFolderAndTheDraftToTheReviewer(FxRobot robot) throws Exception {
        recordReviews(robot);
        send(robot, "refine the brand-guidelines skill");

        Button review = robot.lookup("#draft-review").queryAs(Button.class);
        assertThat(review.getText()).isEqualTo("Review changes");
        assertThat(review.isVisible()).isTrue();
        robot.clickOn(review);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reviewed.isEmpty());

        Path draft = chat.getMessages().getLast().draftProperty().get().skillFile();
        assertThat(reviewed).containsExactly(List.of(library.resolve("brand-guidelines"), draft));
        assertThat(draft).startsWith(library.resolve("_drafts")).isRegularFile();
        assertThat(draft.getFileName().toString()).isEqualTo("SKILL.md");
    }

    @Test
    void asWiredByTheAppReviewChangesOpensTheOriginalSkillsEditorWithTheProposal(FxRobot robot) throws Exception {
        Path original = library.resolve("brand-guidelines/SKILL.md");
        String before = Files.readString(original);
        send(robot, "refine the brand-guidelines skill");

        robot.clickOn("#draft-review");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> editorOf("brand-guidelines").isPresent());
        Stage editor = editorOf("brand-guidelines").orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.from(editor.getScene().getRoot())
                .lookup("#proposal-apply").tryQuery().isPresent());

        assertThat(editor.isShowing()).isTrue();
        assertThat(Files.readString(original)).as("a proposal changes nothing on disk").isEqualTo(before);
        robot.interact(editor::close);
    }

    private static java.util.Optional<Stage> editorOf(String skill) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> (Stage) w)
                .filter(s -> (skill + " \u2014 Skill editor").equals(s.getTitle())).findFirst();
    }

    @Test
    void aNewSkillsDraftOffersNoReview(FxRobot robot) throws Exception {
        recordReviews(robot);
        send(robot, "Create a Redis caching skill");

        assertThat(robot.lookup(".draft-card").queryAll()).hasSize(1);
        assertThat(robot.lookup("#draft-review").tryQuery()).isEmpty();
        assertThat(robot.lookup("Open folder").tryQuery()).isPresent();
    }

    @Test
    void theButtonFollowsWhetherAReviewerIsWired(FxRobot robot) throws Exception {
        robot.interact(() -> chat.setDraftReview(null));
        send(robot, "refine the brand-guidelines skill");
        assertThat(robot.lookup("#draft-review").tryQuery()).as("nobody to review with").isEmpty();

        recordReviews(robot);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#draft-review");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reviewed.isEmpty());
        assertThat(reviewed.getFirst().getFirst()).isEqualTo(library.resolve("brand-guidelines"));
    }

    @Test
    void aDeletedOriginalGivesANoticeInsteadOfAReview(FxRobot robot) throws Exception {
        recordReviews(robot);
        send(robot, "refine the brand-guidelines skill");
        Files.delete(library.resolve("brand-guidelines/SKILL.md"));

        robot.clickOn("#draft-review");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chat.noticeProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Label notice = robot.lookup("#chat-notice").queryAs(Label.class);
        assertThat(notice.getText()).contains("original skill is no longer at")
                .contains(library.resolve("brand-guidelines").toString());
        Node bar = notice.getParent();
        assertThat(bar.isVisible()).isTrue();
        assertThat(reviewed).isEmpty();
    }
}
