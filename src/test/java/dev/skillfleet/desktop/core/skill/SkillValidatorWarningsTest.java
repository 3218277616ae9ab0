package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every warning of skill-format.md section 2 (advice that never fails validation), one small SKILL.md each. */
class SkillValidatorWarningsTest {

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

    // --- warnings

    @Test
    void missingWhenToUseSectionIsAWarning() {
        ValidationReport r = validate("pdf-tools", SkillFixtures.VALID.replace("## When to Use", "## Usage"));

        assertThat(r.valid()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("body");
            assertThat(i.message()).contains("## When to Use");
        });
    }

    @Test
    void whenToUseThisSkillHeadingCounts() {
        String text = SkillFixtures.VALID.replace("## When to Use", "## When to use this skill");

        assertThat(validate("pdf-tools", text).issues()).isEmpty();
    }

    @Test
    void descriptionWithoutWhenTriggerIsAWarning() {
        ValidationReport r = validate("pdf-tools", withDescription("Extracts text and tables from PDF files."));

        assertThat(r.valid()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("description");
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.message()).contains("does not say when to use");
        });
    }

    @Test
    void bodyOfExactly500LinesIsFine() {
        String body = "# T\n\n## When to Use\n" + "line\n".repeat(497);
        String text = SkillFixtures.skillMd("pdf-tools", "Reads PDFs. Use when asked.", body);

        assertThat(validate("pdf-tools", text).issues()).isEmpty();
    }

    @Test
    void bodyOver500LinesWarnsWithLineCount() {
        String body = "# T\n\n## When to Use\n" + "line\n".repeat(600);
        String text = SkillFixtures.skillMd("pdf-tools", "Reads PDFs. Use when asked.", body);

        ValidationReport r = validate("pdf-tools", text);

        assertThat(r.valid()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("body");
            assertThat(i.message()).contains("603 lines");
        });
    }

    @Test
    void genericNamesAreWarnings() {
        for (String name : List.of("skill", "test", "helper", "utils", "misc")) {
            ValidationReport r = validate(name, withName(name));

            assertThat(r.valid()).as(name).isTrue();
            assertThat(r.warnings()).as(name).singleElement()
                    .satisfies(i -> assertThat(i.message()).contains("too generic"));
        }
    }

    @Test
    void reservedWordsInNamesAreWarnings() {
        for (String name : List.of("anthropic", "claude", "claude-helper")) {
            ValidationReport r = validate(name, withName(name));

            assertThat(r.valid()).as(name).isTrue();
            assertThat(r.warnings()).as(name).singleElement()
                    .satisfies(i -> assertThat(i.message()).contains("reserved word"));
        }
    }

    @Test
    void nonKebabCaseKeysAreWarnings() {
        String text = SkillFixtures.VALID.replace("license: Apache-2.0", "allowedTools: Read\nallowed_tools: Read");

        ValidationReport r = validate("pdf-tools", text);

        assertThat(r.warnings()).extracting(ValidationIssue::field).containsExactly("allowedTools", "allowed_tools");
        assertThat(r.warnings()).allSatisfy(i -> assertThat(i.message()).contains("not kebab-case")
                .contains("\"allowed-tools\""));
        assertThat(r.errors()).hasSize(2); // and, like any unknown key, not allowed by the spec
    }

    @Test
    void claudeCodeExtensionKeysAreWarnedAbout() {
        for (String key : QualityRules.CLAUDE_CODE_KEYS) {
            String text = SkillFixtures.VALID.replace("license: Apache-2.0", key + ": x");

            ValidationReport r = validate("pdf-tools", text);

            assertThat(r.warnings()).as(key).singleElement().satisfies(i -> {
                assertThat(i.field()).isEqualTo(key);
                assertThat(i.line()).isEqualTo(4);
                assertThat(i.message()).contains("Claude Code extension");
            });
        }
    }

    @Test
    void issueToStringNamesSeverityFieldAndLine() {
        assertThat(new ValidationIssue(Severity.WARNING, "body", 0, "too long").toString())
                .isEqualTo("WARNING body: too long");
        assertThat(new ValidationIssue(Severity.ERROR, null, 3, "broken").toString())
                .isEqualTo("ERROR (line 3): broken");
    }
}
