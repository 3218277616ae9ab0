package dev.skillfleet.desktop.core.cache;

import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.LibraryWatcher;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A watcher standing in for the fingerprint walk: the cache is served while nothing changed, and every change on
 * disk, the app's own included, is seen on the very next access, with no waiting in between.
 */
class CachedLibraryWatcherTest {

    private static final String NEW_SKILL = """
            ---
            name: pytest-fixtures
            description: Writes pytest fixtures. Use when a test suite repeats its setup.
            ---
            # Pytest Fixtures
            """;

    @TempDir
    Path temp;
    private Path root;
    private final TieredCache cache = new TieredCache(CachePolicy.defaults(), new AtomicLong()::get, Runnable::run);
    private CachedLibrary library;
    private LibraryWatcher watcher;

    @BeforeEach
    void watch() throws InterruptedException {
        root = Corpus.mixedLibrary(temp.resolve("lib")).toAbsolutePath().normalize();
        library = new CachedLibrary(new SkillLibrary(root), cache);
        watcher = LibraryWatcher.start(change -> { });
        watcher.watch(root);
        library.trustWatcher(watcher);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (watcher.vouchedVersion(root).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10); // the watcher's thread registers the folders
        }
        assertThat(watcher.vouchedVersion(root)).as("OS events on this machine").isPresent();
    }

    @AfterEach
    void close() {
        watcher.close();
    }

    private List<String> names() {
        return library.scan().skills().stream().map(Skill::name).toList();
    }

    @Test
    void nothingChangedMeansTheSameScanEvenForFilesWrittenAMomentAgo() {
        LibraryScan first = library.scan();

        // Just copied, so a fingerprint would not be settled and the scan would be made again.
        assertThat(library.scan()).isSameAs(first);
        assertThat(watcher.vouchedVersion(root)).isEqualTo(watcher.vouchedVersion(root));
    }

    @Test
    void everyKindOfChangeIsSeenOnTheVeryNextAccess() throws IOException {
        int before = library.scan().skills().size();

        Path added = Files.createDirectories(root.resolve("testing/pytest-fixtures"));
        Files.writeString(added.resolve("SKILL.md"), NEW_SKILL);
        assertThat(names()).hasSize(before + 1).contains("pytest-fixtures");

        Path skill = root.resolve("webapp-testing/SKILL.md");
        String text = Files.readString(skill);
        FileTime tick = Files.getLastModifiedTime(skill);
        Files.writeString(skill, text.replaceFirst("description: .", "description: Y"));
        Files.setLastModifiedTime(skill, tick); // same size, same time: only the event tells
        assertThat(library.scan().skills()).filteredOn(s -> s.name().equals("webapp-testing")).singleElement()
                .satisfies(s -> assertThat(s.description()).startsWith("Y"));

        deleteTree(root.resolve("canvas-design"));
        assertThat(names()).hasSize(before).doesNotContain("canvas-design");

        Files.move(root.resolve("dspy"), root.resolve("ml"));
        assertThat(library.scan().skills()).filteredOn(s -> s.name().equals("dspy-basics")).singleElement()
                .satisfies(s -> assertThat(s.category()).isEqualTo("ml"));

        Files.delete(root.resolve("brand-guidelines/SKILL.md"));
        assertThat(names()).hasSize(before - 1).doesNotContain("brand-guidelines");
    }

    @Test
    void draftsWrittenByTheAppAreInTheCatalogueWithDrafts() throws IOException {
        int before = library.scan(true).skills().size();
        Path draft = Files.createDirectories(root.resolve("_drafts/20250301-142501-a3f9/testing/pytest-fixtures"));
        Files.writeString(draft.resolve("SKILL.md"), NEW_SKILL);

        assertThat(library.scan(true).skills()).hasSize(before + 1).filteredOn(Skill::draft).hasSize(1);
    }

    @Test
    void aLinkToAFolderOrAClosedWatcherFallsBackToTheFingerprint() throws IOException, InterruptedException {
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("web"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (watcher.vouchedVersion(root).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(watcher.vouchedVersion(root)).as("a link may lead where no watch reaches").isEmpty();
        int before = library.scan().skills().size();
        Files.writeString(Files.createDirectories(root.resolve("testing/pytest-fixtures")).resolve("SKILL.md"),
                NEW_SKILL);
        assertThat(names()).hasSize(before + 1);

        watcher.close();
        assertThat(watcher.vouchedVersion(root)).isEmpty();
        deleteTree(root.resolve("testing"));
        assertThat(names()).hasSize(before);
    }

    private static void deleteTree(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
