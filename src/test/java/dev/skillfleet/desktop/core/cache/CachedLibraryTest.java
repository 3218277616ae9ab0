package dev.skillfleet.desktop.core.cache;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.engine.DraftStore;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.SearchHit;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue and search served from the cache, and every change made on disk seen on the next access. */
class CachedLibraryTest {

    private static final String NEW_SKILL = """
            ---
            name: pytest-fixtures
            description: Writes pytest fixtures for Python testing. Use when a test suite repeats its setup.
            ---
            # Pytest Fixtures

            Shared setup for tests.
            """;

    @TempDir
    Path temp;
    private Path root;
    private final AtomicLong nanos = new AtomicLong();
    private final TieredCache cache = new TieredCache(CachePolicy.defaults(), nanos::get, Runnable::run);
    private CachedLibrary library;

    @BeforeEach
    void copyTheCorpus() {
        root = Corpus.mixedLibrary(temp.resolve("lib"));
        settle(root);
        library = new CachedLibrary(new SkillLibrary(root), cache);
    }

    /**
     * Dates every file and folder an hour back, as a library nobody touched for a while. Just-written files are
     * never served from the cache (see {@link #aLibraryStillChangingIsNeverServedFromTheCache}).
     */
    private static void settle(Path tree) {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.setLastModifiedTime(path, hourAgo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TierStats global() {
        return cache.stats().get(CacheTier.GLOBAL);
    }

    private static List<String> names(LibraryScan scan) {
        return scan.skills().stream().map(Skill::name).toList();
    }

    @Test
    void aSecondScanIsServedFromTheCache() {
        LibraryScan first = library.scan();
        LibraryScan second = library.scan();

        assertThat(second).isSameAs(first);
        assertThat(first.skills()).hasSize(Corpus.ANTHROPIC_SKILLS + Corpus.TAXONOMY_SKILLS);
        assertThat(global().hits()).isEqualTo(1);
        assertThat(global().misses()).isEqualTo(1);
    }

    @Test
    void aSkillAddedOnDiskIsSeenOnTheNextScan() throws IOException {
        LibraryScan before = library.scan();
        Path dir = Files.createDirectories(root.resolve("testing/pytest-fixtures"));
        Files.writeString(dir.resolve("SKILL.md"), NEW_SKILL);

        LibraryScan after = library.scan();

        assertThat(after.skills()).hasSize(before.skills().size() + 1);
        assertThat(names(after)).contains("pytest-fixtures");
    }

    @Test
    void aSkillMdEditedInPlaceIsSeenOnTheNextScan() throws IOException {
        Skill skill = library.scan().skills().stream().filter(s -> s.name().equals("webapp-testing")).findFirst()
                .orElseThrow();
        String text = Files.readString(skill.file());
        // Same length, so only the modification time tells.
        Files.writeString(skill.file(), text.replaceFirst("description: .", "description: X"));

        Skill edited = library.scan().skills().stream().filter(s -> s.name().equals("webapp-testing")).findFirst()
                .orElseThrow();

        assertThat(edited.description()).startsWith("X");
        assertThat(Files.size(skill.file())).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aSkillDeletedOnDiskIsGoneOnTheNextScan() throws IOException {
        LibraryScan before = library.scan();
        Skill doomed = before.skills().getFirst();
        try (Stream<Path> files = Files.walk(doomed.dir())) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }

        LibraryScan after = library.scan();

        assertThat(after.skills()).hasSize(before.skills().size() - 1);
        assertThat(after.skills()).extracting(Skill::dir).doesNotContain(doomed.dir());
    }

    @Test
    void aSkillMdRemovedFromItsFolderIsSeen() throws IOException {
        LibraryScan before = library.scan();
        Files.delete(before.skills().getFirst().file());

        assertThat(library.scan().skills()).hasSize(before.skills().size() - 1);
    }

    @Test
    void aLibraryStillChangingIsNeverServedFromTheCache() throws IOException {
        Skill skill = library.scan().skills().getFirst();
        String text = Files.readString(skill.file());
        Files.writeString(skill.file(), text.replaceFirst("description: .", "description: A"));
        FileTime tick = Files.getLastModifiedTime(skill.file());
        assertThat(library.scan().skills().getFirst().description()).startsWith("A");

        // A second edit of the same size within the same timestamp tick leaves every attribute as it was.
        Files.writeString(skill.file(), text.replaceFirst("description: .", "description: B"));
        Files.setLastModifiedTime(skill.file(), tick);

        assertThat(library.scan().skills().getFirst().description()).startsWith("B");
    }

    @Test
    void aChangeDropsTheOldVersionsEntries() throws IOException {
        LibraryScan before = library.scan();
        library.search(before, "testing", 10);
        assertThat(global().size()).as("catalogue and index").isEqualTo(2);
        assertThat(cache.stats().get(CacheTier.BRANCH).size()).isEqualTo(1);

        Files.createDirectories(root.resolve("new-category"));
        settle(root);
        library.scan();

        assertThat(global().size()).as("only the new catalogue").isEqualTo(1);
        assertThat(cache.stats().get(CacheTier.BRANCH).size()).isZero();
    }

    @Test
    void theCatalogueExpiresAfterTheGlobalTimeToLive() {
        LibraryScan first = library.scan();
        nanos.addAndGet(Duration.ofSeconds(301).toNanos());

        LibraryScan later = library.scan();

        assertThat(later).isNotSameAs(first);
        assertThat(names(later)).isEqualTo(names(first));
        assertThat(global().misses()).isEqualTo(2);
    }

    @Test
    void searchResultsAndTheIndexAreCachedAndFollowTheLibrary() throws IOException {
        LibraryScan scan = library.scan();
        List<SearchHit> first = library.search(scan, "pytest fixtures", 10);
        List<SearchHit> again = library.search(library.scan(), "pytest fixtures", 10);
        assertThat(again).isSameAs(first);
        assertThat(library.index(scan)).isSameAs(library.index(scan));
        assertThat(cache.stats().get(CacheTier.BRANCH)).isEqualTo(new TierStats(1, 1, 0, 1));

        Path dir = Files.createDirectories(root.resolve("testing/pytest-fixtures"));
        Files.writeString(dir.resolve("SKILL.md"), NEW_SKILL);
        List<SearchHit> changed = library.search(library.scan(), "pytest fixtures", 10);

        assertThat(changed).isNotEqualTo(first);
        assertThat(changed.getFirst().skill().name()).isEqualTo("pytest-fixtures");
    }

    @Test
    void aScanFromElsewhereIsSearchedWithoutTheCache() {
        LibraryScan foreign = new SkillLibrary(root).scan();

        assertThat(library.search(foreign, "testing", 10)).isNotEmpty();
        assertThat(cache.stats().get(CacheTier.BRANCH).requests()).isZero();
    }

    @Test
    void draftsCannotChangeTheCatalogueAndTheCatalogueWithDraftsSeesThem() throws Exception {
        Files.createDirectories(root.resolve(DraftStore.DRAFTS));
        settle(root);
        LibraryScan catalogue = library.scan();
        LibraryScan withDrafts = library.scan(true);

        new DraftStore(root, Clock.systemUTC()).write("testing", "pytest-fixtures", NEW_SKILL);

        assertThat(library.scan()).as("a draft is outside the catalogue").isSameAs(catalogue);
        assertThat(library.scan(true).skills()).hasSize(withDrafts.skills().size() + 1);
    }

    @Test
    void invalidatingDropsTheLibrarysEntries() {
        LibraryScan first = library.scan();

        library.invalidate();

        assertThat(global().size()).isZero();
        assertThat(library.scan()).isNotSameAs(first);
    }

    @Test
    void theOfflineEngineSeesASkillAddedOutsideTheAppOnTheNextTurn() throws IOException {
        TurnRunner runner = new TurnRunner(new StreamingAssistant(new IntentClassifier(),
                OfflineEngine.handlers(library)));
        ConversationSession session = ConversationSession.create("tester");
        TurnResult first = runner.run(session, "What skills exist?", e -> { }, new CancelToken());
        runner.run(session, "What skills exist?", e -> { }, new CancelToken());
        long hitsBefore = global().hits();

        Path dir = Files.createDirectories(root.resolve("testing/pytest-fixtures"));
        Files.writeString(dir.resolve("SKILL.md"), NEW_SKILL);
        TurnResult afterAdding = runner.run(session, "What skills exist?", e -> { }, new CancelToken());

        assertThat(hitsBefore).as("the unchanged library was served from the cache").isEqualTo(1);
        assertThat(first.message().content()).contains("21 skills").doesNotContain("pytest-fixtures");
        assertThat(afterAdding.message().content()).contains("22 skills").contains("pytest-fixtures");
    }
}
