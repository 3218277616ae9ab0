package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A scan must survive anything a real folder can hold, and never leave the library root. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SkillLibraryRobustnessTest {

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
    void brokenYamlIsListedAsBrokenWithItsLineAndTheScanContinues() {
        SkillFixtures.writeSkill(root, "python/bad-yaml", "---\nname: bad-yaml\ndescription: [unclosed\nlicense: x\n---\n");

        LibraryScan scan = scan();

        assertThat(scan.skills()).hasSize(2);
        assertThat(scan.brokenCount()).isEqualTo(1);
        assertThat(scan.validCount()).isEqualTo(1);
        Skill bad = byFolder(scan, "bad-yaml");
        assertThat(bad.broken()).isTrue();
        assertThat(bad.valid()).isFalse();
        assertThat(bad.name()).isEqualTo("bad-yaml"); // the folder name stands in
        assertThat(bad.category()).isEqualTo("python");
        assertThat(bad.report().errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("frontmatter");
            assertThat(i.line()).isEqualTo(4);
            assertThat(i.message()).contains("not valid YAML");
        });
    }

    @Test
    void fileWithoutFrontmatterIsBroken() {
        SkillFixtures.writeSkill(root, "python/plain", "# Just a README\n");

        Skill plain = byFolder(scan(), "plain");

        assertThat(plain.broken()).isTrue();
        assertThat(plain.report().errors()).singleElement().satisfies(i -> assertThat(i.line()).isEqualTo(1));
    }

    @Test
    void binarySkillMdIsBrokenNotACrash() throws IOException {
        Path dir = Files.createDirectories(root.resolve("python/binary"));
        Files.write(dir.resolve("SKILL.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        LibraryScan scan = scan();

        Skill binary = byFolder(scan, "binary");
        assertThat(binary.broken()).isTrue();
        assertThat(binary.report().errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("SKILL.md");
            assertThat(i.message()).contains("binary file");
        });
        assertThat(scan.validCount()).isEqualTo(1);
    }

    @Test
    void nonUtf8SkillMdIsBrokenNotACrash() throws IOException {
        Path dir = Files.createDirectories(root.resolve("python/latin1"));
        Files.write(dir.resolve("SKILL.md"), "---\nname: latin1\ndescription: \u00e9t\u00e9\n---\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        Skill latin1 = byFolder(scan(), "latin1");

        assertThat(latin1.broken()).isTrue();
        assertThat(latin1.report().errors()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.message()).contains("not valid UTF-8");
        });
    }

    @Test
    void fileOverFiveMegabytesIsBroken() throws IOException {
        Path dir = Files.createDirectories(root.resolve("python/huge"));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("SKILL.md").toFile(), "rw")) {
            f.setLength(SkillFiles.MAX_BYTES + 1); // sparse: cheap to create
        }

        Skill huge = byFolder(scan(), "huge");

        assertThat(huge.broken()).isTrue();
        assertThat(huge.report().errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("over 5 MB"));
    }

    @Test
    void unreadableSkillMdIsBroken() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root reads everything").isNotEqualTo("root");
        Path dir = SkillFixtures.writeValidSkill(root, "python/locked");
        Files.setPosixFilePermissions(dir.resolve("SKILL.md"), PosixFilePermissions.fromString("---------"));

        Skill locked = byFolder(scan(), "locked");

        assertThat(locked.broken()).isTrue();
        assertThat(locked.report().errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("could not be read"));
    }

    @Test
    void unreadableFolderIsReportedAsBrokenAndTheScanGoesOn() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root reads everything").isNotEqualTo("root");
        Path locked = Files.createDirectories(root.resolve("locked"));
        SkillFixtures.writeValidSkill(locked, "hidden-skill");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            LibraryScan scan = scan();
            assertThat(scan.skills()).extracting(Skill::name).containsExactlyInAnyOrder("good-one", "locked");
            Skill unreadable = byFolder(scan, "locked");
            assertThat(unreadable.broken()).isTrue();
            assertThat(unreadable.report().errors()).singleElement()
                    .satisfies(i -> assertThat(i.message()).contains("could not be read (permission denied)"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void skillMdThatIsAFolderDoesNotMakeASkill() throws IOException {
        Files.createDirectories(root.resolve("python/odd/SKILL.md"));

        assertThat(scan().skills()).extracting(Skill::name).containsExactly("good-one");
    }

    @Test
    void lowercaseSkillMdIsFound() throws IOException {
        Path dir = Files.createDirectories(root.resolve("python/lower"));
        Files.writeString(dir.resolve("skill.md"), SkillFixtures.VALID.replace("pdf-tools", "lower"));

        Skill lower = byFolder(scan(), "lower");

        assertThat(lower.file().getFileName().toString()).isEqualTo("skill.md");
        assertThat(lower.valid()).isTrue();
    }

    @Test
    void skipsGitNodeModulesAndUnderscoreOrDotFolders() {
        for (String skipped : new String[] {".git/x", "node_modules/x", "_templates/x", ".hidden/x", "_core/x",
                "python/node_modules/x"}) {
            SkillFixtures.writeValidSkill(root, skipped);
        }

        assertThat(scan().skills()).extracting(Skill::name).containsExactly("good-one");
    }

    @Test
    void doesNotLookForSkillsInsideASkill() {
        SkillFixtures.writeValidSkill(root, "python/good-one/examples/nested");

        assertThat(scan().skills()).extracting(Skill::name).containsExactly("good-one");
    }

    @Test
    void depthIsBounded() {
        SkillFixtures.writeValidSkill(root, "a/b/c/d/e/f/too-deep");
        SkillFixtures.writeValidSkill(root, "a/b/c/d/e/deep-enough");

        assertThat(scan().skills()).extracting(Skill::name).containsExactly("deep-enough", "good-one");
    }

    @Test
    void deepTaxonomyWarns() {
        SkillFixtures.writeValidSkill(root, "a/b/c/deep");

        Skill deep = byFolder(scan(), "deep");

        assertThat(deep.category()).isEqualTo("a/b/c");
        assertThat(deep.valid()).isTrue();
        assertThat(deep.report().warnings()).singleElement()
                .satisfies(i -> assertThat(i.field()).isEqualTo("category"));
    }

    @Test
    void draftsAreExcludedUnlessAsked() {
        SkillFixtures.writeValidSkill(root, "_drafts/20250101-abc/python/new-idea");

        LibraryScan published = new SkillLibrary(root).scan();
        LibraryScan withDrafts = new SkillLibrary(root).scan(true);

        assertThat(published.skills()).extracting(Skill::name).containsExactly("good-one");
        assertThat(withDrafts.skills()).hasSize(2);
        Skill draft = byFolder(withDrafts, "new-idea");
        assertThat(draft.draft()).isTrue();
        assertThat(draft.category()).isEqualTo("python");
        assertThat(draft.valid()).isTrue();
        assertThat(withDrafts.categories()).containsExactly(entry("python", 2));
        assertThat(byFolder(withDrafts, "good-one").draft()).isFalse();
    }

    @Test
    void loadOfADraftFolderKnowsItIsADraft() {
        Path dir = SkillFixtures.writeValidSkill(root, "_drafts/d1/web/api/rest-design");

        Skill draft = new SkillLibrary(root).load(dir);

        assertThat(draft.draft()).isTrue();
        assertThat(draft.category()).isEqualTo("web/api");
    }

    @Test
    void rootThatIsItselfASkillIsFound() {
        Path single = SkillFixtures.writeValidSkill(tmp, "solo");

        LibraryScan scan = new SkillLibrary(single).scan();

        assertThat(scan.skills()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("solo");
            assertThat(s.category()).isEmpty();
            assertThat(s.valid()).isTrue();
        });
    }
}
