package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links: a scan follows them only inside the library root, once per real folder, and never loops. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SkillLibrarySymlinkTest {

    @TempDir
    Path tmp;

    private Path root;

    @BeforeEach
    void library() throws IOException {
        root = Files.createDirectories(tmp.resolve("library"));
        SkillFixtures.writeValidSkill(root, "python/good-one");
    }

    private LibraryScan scan() {
        return new SkillLibrary(root).scan();
    }

    private static Skill byFolder(LibraryScan scan, String folder) {
        return scan.skills().stream().filter(s -> s.dir().getFileName().toString().equals(folder)).findFirst()
                .orElseThrow();
    }

    @Test
    void danglingSkillMdLinkIsBroken() throws IOException {
        Path dir = Files.createDirectories(root.resolve("python/dangling"));
        Files.createSymbolicLink(dir.resolve("SKILL.md"), dir.resolve("gone.md"));

        Skill dangling = byFolder(scan(), "dangling");

        assertThat(dangling.broken()).isTrue();
        assertThat(dangling.report().errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("does not exist"));
    }

    @Test
    void symlinkLoopDoesNotHang() throws IOException {
        Path loop = Files.createDirectories(root.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("again"), loop);
        Files.createSymbolicLink(loop.resolve("up"), root);
        Files.createSymbolicLink(root.resolve("self"), root);

        assertThat(scan().skills()).extracting(Skill::name).containsExactly("good-one");
    }

    @Test
    void symlinkPointingOutsideTheRootIsNotFollowed() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        SkillFixtures.writeValidSkill(outside, "secret-skill");
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Files.createSymbolicLink(root.resolve("python/secret-skill"), outside.resolve("secret-skill"));

        LibraryScan scan = scan();

        assertThat(scan.skills()).extracting(Skill::name).containsExactly("good-one");
        assertThat(scan.skills()).allSatisfy(s -> assertThat(s.dir()).startsWith(root));
    }

    @Test
    void skillMdLinkedToAFileOutsideTheRootIsNotRead() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("SKILL.md"), SkillFixtures.VALID.replace("pdf-tools", "linked"));
        Path dir = Files.createDirectories(root.resolve("python/linked"));
        Files.createSymbolicLink(dir.resolve("SKILL.md"), outside.resolve("SKILL.md"));

        Skill linked = byFolder(scan(), "linked");

        assertThat(linked.broken()).isTrue();
        assertThat(linked.report().errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("outside the library"));
    }

    @Test
    void symlinkInsideTheRootIsFollowedWithoutDuplicates() throws IOException {
        SkillFixtures.writeValidSkill(root, "shared/linked-skill");
        Files.createDirectories(root.resolve("web"));
        Files.createSymbolicLink(root.resolve("web/linked-skill"), root.resolve("shared/linked-skill"));
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("python"));

        LibraryScan scan = scan();

        assertThat(scan.skills()).extracting(Skill::qualifiedName)
                .containsExactly("python/good-one", "shared/linked-skill");
    }

    @Test
    void symlinkCannotExposeAFolderTheWalkSkips() throws IOException {
        SkillFixtures.writeValidSkill(root, "_drafts/d1/python/draft-skill");
        Files.createSymbolicLink(root.resolve("drafts"), root.resolve("_drafts"));

        assertThat(scan().skills()).extracting(Skill::qualifiedName).containsExactly("python/good-one");
        assertThat(new SkillLibrary(root).scan(true).skills()).extracting(Skill::qualifiedName)
                .containsExactly("python/draft-skill", "python/good-one");
    }
}
