package dev.skillfleet.desktop.core.skill;

import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Files added, changed and removed outside the app, on real folders, reported as the skill folders they touch. Each
 * test runs twice: with the OS's change events (inotify here) and with the polling used on macOS and network drives.
 */
class LibraryWatcherTest {

    enum Mode { EVENTS, POLLING }

    @TempDir
    Path temp;
    private final ChangeRecorder recorder = new ChangeRecorder();
    private LibraryWatcher watcher;

    @AfterEach
    void close() {
        if (watcher != null) {
            watcher.close();
        }
    }

    /** The corpus, dated an hour back: a library nobody touched for a while (see the test of recent changes). */
    private Path library() {
        return settled(Corpus.mixedLibrary(temp.resolve("lib")).toAbsolutePath().normalize());
    }

    private static Path settled(Path tree) {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.setLastModifiedTime(path, hourAgo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    /**
     * Watches, and waits until the folders are registered: a change made earlier is reported from modification
     * times, which for a folder outside skills means a rescan (see the test of changes made just before watching).
     */
    private void watch(Mode mode, Path... roots) throws InterruptedException {
        watcher = LibraryWatcher.start(recorder, Duration.ofMillis(100), mode == Mode.POLLING);
        for (Path root : roots) {
            watcher.watch(root);
            watcher.awaitFollowing(root);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anEditedSkillMdIsThatSkillAndNothingElse(Mode mode) throws Exception {
        Path root = library();
        watch(mode, root);
        assertThat(watcher.polling(root)).isEqualTo(mode == Mode.POLLING);

        Path skill = root.resolve("canvas-design");
        Files.writeString(skill.resolve("SKILL.md"), "\nMore guidance.\n", StandardOpenOption.APPEND);

        assertThat(recorder.awaitSkills(root, Set.of(skill))).containsExactly(skill);
        assertThat(recorder.rescanned(root)).isFalse();
        assertThat(recorder.threads()).allSatisfy(t -> assertThat(t.getName()).isEqualTo("library-watcher"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void changesMadeJustBeforeWatchingAreReportedAsAScanThenMayHaveMissedThem(Mode mode) throws Exception {
        Path root = library();
        Path optimization = root.resolve("dspy/dspy-optimization");
        try (Stream<Path> files = Files.list(optimization.resolve("references"))) {
            Path reference = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            Files.writeString(reference, "\n## Added just now\n", StandardOpenOption.APPEND);
        }
        Path brand = root.resolve("brand-guidelines");
        Files.writeString(brand.resolve("SKILL.md"), "\nEdited just now.\n", StandardOpenOption.APPEND);

        watch(mode, root);

        assertThat(recorder.awaitSkills(root, Set.of(optimization, brand))).containsExactlyInAnyOrder(optimization,
                brand);
        assertThat(recorder.rescanned(root)).isFalse();

        recorder.clear();
        watcher.unwatch(root);
        SkillFixtures.writeValidSkill(root, "web/added-just-now"); // the category's entries changed: a rescan
        watcher.watch(root);
        recorder.awaitRescan(root);

        recorder.clear();
        settled(root);
        watcher.unwatch(root);
        watcher.watch(root);
        watcher.awaitFollowing(root);
        Path template = root.resolve("template");
        Files.writeString(template.resolve("SKILL.md"), "\nedited\n", StandardOpenOption.APPEND);
        assertThat(recorder.awaitSkills(root, Set.of(template))).as("a settled library: nothing but the edit")
                .containsExactly(template);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void newSkillFoldersWhoseFileIsWrittenRightAfterTheFolderAreAllFound(Mode mode) throws Exception {
        Path root = library();
        watch(mode, root);

        // The classic race: the file lands before the new folder is watched. Twenty times, to give it its chance.
        Set<Path> created = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            created.add(SkillFixtures.writeValidSkill(root, "web/new-skill-" + i));
        }
        Path nested = root.resolve("ml/vision/detection");
        Files.createDirectories(nested); // a new category two levels deep, its skill written at once
        Files.writeString(nested.resolve("SKILL.md"), SkillFixtures.VALID.replace("pdf-tools", "detection"));
        created.add(nested);

        assertThat(recorder.awaitSkills(root, created)).containsExactlyInAnyOrderElementsOf(created);
        assertThat(recorder.rescanned(root)).isFalse();
        SkillLibrary library = new SkillLibrary(root);
        assertThat(created).allSatisfy(dir -> assertThat(library.load(dir).valid()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aSkillMdAddedToAPlainFolderMakesItASkill(Mode mode) throws Exception {
        Path root = library();
        Path notes = Files.createDirectories(root.resolve("practices/meeting-notes"));
        Files.writeString(notes.resolve("README.md"), "not a skill yet");
        watch(mode, root);

        Files.writeString(notes.resolve("SKILL.md"), SkillFixtures.VALID.replace("pdf-tools", "meeting-notes"));

        assertThat(recorder.awaitSkills(root, Set.of(notes))).containsExactly(notes);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRemovedSkillMdAndADeletedSkillFolderAreReported(Mode mode) throws Exception {
        Path root = library();
        watch(mode, root);
        Path brand = root.resolve("brand-guidelines");
        Path basics = root.resolve("dspy/dspy-basics");

        Files.delete(brand.resolve("SKILL.md"));
        deleteTree(basics);

        assertThat(recorder.awaitSkills(root, Set.of(brand, basics))).containsExactlyInAnyOrder(brand, basics);
        assertThat(SkillFiles.find(brand)).as("no longer a skill: the view drops it").isNull();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aChangedReferenceOrANewScriptIsAChangeOfItsSkill(Mode mode) throws Exception {
        Path root = library();
        watch(mode, root);
        Path optimization = root.resolve("dspy/dspy-optimization");
        Path builder = root.resolve("mcp-builder");
        Path reference;
        try (Stream<Path> files = Files.list(optimization.resolve("references"))) {
            reference = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }

        Files.writeString(reference, "\n## Added later\n", StandardOpenOption.APPEND);
        Path newFolder = Files.createDirectories(builder.resolve("scripts/helpers"));
        Files.writeString(newFolder.resolve("run.sh"), "echo hi\n");

        assertThat(recorder.awaitSkills(root, Set.of(optimization, builder)))
                .containsExactlyInAnyOrder(optimization, builder);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRenamedCategoryReportsItsSkillsUnderBothNamesAndIsFollowedUnderTheNewOne(Mode mode) throws Exception {
        Path root = library();
        watch(mode, root);
        Set<String> names = Set.of("dspy-advanced", "dspy-basics", "dspy-configuration", "dspy-optimization",
                "dspy-optimization-workflow");
        Set<Path> expected = new HashSet<>();
        names.forEach(n -> {
            expected.add(root.resolve("dspy").resolve(n));
            expected.add(root.resolve("ml").resolve(n));
        });

        Files.move(root.resolve("dspy"), root.resolve("ml"));

        assertThat(recorder.awaitSkills(root, expected)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(recorder.rescanned(root)).isFalse();

        recorder.clear();
        Path moved = root.resolve("ml/dspy-basics");
        Files.writeString(moved.resolve("SKILL.md"), "\nEdited after the move.\n", StandardOpenOption.APPEND);
        assertThat(recorder.awaitSkills(root, Set.of(moved))).as("old watches do not speak for the old name")
                .containsExactly(moved);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void skippedFoldersAreIgnoredAndDraftsAreFollowed(Mode mode) throws Exception {
        Path root = library();
        watch(mode, root);

        SkillFixtures.writeValidSkill(root, "node_modules/pkg/some-skill");
        SkillFixtures.writeValidSkill(root, "_templates/template-skill");
        SkillFixtures.writeValidSkill(root, "dspy/.cache/hidden-skill");
        Files.createDirectories(root.resolve(".git/objects"));
        Files.writeString(root.resolve(".git/objects/ab"), "blob");
        Files.writeString(root.resolve("canvas-design/.SKILL.md.swp"), "editor swap file");
        Files.writeString(root.resolve("taxonomy_index.json"), "{}"); // not part of any skill
        Path draft = SkillFixtures.writeValidSkill(root, "_drafts/20250301-142501-a3f9/web/new-draft");

        assertThat(recorder.awaitSkills(root, Set.of(draft))).containsExactly(draft);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aLinkToAFolderInsideAsksForARescanAndOneLeadingOutsideIsIgnoredLikeTheScanDoes(Mode mode)
            throws Exception {
        Path root = library();
        Path outside = SkillFixtures.writeValidSkill(temp.resolve("elsewhere"), "outside-skill");
        watch(mode, root);

        Files.createSymbolicLink(root.resolve("outside-skill"), outside);
        Path edited = root.resolve("template");
        Files.writeString(edited.resolve("SKILL.md"), "\nedited\n", StandardOpenOption.APPEND);
        assertThat(recorder.awaitSkills(root, Set.of(edited))).containsExactly(edited);
        assertThat(recorder.rescanned(root)).isFalse();
        assertThat(watcher.vouchedVersion(root).isPresent()).isEqualTo(mode == Mode.EVENTS);

        Files.createSymbolicLink(root.resolve("alias"), root.resolve("web"));
        recorder.awaitRescan(root);
        assertThat(watcher.vouchedVersion(root)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aDeletedAndRecreatedRootIsFollowedAgain(Mode mode) throws Exception {
        Path root = library();
        watch(mode, root);

        deleteTree(root);
        recorder.awaitRescan(root);
        recorder.clear();
        Path skill = SkillFixtures.writeValidSkill(root, "reborn");
        // A rescan, or (when polling found the new root under its old inode number) the folder itself.
        recorder.await(() -> recorder.rescanned(root) || recorder.skills(root).contains(skill), "the new root");

        recorder.clear();
        Files.writeString(skill.resolve("SKILL.md"), "\nEdited.\n", StandardOpenOption.APPEND);
        assertThat(recorder.awaitSkills(root, Set.of(skill))).containsExactly(skill);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRootThatDoesNotExistYetIsWaitedFor(Mode mode) throws Exception {
        Path root = temp.resolve("later/skills").toAbsolutePath();
        watch(mode, root);

        Path staging = temp.resolve("staging");
        SkillFixtures.writeValidSkill(staging, "first");
        Files.createDirectories(root.getParent());
        Files.move(staging, root); // appears complete, as when a drive is mounted or a clone is moved into place
        recorder.awaitRescan(root);

        recorder.clear();
        Path second = SkillFixtures.writeValidSkill(root, "tools/second");
        assertThat(recorder.awaitSkills(root, Set.of(second))).containsExactly(second);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void eachRootIsReportedOnItsOwnAndAnUnwatchedRootIsSilent(Mode mode) throws Exception {
        Path first = library();
        Path second = settled(Corpus.copy(Corpus.source().resolve("anthropic-skills"), temp.resolve("second"))
                .toAbsolutePath().normalize());
        watch(mode, first, second);

        Path a = root(first, "theme-factory");
        Path b = root(second, "theme-factory");
        Files.writeString(a.resolve("SKILL.md"), "\nA\n", StandardOpenOption.APPEND);
        Files.writeString(b.resolve("SKILL.md"), "\nB\n", StandardOpenOption.APPEND);
        assertThat(recorder.awaitSkills(first, Set.of(a))).containsExactly(a);
        assertThat(recorder.awaitSkills(second, Set.of(b))).containsExactly(b);

        watcher.unwatch(first);
        recorder.clear();
        Files.writeString(a.resolve("SKILL.md"), "\nA again\n", StandardOpenOption.APPEND);
        Files.writeString(b.resolve("SKILL.md"), "\nB again\n", StandardOpenOption.APPEND);
        recorder.awaitSkills(second, Set.of(b));
        assertThat(recorder.any(c -> c.root().equals(first))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aVouchedVersionChangesWithEveryChangeMadeBeforeTheCall(Mode mode) throws Exception {
        Path root = library();
        watch(mode, root);
        if (mode == Mode.POLLING) {
            assertThat(watcher.vouchedVersion(root)).as("a poll a second from now cannot vouch for now").isEmpty();
            return;
        }
        String quiet = watcher.vouchedVersion(root).orElseThrow();
        assertThat(watcher.vouchedVersion(root)).as("nothing changed").contains(quiet);

        Files.writeString(root.resolve("taxonomy_index.json"), "{}"); // not a skill, but the scan may read anything
        String afterIndex = watcher.vouchedVersion(root).orElseThrow();
        assertThat(afterIndex).isNotEqualTo(quiet);

        Path skill = root.resolve("frontend-design/SKILL.md");
        Files.writeString(skill, "\nedited\n", StandardOpenOption.APPEND);
        assertThat(watcher.vouchedVersion(root)).as("seen at once, with no wait").isPresent().get()
                .isNotEqualTo(afterIndex);
        assertThat(watcher.vouchedVersion(temp.resolve("not-watched"))).isEmpty();

        watcher.unwatch(root);
        assertThat(watcher.vouchedVersion(root)).isEmpty();
        watcher.watch(root);
        watcher.awaitFollowing(root);
        assertThat(watcher.vouchedVersion(root)).as("a root watched again never repeats a version").isPresent().get()
                .isNotIn(quiet, afterIndex);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void closeStopsTheThread(Mode mode) throws Exception {
        Path root = library();
        watch(mode, root);

        watcher.close();

        assertThat(watcher.running()).isFalse();
        assertThatThrownBy(() -> watcher.watch(root)).isInstanceOf(IllegalStateException.class);
        watcher.close(); // twice is fine
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFailingListenerDoesNotStopTheWatching(Mode mode) throws Exception {
        Path root = library();
        ChangeRecorder later = new ChangeRecorder();
        watcher = LibraryWatcher.start(change -> {
            later.accept(change);
            throw new IllegalStateException("listener bug");
        }, Duration.ofMillis(100), mode == Mode.POLLING);
        watcher.watch(root);
        watcher.awaitFollowing(root);

        Path one = root.resolve("doc-coauthoring");
        Files.writeString(one.resolve("SKILL.md"), "\n1\n", StandardOpenOption.APPEND);
        later.awaitSkills(root, Set.of(one));
        Path two = root.resolve("frontend-design");
        Files.writeString(two.resolve("SKILL.md"), "\n2\n", StandardOpenOption.APPEND);
        assertThat(later.awaitSkills(root, Set.of(two))).contains(one, two);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aThousandNewSkillsInOneGoAreAllReported(Mode mode) throws Exception {
        Path root = library();
        watch(mode, root);

        Set<Path> created = IntStream.range(0, 1000)
                .mapToObj(i -> SkillFixtures.writeValidSkill(root, "bulk/group-" + (i % 10) + "/skill-" + i))
                .collect(Collectors.toSet());

        // Either every folder is named, or (events lost in the flood) a rescan is asked for; either way every new
        // folder ends up followed.
        recorder.await(() -> (recorder.rescanned(root) || recorder.skills(root).containsAll(created))
                && watcher.followedSkills(root).containsAll(created), "1,000 new skills");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anUnreadableFolderIsSurvivedAndFollowedOnceItCanBeRead(Mode mode) throws Exception {
        assumeFalse(isRoot(), "root reads every folder; run the tests as a normal user to cover this");
        Path root = library();
        Path locked = root.resolve("locked");
        Path hidden = SkillFixtures.writeValidSkill(locked, "hidden-skill");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            watch(mode, root);
            Path other = root.resolve("template");
            Files.writeString(other.resolve("SKILL.md"), "\nedited\n", StandardOpenOption.APPEND);
            assertThat(recorder.awaitSkills(root, Set.of(other))).containsExactly(other);

            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
            assertThat(recorder.awaitSkills(root, Set.of(hidden))).contains(hidden);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path root(Path library, String skill) {
        return library.resolve(skill);
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
