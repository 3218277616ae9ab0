package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks that need the skill's folder: SKILL.md presence, deprecated folders, taxonomy depth, file encoding. */
class SkillValidatorDiskTest {

    @TempDir
    Path tmp;

    private final SkillValidator validator = new SkillValidator();

    @Test
    void validFolderHasNoIssues() {
        Path dir = SkillFixtures.writeValidSkill(tmp, "pdf-tools");

        assertThat(validator.validate(dir).issues()).isEmpty();
    }

    @Test
    void acceptsThePathOfTheSkillMdItself() {
        Path dir = SkillFixtures.writeSkill(tmp, "template", SkillFixtures.VALID.replace("pdf-tools", "template-skill"));

        ValidationReport r = validator.validate(dir.resolve("SKILL.md"));

        assertThat(r.errors()).singleElement().satisfies(i ->
                assertThat(i.message()).isEqualTo("name \"template-skill\" must match the folder name \"template\""));
    }

    @Test
    void folderWithoutSkillMdIsAnError() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty-skill"));

        ValidationReport r = validator.validate(dir);

        assertThat(r.errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("SKILL.md");
            assertThat(i.message()).isEqualTo("the folder \"empty-skill\" has no SKILL.md file");
        });
    }

    @Test
    void missingFolderIsAnError() {
        assertThat(validator.validate(tmp.resolve("nowhere")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("does not exist"));
    }

    @Test
    void lowercaseSkillMdIsAcceptedWhenSkillMdIsAbsent() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pdf-tools"));
        Files.writeString(dir.resolve("skill.md"), SkillFixtures.VALID);

        assertThat(validator.validate(dir).issues()).isEmpty();
    }

    @Test
    void uppercaseSkillMdWinsOverLowercase() throws Exception {
        Path dir = SkillFixtures.writeValidSkill(tmp, "pdf-tools");
        Files.writeString(dir.resolve("skill.md"), "not a skill");

        assertThat(validator.validate(dir).issues()).isEmpty();
    }

    @Test
    void deprecatedFoldersAreWarnings() throws Exception {
        Path dir = SkillFixtures.writeValidSkill(tmp, "pdf-tools");
        for (String name : FolderRules.DEPRECATED_FOLDERS) {
            Files.createDirectories(dir.resolve(name));
        }
        Files.createDirectories(dir.resolve("scripts"));

        ValidationReport r = validator.validate(dir);

        assertThat(r.valid()).isTrue();
        assertThat(r.warnings()).extracting(ValidationIssue::field)
                .containsExactly("capabilities/", "resources/", "tests/");
        assertThat(r.warnings()).allSatisfy(i -> assertThat(i.message()).contains("is deprecated"));
    }

    @Test
    void taxonomyDeeperThanThreeIsAWarningInsideALibrary() {
        Path deep = SkillFixtures.writeValidSkill(tmp, "a/b/c/pdf-tools");
        Path fine = SkillFixtures.writeValidSkill(tmp, "python/pdf-tools");

        ValidationReport deepReport = validator.validate(deep, tmp);

        assertThat(deepReport.valid()).isTrue();
        assertThat(deepReport.warnings()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("category");
            assertThat(i.message()).contains("4 folders deep").contains("\"a/b/c\"");
        });
        assertThat(validator.validate(fine, tmp).issues()).isEmpty();
        assertThat(validator.validate(deep.resolve("SKILL.md"), tmp).warnings()).hasSize(1);
        assertThat(validator.validate(deep).issues()).isEmpty(); // no library, no depth
    }

    @Test
    void binaryFileIsAnErrorNotACrash() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bin"));
        Files.write(dir.resolve("SKILL.md"), new byte[] {'-', '-', '-', '\n', 0, 1, 2, 3});

        ValidationReport r = validator.validate(dir);

        assertThat(r.errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("SKILL.md");
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).contains("binary");
        });
    }

    @Test
    void nonUtf8FileIsAnErrorWithTheLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("latin1"));
        byte[] latin1 = "---\nname: latin1\ndescription: caf\u00e9\n---\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("SKILL.md"), latin1);

        ValidationReport r = validator.validate(dir);

        assertThat(r.errors()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.message()).contains("not valid UTF-8");
        });
    }
}
