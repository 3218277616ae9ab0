package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strict validation against the reference validator ({@code skills-ref validate}: validator.py and parser.py of the
 * agentskills reference package), one row per numbered rule of skill-format.md section 2 and per edge of the
 * reference's behaviour: names are stripped with Python's whitespace, NFKC-normalised, checked with
 * {@code str.isalnum()} per character and {@code name == name.lower()}, compared with the NFKC folder name;
 * descriptions must be non-empty strings of at most 1024 characters, compatibility a string of at most 500; only six
 * keys; YAML read by strictyaml, where every scalar is text ({@code ~}, {@code null}, {@code 123} included) and an
 * empty value is "". The {@code valid} column is the reference's verdict (the name rows were checked by running the
 * reference's name logic under Python 3.11); rows marked DELIBERATE are where this project knowingly differs, and why.
 */
class ValidatorParityTest {

    private static final String DESCRIPTION = "description: Extracts text from PDF files. Use when reading PDFs.\n";
    private static final String BODY = "# Title\n\n## When to Use\n- reading PDFs\n";

    private final SkillValidator validator = new SkillValidator();

    /**
     * @param rule    the rule (section 2 numbering) and the case
     * @param folder  the skill's folder name
     * @param skillMd the whole file
     * @param valid   the reference's verdict (for DELIBERATE rows: ours)
     * @param field   the field the first error names, or a field that must have a warning when valid; null: none
     * @param line    that issue's line (0: no line)
     * @param says    a fragment of its message
     */
    record Row(String rule, String folder, String skillMd, boolean valid, String field, int line, String says) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static String fm(String yaml) {
        return "---\n" + yaml + "---\n" + BODY;
    }

    private static String named(String name) {
        return fm("name: " + name + "\n" + DESCRIPTION);
    }

    private static String described(String descriptionLine) {
        return fm("name: pdf-tools\n" + descriptionLine);
    }

    private static Row ok(String rule, String folder, String skillMd) {
        return new Row(rule, folder, skillMd, true, null, 0, null);
    }

    private static Row warns(String rule, String folder, String skillMd, String field, int line, String says) {
        return new Row(rule, folder, skillMd, true, field, line, says);
    }

    private static Row fails(String rule, String folder, String skillMd, String field, int line, String says) {
        return new Row(rule, folder, skillMd, false, field, line, says);
    }

    static Stream<Row> rows() {
        return Stream.of(
                ok("baseline: a valid skill", "pdf-tools", named("pdf-tools")),

                // 2. fences
                fails("2: no frontmatter", "pdf-tools", "# PDF tools\n", "frontmatter", 1, "must start with"),
                fails("2: frontmatter never closed", "pdf-tools", "---\nname: pdf-tools\n" + DESCRIPTION,
                        "frontmatter", 1, "never closed"),
                fails("2: first line is text before ---", "pdf-tools", "\n---\nname: pdf-tools\n---\n", "frontmatter",
                        1, "must start with"),
                ok("2: fences with trailing spaces", "pdf-tools",
                        "---  \nname: pdf-tools\n" + DESCRIPTION + "--- \n" + BODY),
                ok("2: CRLF line endings", "pdf-tools", named("pdf-tools").replace("\n", "\r\n")),
                ok("2 DELIBERATE: a BOM before --- (the reference's startswith('---') fails; an editor's invisible "
                        + "BOM must not fail a correct file)", "pdf-tools", "\uFEFF" + named("pdf-tools")),
                ok("2 DELIBERATE: '---' inside a block-scalar description (the reference splits the file at any "
                        + "'---'; fences are whole lines here)", "pdf-tools",
                        described("description: |-\n  Use when splitting PDFs.\n  ---\n  More.\n")),

                // 3. YAML
                fails("3: malformed YAML", "pdf-tools", fm("name: pdf-tools\ndescription: [unclosed\n"),
                        "frontmatter", 3, "not valid YAML"),
                fails("3: bad indentation", "pdf-tools", fm("name: pdf-tools\n  description: x\n"), "frontmatter",
                        -1, "not valid YAML"),
                fails("3: a list, not a mapping", "pdf-tools", fm("- name\n- description\n"), "frontmatter", 2,
                        "mapping"),
                fails("3: plain text, not a mapping", "pdf-tools", fm("just words\n"), "frontmatter", 2, "mapping"),
                fails("3: empty frontmatter", "pdf-tools", "---\n---\n" + BODY, "frontmatter", 2, "empty"),
                fails("3: a key twice (strictyaml refuses duplicates)", "pdf-tools",
                        fm("name: pdf-tools\n" + DESCRIPTION + "name: pdf-tools\n"), "frontmatter", 4, "twice"),

                // 4. keys
                fails("4: unknown key", "pdf-tools", fm("name: pdf-tools\n" + DESCRIPTION + "version: 1.0.0\n"),
                        "version", 4, "not allowed"),
                fails("4: a Claude Code key is still not allowed", "pdf-tools",
                        fm("name: pdf-tools\n" + DESCRIPTION + "model: opus\n"), "model", 4, "not allowed"),
                fails("4: keys are case-sensitive", "pdf-tools", fm("Name: pdf-tools\n" + DESCRIPTION), "Name", 2,
                        "not allowed"),
                ok("4: all six keys", "pdf-tools", fm("name: pdf-tools\n" + DESCRIPTION + "license: MIT\n"
                        + "compatibility: Python 3.11+\nallowed-tools: Bash(git:*) Read\nmetadata:\n  author: me\n")),
                ok("4: allowed-tools as a block list", "pdf-tools",
                        fm("name: pdf-tools\n" + DESCRIPTION + "allowed-tools:\n  - Read\n  - Bash\n")),

                // 5. name
                fails("5: name missing", "pdf-tools", fm(DESCRIPTION), "name", 0, "missing"),
                fails("5: name empty", "pdf-tools", named(""), "name", 2, "empty"),
                fails("5: name quoted empty", "pdf-tools", named("\"\""), "name", 2, "empty"),
                fails("5: name only spaces", "pdf-tools", named("\"   \""), "name", 2, "empty"),
                fails("5: name only a no-break space (Python strips U+00A0)", "pdf-tools", named("\"\u00a0\""),
                        "name", 2, "empty"),
                fails("5: name a list", "pdf-tools", named("[a, b]"), "name", 2, "plain text"),
                ok("5: 64 characters", "a".repeat(64), named("a".repeat(64))),
                fails("5: 65 characters", "a".repeat(65), named("a".repeat(65)), "name", 2, "65 characters"),
                fails("5: length counted after NFKC (ﬁ is two)", null, named("a".repeat(63) + "ﬁ"), "name", 2,
                        "65 characters"),
                fails("5: uppercase", "PDF-tools", named("PDF-tools"), "name", 2, "lowercase"),
                fails("5: Cyrillic uppercase", "НАВЫК", named("НАВЫК"), "name", 2, "lowercase"),
                fails("5: titlecase letter ǅ", "ǅ", named("ǅ"), "name", 2, "lowercase"),
                fails("5: Roman numeral Ⅻ is XII after NFKC", "Ⅻ", named("Ⅻ"), "name", 2, "lowercase"),
                fails("5: leading hyphen", "-pdf", named("-pdf"), "name", 2, "start or end"),
                fails("5: trailing hyphen", "pdf-", named("pdf-"), "name", 2, "start or end"),
                fails("5: double hyphen", "pdf--tools", named("pdf--tools"), "name", 2, "--"),
                fails("5: underscore", "pdf_tools", named("pdf_tools"), "name", 2, "\"_\""),
                fails("5: dot", "pdf.tools", named("pdf.tools"), "name", 2, "\".\""),
                fails("5: space inside", "pdf tools", named("pdf tools"), "name", 2, "space"),
                fails("5: emoji", "pdf-\uD83D\uDE42", named("pdf-\uD83D\uDE42"), "name", 2, "may only contain"),
                fails("5: combining marks are not alphanumeric (Devanagari)", "हिंदी", named("हिंदी"), "name", 2,
                        "may only contain"),
                fails("5: ½ becomes 1⁄2 (a fraction slash)", "½", named("½"), "name", 2, "may only contain"),
                fails("5: zero-width space", "pdf\u200b", named("\"pdf\u200b\""), "name", 2, "may only contain"),
                fails("5: ~ is text to strictyaml, and not a letter", "~", named("~"), "name", 2,
                        "may only contain"),
                fails("5: differs from the folder", "template", named("template-skill"), "name", 2,
                        "must match the folder name \"template\""),
                warns("5: мой-навык passes, with a warning", "мой-навык", named("мой-навык"), "name", 2,
                        "outside a-z"),
                warns("5: Chinese letters pass, with a warning", "技能", named("技能"), "name", 2, "outside a-z"),
                warns("5: Arabic-Indic digit passes, with a warning", "٣", named("٣"), "name", 2, "outside a-z"),
                ok("5: full-width letters equal ASCII after NFKC", "pdf-tools", named("ｐｄｆ-tools")),
                ok("5: full-width folder, ASCII name", "ｐｄｆ", named("pdf")),
                ok("5: superscript two is 2 after NFKC", "pdf2", named("pdf²")),
                ok("5: ligature ﬁ is fi after NFKC", "file", named("ﬁle")),
                ok("5: circled digit is a digit after NFKC", "1-tools", named("①-tools")),
                ok("5: small Roman numeral ⅻ is xii", "xii", named("ⅻ")),
                warns("5: decomposed é equals the composed folder name", "café", named("cafe\u0301"), "name", 2,
                        "outside a-z"),
                warns("5: ß is lowercase", "straße", named("straße"), "name", 2, "outside a-z"),
                ok("5: surrounding spaces are stripped", "pdf-tools", named("\"  pdf-tools  \"")),
                ok("5: a no-break space is stripped like Python does", "pdf-tools", named("\"\u00a0pdf-tools\"")),
                ok("5: figure space and NEL are stripped too", "pdf-tools", named("\"\u2007pdf-tools\u0085\"")),
                ok("5: digits only (text to strictyaml)", "123", named("123")),
                ok("5: 'null' is text to strictyaml", "null", named("null")),

                // 6. description
                fails("6: description missing", "pdf-tools", fm("name: pdf-tools\n"), "description", 0, "missing"),
                fails("6: description empty", "pdf-tools", described("description:\n"), "description", 3, "empty"),
                fails("6: description quoted empty", "pdf-tools", described("description: \"\"\n"), "description",
                        3, "empty"),
                fails("6: description only a no-break space", "pdf-tools", described("description: \"\u00a0\"\n"),
                        "description", 3, "empty"),
                fails("6: description a mapping", "pdf-tools", described("description:\n  a: b\n"), "description",
                        3, "plain text"),
                ok("6: 1024 characters", "pdf-tools", described("description: Use when " + "x".repeat(1015) + "\n")),
                fails("6: 1025 characters", "pdf-tools",
                        described("description: Use when " + "x".repeat(1016) + "\n"), "description", 3,
                        "1025 characters"),
                ok("6: 1024 characters outside the BMP (counted as code points)", "pdf-tools",
                        described("description: when " + "\uD83D\uDE00".repeat(1019) + "\n")),
                ok("6: block scalar |-", "pdf-tools", described("description: |-\n  Reads PDFs.\n  Use when asked.\n")),
                ok("6: folded >", "pdf-tools", described("description: >\n  Reads PDFs.\n  Use when asked.\n")),
                ok("6: single-quoted", "pdf-tools", described("description: 'Use when it''s a PDF.'\n")),
                warns("6: a number is text to strictyaml", "pdf-tools", described("description: 42\n"),
                        "description", 3, "when to use"),
                warns("6: ~ is text to strictyaml", "pdf-tools", described("description: ~\n"), "description", 3,
                        "when to use"),

                // 7. compatibility
                ok("7: 500 characters", "pdf-tools",
                        fm("name: pdf-tools\n" + DESCRIPTION + "compatibility: " + "x".repeat(500) + "\n")),
                fails("7: 501 characters", "pdf-tools",
                        fm("name: pdf-tools\n" + DESCRIPTION + "compatibility: " + "x".repeat(501) + "\n"),
                        "compatibility", 4, "501 characters"),
                fails("7: a list", "pdf-tools", fm("name: pdf-tools\n" + DESCRIPTION + "compatibility:\n  - py\n"),
                        "compatibility", 4, "plain text"),
                fails("7: a mapping", "pdf-tools", fm("name: pdf-tools\n" + DESCRIPTION + "compatibility:\n  a: b\n"),
                        "compatibility", 4, "plain text"),
                warns("7: empty is the empty string to strictyaml, so it passes; the spec's 1-500 makes it a "
                        + "warning", "pdf-tools", fm("name: pdf-tools\n" + DESCRIPTION + "compatibility:\n"),
                        "compatibility", 4, "empty"),
                warns("7: quoted empty likewise", "pdf-tools",
                        fm("name: pdf-tools\n" + DESCRIPTION + "compatibility: \"\"\n"), "compatibility", 4, "empty"),
                ok("7: null is text to strictyaml", "pdf-tools",
                        fm("name: pdf-tools\n" + DESCRIPTION + "compatibility: null\n")),

                // Not in the reference's rules: type advice only.
                warns("metadata that is not a mapping is a warning", "pdf-tools",
                        fm("name: pdf-tools\n" + DESCRIPTION + "metadata: x\n"), "metadata", 4, "mapping"),
                warns("allowed-tools that is a mapping is a warning", "pdf-tools",
                        fm("name: pdf-tools\n" + DESCRIPTION + "allowed-tools:\n  a: b\n"), "allowed-tools", 4,
                        "space-separated"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesTheReference(Row row) {
        ValidationReport report = validator.validateText(row.folder(), row.skillMd());

        assertThat(report.valid()).as("verdict; issues: %s", report.issues()).isEqualTo(row.valid());
        if (row.field() != null) {
            List<ValidationIssue> named = row.valid() ? report.warnings() : report.errors();
            assertThat(named).as("issues: %s", report.issues()).anySatisfy(i -> {
                assertThat(i.field()).isEqualTo(row.field());
                if (row.line() >= 0) {
                    assertThat(i.line()).isEqualTo(row.line());
                }
                assertThat(i.message()).containsIgnoringCase(row.says());
            });
        }
        if (!row.valid()) {
            assertThat(report.errors().getFirst().field()).isEqualTo(row.field());
        }
    }

    /** Every message names its field, and the line of that field when the file has it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyIssueNamesItsFieldAndLine(Row row) {
        ValidationReport report = validator.validateText(row.folder(), row.skillMd());
        SkillDocument doc;
        try {
            doc = SkillDocumentParser.parse(row.skillMd());
        } catch (SkillParseException e) {
            assertThat(report.issues()).singleElement().satisfies(i -> {
                assertThat(i.field()).isEqualTo("frontmatter");
                assertThat(i.line()).isPositive();
            });
            return;
        }
        for (ValidationIssue issue : report.issues()) {
            assertThat(issue.field()).as(issue.toString()).isNotBlank();
            assertThat(issue.message()).isNotBlank();
            if (doc.keyLines().containsKey(issue.field())) {
                assertThat(issue.line()).as(issue.toString()).isEqualTo(doc.lineOf(issue.field()));
            }
        }
    }

    // --- rule 1 and the file itself: these need the disk

    @TempDir
    Path tmp;

    private Path write(String folder, String fileName, byte[] content) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        Files.write(dir.resolve(fileName), content);
        return dir;
    }

    @Test
    void rule1FolderWithoutSkillMdFails() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("pdf-tools"));
        Files.writeString(dir.resolve("README.md"), named("pdf-tools"));

        assertThat(validator.validate(dir).errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("SKILL.md");
            assertThat(i.message()).contains("has no SKILL.md");
        });
    }

    @Test
    void rule1LowercaseSkillMdIsAccepted() throws IOException {
        Path dir = write("pdf-tools", "skill.md", named("pdf-tools").getBytes(StandardCharsets.UTF_8));

        ValidatedSkill result = validator.validateSkill(dir.resolve("skill.md"));

        assertThat(result.valid()).isTrue();
        assertThat(result.dir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(result.name()).isEqualTo("pdf-tools");
    }

    @Test
    void rule1SkillMdIsPreferredOverSkillMdInLowercase() throws IOException {
        Path dir = write("pdf-tools", "SKILL.md", named("pdf-tools").getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("skill.md"), "not a skill");

        assertThat(validator.validate(dir).valid()).isTrue();
    }

    @Test
    void rule1OtherCasingsAreNotSkillFiles() throws IOException {
        Path dir = write("pdf-tools", "Skill.md", named("pdf-tools").getBytes(StandardCharsets.UTF_8));

        assertThat(validator.validate(dir).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("has no SKILL.md"));
    }

    @Test
    void aPathThatIsNeitherFolderNorSkillFileFails() throws IOException {
        Path dir = write("pdf-tools", "README.md", "x".getBytes(StandardCharsets.UTF_8));

        ValidatedSkill result = validator.validateSkill(dir.resolve("README.md"));

        assertThat(result.valid()).isFalse();
        assertThat(result.report().errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("neither a skill folder nor a SKILL.md"));
    }

    @Test
    void validateSkillNamesTheSkillLikeALibraryScan() throws IOException {
        Path mismatch = write("template", "SKILL.md", named("template-skill").getBytes(StandardCharsets.UTF_8));
        Path broken = write("broken", "SKILL.md", "# no frontmatter\n".getBytes(StandardCharsets.UTF_8));

        assertThat(validator.validateSkill(mismatch).name()).isEqualTo("template-skill");
        assertThat(validator.validateSkill(broken).name()).isEqualTo("broken");
        assertThat(validator.validateSkill(tmp.resolve("missing")).name()).isEqualTo("missing");
    }

    @Test
    void descriptionLengthIsCountedOnTheTextYamlProduces() throws IOException {
        // A block scalar's indentation and line breaks are not part of the value: 1024 characters of text pass.
        String text = "Use when " + "x".repeat(1015);
        String folded = "description: >-\n  " + text.substring(0, 500) + "\n  " + text.substring(500) + "\n";
        Path dir = write("pdf-tools", "SKILL.md", described(folded).getBytes(StandardCharsets.UTF_8));

        // Folding joins the two lines with one space: 1025 characters.
        assertThat(validator.validate(dir).errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("1025 characters"));
    }
}
