package dev.skillfleet.desktop.core.skill;

import dev.skillfleet.desktop.core.io.AtomicFiles;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a change means for the library, step by step and without threads: the tree is followed by listing
 * ({@link PollingRegistrar}) and each test polls when it wants. After every step the skills the tree knows must be
 * exactly the skills a scan finds: the watcher and the scan never disagree about what a skill is.
 */
class WatchedTreeTest {

    @TempDir
    Path temp;
    private Path root;
    private PollingRegistrar registrar;
    private WatchedTree tree;

    /** Dated an hour back, so the poller trusts folder times and looks again only at files of unchanged folders. */
    @BeforeEach
    void follow() {
        root = Corpus.mixedLibrary(temp.resolve("lib")).toAbsolutePath().normalize();
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.setLastModifiedTime(path, hourAgo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registrar = new PollingRegistrar();
        tree = new WatchedTree(root, registrar);
        tree.start();
        assertAgreesWithTheScan();
    }

    /** Polls once and applies what changed; checks the tree against a fresh scan. */
    private ChangeSet poll() {
        ChangeSet changes = new ChangeSet();
        registrar.poll().forEach(e -> tree.onEvent(e.kind(), e.path(), changes));
        assertAgreesWithTheScan();
        return changes;
    }

    private void assertAgreesWithTheScan() {
        Set<Path> scanned = new SkillLibrary(root).scan(true).skills().stream().map(Skill::dir)
                .collect(Collectors.toSet());
        assertThat(tree.skills()).containsExactlyInAnyOrderElementsOf(scanned);
    }

    @Test
    void aCategoryThatGetsASkillMdBecomesOneSkillAndItsFormerSkillsGo() throws Exception {
        Path web = root.resolve("web");
        Files.writeString(web.resolve("SKILL.md"), SkillFixtures.VALID.replace("pdf-tools", "web"));

        ChangeSet changes = poll();

        assertThat(changes.skills()).containsExactlyInAnyOrder(web, web.resolve("frontend-ui-integration"));
        assertThat(changes.rescanNeeded()).isFalse();
    }

    @Test
    void aSkillThatLosesItsSkillMdRevealsTheSkillsBelowIt() throws Exception {
        Path outer = SkillFixtures.writeValidSkill(root, "tools/outer");
        Path inner = SkillFixtures.writeValidSkill(outer, "inner"); // hidden by the outer skill, as in a scan
        poll();

        Files.delete(outer.resolve("SKILL.md"));
        ChangeSet changes = poll();

        assertThat(changes.skills()).containsExactlyInAnyOrder(outer, inner);
    }

    @Test
    void aSkillMdSavedAtomicallyIsAnEditOfThatSkillOnly() throws Exception {
        Path skill = root.resolve("dspy/dspy-advanced");
        AtomicFiles.writeString(skill.resolve("SKILL.md"),
                Files.readString(skill.resolve("SKILL.md")) + "\nSaved by an editor.\n");

        assertThat(poll().skills()).containsExactly(skill);
    }

    @Test
    void lowercaseSkillMdCountsAndDeepFoldersDoNot() throws Exception {
        Path lower = Files.createDirectories(root.resolve("practices/lower-case"));
        Files.writeString(lower.resolve("skill.md"), SkillFixtures.VALID.replace("pdf-tools", "lower-case"));
        Path tooDeep = root.resolve("a/b/c/d/e/f/g"); // below the scan's depth bound
        SkillFixtures.writeValidSkill(tooDeep.getParent(), tooDeep.getFileName().toString());

        assertThat(poll().skills()).containsExactly(lower);
    }

    @Test
    void aSkillFolderReplacedByAFileIsGone() throws Exception {
        Path skill = root.resolve("internal-comms");
        deleteTree(skill);
        Files.writeString(skill, "now a file");

        assertThat(poll().skills()).containsExactly(skill);
    }

    @Test
    void aSkillMdInTheRootItselfAsksForARescan() throws Exception {
        Files.writeString(root.resolve("SKILL.md"), SkillFixtures.VALID.replace("pdf-tools", "lib"));

        assertThat(poll().rescanNeeded()).isTrue();
    }

    @Test
    void manyChangesAtOnceStillAgreeWithTheScan() throws Exception {
        Files.move(root.resolve("dspy"), root.resolve("ml"));
        deleteTree(root.resolve("skill-creator"));
        SkillFixtures.writeValidSkill(root, "ml/new-one");
        SkillFixtures.writeValidSkill(root, "_drafts/20250301-142501-a3f9/ml/drafted");
        Files.delete(root.resolve("webapp-testing/SKILL.md"));
        Files.writeString(root.resolve("algorithmic-art/SKILL.md"), "\nmore\n", StandardOpenOption.APPEND);
        Files.createDirectories(root.resolve("theme-factory/tests"));

        ChangeSet changes = poll();

        assertThat(changes.skills()).contains(root.resolve("ml/dspy-basics"), root.resolve("dspy/dspy-basics"),
                root.resolve("skill-creator"), root.resolve("ml/new-one"),
                root.resolve("_drafts/20250301-142501-a3f9/ml/drafted"), root.resolve("webapp-testing"),
                root.resolve("algorithmic-art"), root.resolve("theme-factory"));
        assertThat(poll().isEmpty()).as("nothing left over for the next poll").isTrue();
    }

    @Test
    void anEditInPlaceIsSeenInAFolderWhoseTimeDidNotChange() throws Exception {
        Path skill = root.resolve("dspy/dspy-configuration");
        Path references = skill.resolve("references");
        FileTime before = Files.getLastModifiedTime(references);
        try (Stream<Path> files = Files.list(references)) {
            Path reference = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            Files.writeString(reference, "\nedited in place\n", StandardOpenOption.APPEND);
        }
        assertThat(Files.getLastModifiedTime(references)).as("the folder's time is unchanged").isEqualTo(before);

        assertThat(poll().skills()).containsExactly(skill);
        assertThat(poll().isEmpty()).isTrue();
    }

    @Test
    void aFolderWhoseTimeIsTooRecentToTrustIsListedAgainAtEachPoll() throws Exception {
        Path fresh = Files.createDirectories(root.resolve("fresh"));
        assertThat(poll().isEmpty()).isTrue();
        FileTime stamp = Files.getLastModifiedTime(fresh);
        Path skill = SkillFixtures.writeValidSkill(fresh, "late");
        Files.setLastModifiedTime(fresh, stamp); // as a coarse clock would leave it: same tick as the last look

        assertThat(poll().skills()).containsExactly(skill);
    }

    @Test
    void clearForgetsEverything() {
        tree.clear();

        assertThat(tree.skills()).isEmpty();
        assertThat(tree.folderCount()).isZero();
        assertThat(registrar.folders()).isZero();
        assertThat(tree.rootFollowed()).isFalse();
    }

    private static void deleteTree(Path tree) {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
