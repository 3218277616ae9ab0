package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every strict rule of skill-format.md section 2 (what fails validation), one small SKILL.md each. */
class SkillValidatorErrorsTest {

    private final SkillValidator validator = new SkillValidator();

    private ValidationReport validate(String folder, String text) {
        return validator.validateText(folder, text);
    }

    private static String withName(String name) {
        return SkillFixtures.VALID.replace("name: pdf-tools", "name: " + name);
    }

    private static String withDescription(String description) {
        return SkillFixtures.VALID.replaceFirst("description: .*\n", "description: " + description.replace("$", "\\$")
                + "\n");
    }

    @Test
    void validSkillHasNoIssuesAtAll() {
        assertThat(validate("pdf-tools", SkillFixtures.VALID).issues()).isEmpty();
        assertThat(validate("pdf-tools", SkillFixtures.VALID).valid()).isTrue();
    }

    // --- errors: frontmatter structure

    @Test
    void missingFrontmatterIsAnErrorOnLineOne() {
        ValidationReport r = validate("pdf-tools", "# PDF tools\n");

        assertThat(r.valid()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("frontmatter");
            assertThat(i.line()).isEqualTo(1);
        });
    }

    @Test
    void unclosedFrontmatterIsAnError() {
        ValidationReport r = validate("pdf-tools", "---\nname: pdf-tools\n");

        assertThat(r.errors()).singleElement().satisfies(i -> assertThat(i.message()).contains("never closed"));
    }

    @Test
    void invalidYamlIsAnErrorWithItsLine() {
        ValidationReport r = validate("pdf-tools", "---\nname: pdf-tools\ndescription: [oops\n---\n");

        assertThat(r.errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("frontmatter");
            assertThat(i.line()).isBetween(3, 4);
            assertThat(i.message()).contains("not valid YAML");
        });
    }

    @Test
    void frontmatterThatIsNotAMappingIsAnError() {
        ValidationReport r = validate("pdf-tools", "---\n- name\n---\n");

        assertThat(r.errors()).singleElement().satisfies(i -> assertThat(i.message()).contains("mapping"));
    }

    @Test
    void unknownTopLevelKeyIsAnErrorOnItsLine() {
        String text = SkillFixtures.VALID.replace("license: Apache-2.0", "license: Apache-2.0\nversion: 1.0.0");

        ValidationReport r = validate("pdf-tools", text);

        assertThat(r.errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("version");
            assertThat(i.line()).isEqualTo(5);
            assertThat(i.message()).contains("\"version\" is not allowed")
                    .contains("name, description, license, allowed-tools, metadata, compatibility");
        });
    }

    @Test
    void allSpecKeysAreAllowed() {
        String text = SkillFixtures.VALID.replace("license: Apache-2.0", "license: Apache-2.0\ncompatibility: Python 3.12"
                + "\nallowed-tools: Bash(git:*) Read\nmetadata:\n  author: team");

        assertThat(validate("pdf-tools", text).issues()).isEmpty();
    }

    // --- errors: name

    @Test
    void missingNameIsAnError() {
        ValidationReport r = validate("pdf-tools", SkillFixtures.VALID.replace("name: pdf-tools\n", ""));

        assertThat(r.errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("name");
            assertThat(i.message()).contains("name is missing");
        });
    }

    @Test
    void emptyNameIsAnError() {
        assertThat(validate("pdf-tools", withName("")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("name is empty"));
        assertThat(validate("pdf-tools", withName("\"  \"")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("name is empty"));
    }

    @Test
    void nonTextNameIsAnError() {
        assertThat(validate("pdf-tools", withName("[a, b]")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("name must be plain text, not a list"));
    }

    @Test
    void nameOver64CharactersIsAnError() {
        String name = "a".repeat(65);

        assertThat(validate(name, withName(name)).errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("name");
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).contains("65 characters").contains("64");
        });
        assertThat(validate("a".repeat(64), withName("a".repeat(64))).valid()).isTrue();
    }

    @Test
    void nameLengthIsCountedAfterNfkc() {
        // "ﬁ" (one character) becomes "fi" (two) under NFKC: 63 + 2 = 65.
        String name = "a".repeat(63) + "ﬁ";

        assertThat(validate(null, withName(name)).errors())
                .anySatisfy(i -> assertThat(i.message()).contains("65 characters"));
    }

    @Test
    void uppercaseNameIsAnError() {
        ValidationReport r = validate("template", withName("Template-Skill"));

        assertThat(r.errors()).extracting(ValidationIssue::message).containsExactly(
                "name \"Template-Skill\" must be lowercase (\"template-skill\")",
                "name \"Template-Skill\" must match the folder name \"template\"");
        assertThat(r.errors().get(1).toString())
                .isEqualTo("ERROR name (line 2): name \"Template-Skill\" must match the folder name \"template\"");
    }

    @Test
    void leadingOrTrailingHyphenIsAnError() {
        assertThat(validate("-pdf", withName("-pdf")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("must not start or end with \"-\""));
        assertThat(validate("pdf-", withName("pdf-")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("must not start or end with \"-\""));
    }

    @Test
    void consecutiveHyphensAreAnError() {
        assertThat(validate("pdf--tools", withName("pdf--tools")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("must not contain \"--\""));
    }

    @Test
    void charactersOtherThanLettersDigitsAndHyphenAreAnError() {
        ValidationReport r = validate("pdf_tools", withName("pdf_tools"));

        assertThat(r.errors()).singleElement().satisfies(i -> assertThat(i.message())
                .isEqualTo("name \"pdf_tools\" may only contain letters, digits and \"-\", but has \"_\""));
        assertThat(validate("pdf tools", withName("pdf tools")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("but has space"));
    }

    @Test
    void nameDifferentFromFolderIsAnError() {
        ValidationReport r = validate("template", withName("template-skill"));

        assertThat(r.errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("name");
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).isEqualTo("name \"template-skill\" must match the folder name \"template\"");
        });
    }

    @Test
    void nameAndFolderAreComparedAfterNfkc() {
        // Fullwidth "ｐｄｆ" normalises to "pdf".
        assertThat(validate("ｐｄｆ", withName("pdf")).errors()).isEmpty();
    }

    @Test
    void nullFolderSkipsTheFolderCheck() {
        assertThat(validate(null, SkillFixtures.VALID).issues()).isEmpty();
    }

    @Test
    void unicodeLetterNameIsOnlyAWarning() {
        ValidationReport r = validate("мой-навык", withName("мой-навык"));

        assertThat(r.valid()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("name");
            assertThat(i.message()).contains("outside a-z");
        });
    }

    // --- errors: description

    @Test
    void missingDescriptionIsAnError() {
        ValidationReport r = validate("pdf-tools", SkillFixtures.VALID.replaceFirst("description: .*\n", ""));

        assertThat(r.errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("description");
            assertThat(i.line()).isZero();
            assertThat(i.message()).contains("description is missing");
        });
    }

    @Test
    void emptyDescriptionIsAnError() {
        assertThat(validate("pdf-tools", withDescription("\"\"")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("description is empty"));
        assertThat(validate("pdf-tools", withDescription("")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("description is empty"));
    }

    @Test
    void nonTextDescriptionIsAnError() {
        assertThat(validate("pdf-tools", withDescription("{a: b}")).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("description must be plain text"));
    }

    @Test
    void descriptionOver1024CharactersIsAnError() {
        String longText = "Use when " + "x".repeat(1016); // 1025 characters

        ValidationReport r = validate("pdf-tools", withDescription(longText));

        assertThat(r.errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("description");
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.message()).isEqualTo("description is 1025 characters long; the limit is 1024");
        });
        assertThat(validate("pdf-tools", withDescription("Use when " + "x".repeat(1015))).valid()).isTrue();
    }

    // --- errors: compatibility

    @Test
    void compatibilityMustBeText() {
        String text = SkillFixtures.VALID.replace("license: Apache-2.0", "compatibility:\n  - python");

        assertThat(validate("pdf-tools", text).errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("compatibility");
            assertThat(i.line()).isEqualTo(4);
            assertThat(i.message()).contains("compatibility must be plain text, not a list");
        });
    }

    @Test
    void compatibilityOver500CharactersIsAnError() {
        String text = SkillFixtures.VALID.replace("license: Apache-2.0", "compatibility: " + "x".repeat(501));

        assertThat(validate("pdf-tools", text).errors()).singleElement().satisfies(i ->
                assertThat(i.message()).isEqualTo("compatibility is 501 characters long; the limit is 500"));
        String ok = SkillFixtures.VALID.replace("license: Apache-2.0", "compatibility: " + "x".repeat(500));
        assertThat(validate("pdf-tools", ok).valid()).isTrue();
    }
}
