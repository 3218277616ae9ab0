package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.settings.SettingsStore;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Several roots: added and removed by the user, remembered in the real settings file, searched together. */
class LibraryRootsTest {

    @TempDir
    Path temp;
    private Path main;
    private Path extra;
    private Path config;
    private LibraryFixture fixture;

    @BeforeEach
    void folders() {
        main = Corpus.copy(Corpus.source().resolve("skill-fleet-taxonomy"), temp.resolve("main")).toAbsolutePath();
        extra = Corpus.copy(Corpus.source().resolve("anthropic-skills"), temp.resolve("claude-skills")).toAbsolutePath();
        config = temp.resolve("config");
        fixture = new LibraryFixture(main, new SettingsExtraRoots(new SettingsStore(config)));
    }

    @Test
    void anAddedFolderIsScannedSearchedWithTheMainOneAndRemembered() {
        LibraryViewModel model = fixture.start();
        assertThat(model.getRoots()).hasSize(1);

        model.addRoot(extra);

        assertThat(model.getRoots()).extracting(LibraryRoot::path).containsExactly(main.normalize(), extra.normalize());
        LibraryRoot added = model.getRoots().get(1);
        assertThat(added.main()).isFalse();
        assertThat(added.node().count()).isEqualTo(Corpus.ANTHROPIC_SKILLS);
        assertThat(added.skillCountProperty().get()).isEqualTo(Corpus.ANTHROPIC_SKILLS);
        assertThat(model.statusProperty().get()).startsWith("21 skills in 2 libraries");
        assertThat(new SettingsStore(config).load().extraLibraries()).containsExactly(extra.normalize().toString());

        // Results from both roots, merged by score.
        model.queryProperty().set("frontend");
        assertThat(model.getResults()).extracting(r -> r.skill().root())
                .contains(main.normalize(), extra.normalize());

        // The next start shows it again.
        LibraryViewModel again = fixture.start();
        assertThat(again.getRoots()).extracting(LibraryRoot::path).containsExactly(main.normalize(), extra.normalize());
    }

    @Test
    void removingAnAddedFolderForgetsItButLeavesItOnDisk() {
        LibraryViewModel model = fixture.start();
        model.addRoot(extra);
        model.select(LibraryViewModelTest.skill(model, "canvas-design"));
        model.queryProperty().set("canvas");
        assertThat(model.getResults()).isNotEmpty();

        model.removeRoot(model.getRoots().get(1));

        assertThat(model.getRoots()).hasSize(1);
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.getResults()).isEmpty();
        assertThat(new SettingsStore(config).load().extraLibraries()).isEmpty();
        assertThat(Files.isDirectory(extra.resolve("canvas-design"))).isTrue();
        // The main library cannot be removed.
        model.removeRoot(model.getRoots().getFirst());
        assertThat(model.getRoots()).hasSize(1);
    }

    @Test
    void foldersThatCannotBeAddedAreRefusedWithAReason() throws Exception {
        LibraryViewModel model = fixture.start();

        model.addRoot(temp.resolve("missing"));
        assertThat(model.messageProperty().get()).isEqualTo("The folder " + temp.resolve("missing") + " does not exist.");
        model.addRoot(main.resolve("dspy"));
        assertThat(model.messageProperty().get()).contains("is inside " + main.normalize());
        model.addRoot(temp);
        assertThat(model.messageProperty().get()).contains("holds " + main.normalize());
        model.addRoot(main);
        assertThat(model.messageProperty().get()).contains("already in the library");
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        model.addRoot(file);
        assertThat(model.messageProperty().get()).contains("is a file, not a folder");

        assertThat(model.getRoots()).hasSize(1);
        assertThat(new SettingsStore(config).load().extraLibraries()).isEmpty();
    }

    @Test
    void suggestionsAreTheKnownFoldersNotShownYet() {
        fixture.suggestions.add(extra);
        fixture.suggestions.add(main);
        fixture.suggestions.add(temp.resolve("not-there"));
        LibraryViewModel model = fixture.start();

        model.loadSuggestions();
        assertThat(model.getSuggestions()).containsExactly(extra.normalize());

        model.addRoot(model.getSuggestions().getFirst());
        assertThat(model.getSuggestions()).isEmpty();
        assertThat(model.getRoots()).hasSize(2);
    }

    @Test
    void aRootThatDisappearsSaysSo() throws Exception {
        LibraryViewModel model = fixture.start();
        model.addRoot(extra);
        LibraryViewModelTest.deleteTree(extra);

        model.diskChanged(extra, java.util.Set.of(), true);

        LibraryRoot root = model.getRoots().get(1);
        assertThat(root.node().count()).isZero();
        assertThat(root.problemProperty().get()).isEqualTo("The folder " + extra.normalize() + " does not exist.");
        assertThat(model.messageProperty().get()).isEqualTo(root.problemProperty().get());
    }
}
