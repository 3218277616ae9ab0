package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.library.SkillPackager;
import dev.skillfleet.desktop.testing.Corpus;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a .skill file from the file manager (the installers associate the type with the app, which then gets the
 * file as its one argument): the window comes up on the Library with the import preview, and imports on Import.
 */
@ExtendWith(ApplicationExtension.class)
class OpenPackageOnStartUiTest {

    @TempDir
    Path temp;
    private Path library;
    private WindowUnderTest window;

    @Start
    void start(Stage stage) throws Exception {
        Path source = Corpus.copy(Corpus.source().resolve("anthropic-skills/brand-guidelines"),
                temp.resolve("elsewhere/brand-guidelines"));
        Path skillFile = temp.resolve("brand-guidelines.skill");
        new SkillPackager().pack(source, skillFile);
        library = Files.createDirectories(temp.resolve("library"));
        PackageRequests.request(skillFile);
        window = WindowUnderTest.show(stage, library, temp);
    }

    @AfterEach
    void stop() throws Exception {
        PackageRequests.forgetWaiting();
        window.close();
    }

    @Test
    void theImportPreviewComesUpAndImportsThePackage(FxRobot robot) throws Exception {
        confirmImport(robot, "brand-guidelines");
        assertThat(skillFiles()).hasSize(1);
    }

    /** macOS hands a double-clicked file to the running app as an event: it gets its own preview, then imports. */
    @Test
    void aPackageAskedForWhileTheWindowIsUpGetsItsOwnPreview(FxRobot robot) throws Exception {
        confirmImport(robot, "brand-guidelines");
        Path second = temp.resolve("internal-comms.skill");
        new SkillPackager().pack(Corpus.copy(Corpus.source().resolve("anthropic-skills/internal-comms"),
                temp.resolve("elsewhere/internal-comms")), second);

        PackageRequests.request(second);

        confirmImport(robot, "internal-comms");
        assertThat(skillFiles()).hasSize(2);
    }

    private void confirmImport(FxRobot robot, String skill) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#import-confirm").tryQuery().isPresent()).get(10, TimeUnit.SECONDS));
        Button confirm = robot.lookup("#import-confirm").queryAs(Button.class);
        robot.interact(confirm::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(library.resolve(skill + "/SKILL.md"))
                || Files.exists(library.resolve("general/" + skill + "/SKILL.md")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#import-confirm").tryQuery().isEmpty()).get(10, TimeUnit.SECONDS));
    }

    private List<Path> skillFiles() throws IOException {
        try (var found = Files.walk(library)) {
            return found.filter(p -> p.getFileName().toString().equals("SKILL.md")).toList();
        }
    }
}
