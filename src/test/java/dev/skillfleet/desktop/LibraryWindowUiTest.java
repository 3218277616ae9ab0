package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.core.settings.SettingsStore;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.library.FileDialogs;
import dev.skillfleet.desktop.ui.library.LibraryNode;
import dev.skillfleet.desktop.ui.library.SearchResult;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The library in the real window, driven headless: browse, search, details, files, and following the disk. */
@ExtendWith(ApplicationExtension.class)
class LibraryWindowUiTest {

    @TempDir
    Path temp;
    private Path library;
    private ExecutorService background;
    private Stage stage;
    /** What the folder chooser answers: the tests cannot drive the operating system's own dialog. */
    private volatile Path chosenFolder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = Executors.newVirtualThreadPerTaskExecutor();
        library = Corpus.mixedLibrary(temp.resolve("library")).toAbsolutePath().normalize();
        AppDirectories dirs = new AppDirectories(temp.resolve("config"), temp.resolve("data"));
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
                return Optional.ofNullable(chosenFolder);
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String name, String description, String ext) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> openFile(Window owner, String title, String description, String... extensions) {
                return Optional.empty();
            }
        };
        App.showWindow(stage, library, App.LoadedSettings.from(dirs), background, DesktopActions.none(), null, dialogs);
        stage.setWidth(980);
        stage.setHeight(760);
    }

    @AfterEach
    void stop() throws Exception {
        // Hiding the window closes the library's watcher, as closing the app does.
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    @Test
    void browseSearchSelectAndOpenAFile(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#library-tree").tryQuery()).as("built only when first shown").isEmpty();
        robot.clickOn("#show-library");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rootCount(robot) == 21);
        assertThat(robot.lookup("#library-status").queryAs(Label.class).getText()).isEqualTo("21 skills \u00b7 2 invalid");
        TreeItem<LibraryNode> root = tree(robot).getRoot().getChildren().getFirst();
        assertThat(root.getChildren().stream().map(i -> i.getValue().label()).toList())
                .startsWith("dspy", "practices", "web").contains("skill-creator", "claude-api");

        robot.clickOn("#library-search").write("skill creator");
        ListView<SearchResult> results = results(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.isVisible() && !results.getItems().isEmpty());
        assertThat(results.getItems().getFirst().skill().name()).isEqualTo("skill-creator");
        robot.type(KeyCode.ENTER); // selects the best result

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#details-name").tryQuery()
                .map(n -> ((Label) n).getText().equals("skill-creator")).orElse(false));
        String body = robot.lookup("#details-body").queryAll().stream()
                .flatMap(n -> robot.from(n).lookup((Node t) -> t instanceof Text).queryAll().stream())
                .map(t -> ((Text) t).getText()).collect(Collectors.joining());
        assertThat(body).isNotBlank();
        @SuppressWarnings("unchecked")
        ListView<dev.skillfleet.desktop.core.library.SkillFolderFiles.Entry> files =
                robot.lookup("#skill-files").queryAs(ListView.class);
        var schemas = files.getItems().stream().filter(e -> e.relativePath().equals("references/schemas.md"))
                .findFirst().orElseThrow();
        assertThat(schemas.size()).isPositive();

        robot.interact(() -> {
            files.getSelectionModel().select(schemas);
            files.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#file-viewer").tryQuery().isPresent());
        TextArea viewer = robot.lookup("#file-viewer").queryAs(TextArea.class);
        assertThat(viewer.isEditable()).isFalse();
        assertThat(viewer.getText()).isEqualTo(Files.readString(library.resolve("skill-creator/references/schemas.md")));
        Tab selected = robot.lookup("#library-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        assertThat(selected.getText()).isEqualTo("schemas.md");

        // Esc clears the query and the tree comes back with the skill selected.
        robot.clickOn("#library-search").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree(robot).isVisible()).isTrue();
        assertThat(tree(robot).getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("skill-creator");
    }

    @Test
    void aSkillWrittenFromOutsideAppears(FxRobot robot) throws Exception {
        robot.clickOn("#show-library");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rootCount(robot) == 21);

        Path dir = Files.createDirectories(library.resolve("testing/pytest-fixtures"));
        Files.writeString(dir.resolve("SKILL.md"), """
                ---
                name: pytest-fixtures
                description: Writes pytest fixtures. Use when tests share setup.
                ---
                # Pytest fixtures

                ## When to Use
                - shared test setup
                """);

        // The tree and the status line are updated in separate flushes: wait for both.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rootCount(robot) == 22
                && robot.lookup("#library-status").queryAs(Label.class).getText().startsWith("22 skills"));
        TreeItem<LibraryNode> root = tree(robot).getRoot().getChildren().getFirst();
        TreeItem<LibraryNode> testing = root.getChildren().stream()
                .filter(i -> i.getValue().label().equals("testing")).findFirst().orElseThrow();
        assertThat(testing.getChildren()).extracting(i -> i.getValue().label()).containsExactly("pytest-fixtures");
        assertThat(robot.lookup("#library-status").queryAs(Label.class).getText()).startsWith("22 skills");
    }

    @Test
    void aNewSkillBecomesADraftUnderDraftsAndPromotingItPutsItInTheTree(FxRobot robot) throws Exception {
        robot.clickOn("#show-library");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rootCount(robot) == 21);

        robot.clickOn("#new-skill");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#new-skill-name").tryQuery().isPresent());
        robot.clickOn("#new-skill-name").write("Redis Caching");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#new-skill-name-problem")
                .queryAs(Label.class).isVisible());
        Button create = robot.lookup("#new-skill-create").queryAs(Button.class);
        assertThat(create.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#new-skill-name").queryAs(TextField.class).clear());
        robot.clickOn("#new-skill-name").write("redis-caching");
        robot.clickOn("#new-skill-category .text-field").write("databases");
        robot.clickOn("#new-skill-description").write("Caches queries in Redis. Use when reads are slow.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !create.isDisabled());
        robot.clickOn(create);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#filter-drafts")
                .queryAs(ToggleButton.class).isSelected() && rootCount(robot) == 1 && detailsName(robot)
                .equals("redis-caching"));
        assertThat(robot.lookup("#new-skill-name").tryQuery()).as("the dialog closed").isEmpty();
        Path draft = Files.list(library.resolve("_drafts")).findFirst().orElseThrow()
                .resolve("databases/redis-caching/SKILL.md");
        assertThat(draft).isRegularFile();

        robot.clickOn("#promote-draft");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#filter-drafts")
                .queryAs(ToggleButton.class).isSelected() && rootCount(robot) == 22);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            TreeItem<LibraryNode> selected = tree(robot).getSelectionModel().getSelectedItem();
            return selected != null && selected.getValue().label().equals("redis-caching");
        });
        assertThat(library.resolve("databases/redis-caching/SKILL.md")).isRegularFile();
        assertThat(draft).doesNotExist();
        assertThat(robot.lookup("#library-message").queryAs(Label.class).getText()).startsWith("Promoted the draft");
    }

    @Test
    void anAddedFolderIsShownBesideTheLibraryAndRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#show-library");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rootCount(robot) == 21);
        chosenFolder = Corpus.copy(Corpus.source().resolve("skill-fleet-taxonomy"), temp.resolve("more-skills"))
                .toAbsolutePath().normalize();

        robot.clickOn("#add-folder");
        robot.clickOn("Choose a folder\u2026");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree(robot).getRoot().getChildren().size() == 2
                && tree(robot).getRoot().getChildren().get(1).getValue().count() == Corpus.TAXONOMY_SKILLS);
        assertThat(tree(robot).getRoot().getChildren().get(1).getValue().label()).isEqualTo("more-skills");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new SettingsStore(temp.resolve("config")).read()
                .extraLibraries().equals(java.util.List.of(chosenFolder.toString())));
        assertThat(robot.lookup("#library-status").queryAs(Label.class).getText())
                .startsWith("28 skills in 2 libraries");
    }

    private static String detailsName(FxRobot robot) {
        return robot.lookup("#details-name").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static int rootCount(FxRobot robot) {
        return robot.lookup("#library-tree").tryQuery()
                .map(n -> ((TreeView<?>) n).getRoot().getChildren())
                .filter(children -> !children.isEmpty())
                .map(children -> ((LibraryNode) children.getFirst().getValue()).count())
                .orElse(-1);
    }

    @SuppressWarnings("unchecked")
    private static TreeView<LibraryNode> tree(FxRobot robot) {
        return robot.lookup("#library-tree").queryAs(TreeView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<SearchResult> results(FxRobot robot) {
        return robot.lookup("#library-results").queryAs(ListView.class);
    }
}
