package dev.skillfleet.desktop;

import atlantafx.base.theme.PrimerLight;
import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.editor.RecoveryCopy;
import dev.skillfleet.desktop.core.editor.RecoveryStore;
import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.testing.KillableChild;
import dev.skillfleet.desktop.ui.editor.EditorWindows;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Crash recovery from end to end, the hard way: the app's editor runs in a JVM of its own ({@link EditorCrashChild},
 * headless JavaFX), the user replaces a skill's description, the editor window's own 3-second timer writes the
 * recovery copy, the user keeps typing — and the process is killed with SIGKILL. The skill file must be untouched;
 * the next start (this JVM, through the app's own start-up path {@link App#offerRecoveredChanges}) must offer the
 * copy, and Open must show its text as unsaved changes, which Save then writes, removing the copy.
 */
@ExtendWith(ApplicationExtension.class)
class EditorCrashRecoveryUiTest {

    private static final int SIGKILL_EXIT = 128 + 9;
    /** Generous: a JavaFX child starting on a loaded 2-core machine, then a 3-second timer. */
    private static final long CHILD_SECONDS = 180;
    private static final String DESCRIPTION = "Recovered after a crash: creates and improves skills. Use when a "
            + "skill must be written or tuned.";

    @TempDir
    Path temp;
    private Stage stage;
    private ExecutorService background;
    private KillableChild child;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("skill-fleet-", 0).factory());
        stage.setTitle("Skill Fleet Desktop");
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        if (child != null && child.isAlive()) {
            child.kill();
        }
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide))
                .get(10, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    @Test
    void aKilledEditorsUnsavedTextIsOfferedOnTheNextStartAndSavedFromThere(FxRobot robot) throws Exception {
        Path skillDir = Corpus.copy(Corpus.source().resolve("anthropic-skills/skill-creator"),
                temp.resolve("library/skill-creator")).toAbsolutePath().normalize();
        Path skillMd = skillDir.resolve("SKILL.md");
        byte[] original = Files.readAllBytes(skillMd);
        FileTime originalTime = Files.getLastModifiedTime(skillMd);
        Path data = temp.resolve("data");

        // The first session: edit, let the timer keep a copy, keep typing, get killed.
        child = KillableChild.start("editor-ui", EditorCrashChild.class, childJvmOptions(),
                List.of(data.toString(), skillDir.toString(), DESCRIPTION), temp);
        List<String> lines = awaitLines(line -> line.startsWith("C "), 1,
                "the child wrote no recovery copy with its timer");
        awaitLines(line -> line.startsWith("T "), countStarting(lines, "T ") + 3,
                "the child stopped typing after its first recovery copy");
        assertThat(child.kill()).as("died of SIGKILL; its errors:\n%s", child.errors()).isEqualTo(SIGKILL_EXIT);
        lines = child.lines();
        assertThat(lines.get(0)).startsWith("READY ");
        assertThat(lines.get(1)).as("the description replaced, before any copy").startsWith("T ");
        String where = "the child's lines: " + lines + "\nits errors:\n" + child.errors();

        assertThat(Files.readAllBytes(skillMd)).as("the killed editor never wrote the skill file").isEqualTo(original);
        assertThat(Files.getLastModifiedTime(skillMd)).isEqualTo(originalTime);
        // The copy is at least as new as the last one the child saw on disk: that text, or one typed after it.
        String lastSeen = lines.get(lastIndexStarting(lines, "C ")).substring(2);
        List<String> typed = lines.stream().filter(l -> l.startsWith("T ")).map(l -> l.substring(2)).toList();
        assertThat(typed).as("the copy seen is a text the child typed; " + where).contains(lastSeen);
        List<String> allowed = typed.subList(typed.lastIndexOf(lastSeen), typed.size());
        List<RecoveryCopy> offered = new RecoveryStore(data).pending();
        assertThat(offered).as(where).singleElement().satisfies(copy -> {
            assertThat(copy.file()).isEqualTo(skillMd);
            assertThat(copy.changedOnDisk()).isFalse();
            assertThat(copy.text()).contains("\ndescription: " + DESCRIPTION + "\n");
            assertThat(EditorCrashChild.hash(copy.text())).as(where).isIn(allowed);
        });
        int copiedAt = lines.indexOf(lines.stream().filter(l -> l.startsWith("C ")).findFirst().orElseThrow());
        assertThat(lines.get(copiedAt)).as("the timer's first copy holds exactly the edited text; " + where)
                .isEqualTo("C " + lines.get(1).substring(2));
        String recovered = offered.getFirst().text();

        // The next start: the app's own recovery path offers the copy.
        EditorFiles files = new EditorFiles(data);
        robot.interact(() -> {
            EditorWindows editors = new EditorWindows(stage, files, background, DesktopActions.none());
            MainWindow.offerRecoveredChanges(stage, files, editors, background, DesktopActions.none());
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#recovery-dialog").tryQuery()
                .isPresent());
        List<String> rows = robot.from(robot.lookup("#recovery-rows").queryParent()).lookup((Label l) -> l.getText()
                .startsWith("Unsaved changes to")).queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(rows).singleElement().asString().startsWith("Unsaved changes to skill-creator/SKILL.md from ")
                .endsWith(" were recovered.");

        robot.clickOn("#recovery-open-0");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#skill-code-area").tryQuery()
                .map(n -> ((CodeArea) n).getText().equals(recovered)).orElse(false));
        Tab skillTab = robot.lookup("#editor-tabs").queryAs(TabPane.class).getTabs().getFirst();
        assertThat(skillTab.getText()).as("unsaved changes").isEqualTo("SKILL.md \u2022");
        assertThat(robot.lookup("#editor-status").queryAs(Label.class).getText())
                .startsWith("Recovered unsaved changes to SKILL.md");
        assertThat(robot.lookup("#recovery-dialog").tryQuery()).as("every copy decided: the dialog closed").isEmpty();
        assertThat(Files.readAllBytes(skillMd)).as("nothing written before the user saves").isEqualTo(original);

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> skillTab.getText().equals("SKILL.md"));
        assertThat(Files.readString(skillMd, StandardCharsets.UTF_8)).isEqualTo(recovered);
        assertThat(robot.lookup("#editor-status").queryAs(Label.class).getText()).isEqualTo("Saved SKILL.md.");
        Path copyFile = files.recovery().copyOf(skillMd);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !Files.exists(copyFile));
        assertThat(new RecoveryStore(data).pending()).as("nothing left to offer at the next start").isEmpty();
    }

    /** The headless JavaFX options this JVM was given (surefire's argLine), for the child too. */
    private static List<String> childJvmOptions() {
        return List.of("-Dglass.platform=" + System.getProperty("glass.platform", "Headless"),
                "-Dprism.order=" + System.getProperty("prism.order", "sw"),
                "--enable-native-access=ALL-UNNAMED", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }

    /** Waits until the child printed {@code count} complete lines matching; returns its lines then. */
    private List<String> awaitLines(Predicate<String> matching, int count, String failure) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_SECONDS);
        while (System.nanoTime() < deadline && child.isAlive()) {
            List<String> lines = completeLines();
            if (lines.stream().filter(matching).count() >= count) {
                return lines;
            }
            Thread.sleep(20);
        }
        fail(failure + " (alive: " + child.isAlive() + ")\nits output:\n" + child.output() + "\nits errors:\n"
                + child.errors());
        throw new AssertionError("unreachable");
    }

    private List<String> completeLines() throws IOException {
        String output = child.output();
        List<String> lines = new ArrayList<>(List.of(output.split("\n", -1)));
        lines.removeLast();
        return lines;
    }

    private static int countStarting(List<String> lines, String prefix) {
        return (int) lines.stream().filter(l -> l.startsWith(prefix)).count();
    }

    private static int lastIndexStarting(List<String> lines, String prefix) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " in " + lines);
    }
}
