package dev.skillfleet.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix} over copies of the corpus and hand-made broken skills, in-process. */
class FixCommandTest {

    private static final String BROKEN = """
            ---
            name: PDF Tools
            version: 1.2
            description: Reads PDFs: text and tables. Use when the user shares a PDF
            ---
            # PDF tools

            Reads PDFs.
            """;

    @TempDir
    Path temp;

    private Path library;

    @BeforeEach
    void copyCorpus() {
        library = Corpus.mixedLibrary(temp.resolve("lib"));
    }

    private Path skill(String folder, String text) throws IOException {
        Path dir = library.resolve(folder);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("SKILL.md"), text);
        return dir;
    }

    /** Every file under the library with its bytes, to show that a refused run changed nothing. */
    private String snapshot() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(library)) {
            for (Path p : walk.sorted().toList()) {
                all.append(library.relativize(p)).append('\n');
                if (Files.isRegularFile(p)) {
                    all.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }

    @Test
    void printsTheFixesAsAUnifiedDiffWithTheRenameFirstAndTheReasonsOnStderr() throws IOException {
        String before = snapshot();

        CliRun run = CliRun.of("fix", library.resolve("template").toString());

        assertThat(run.exit()).isZero();
        List<String> out = run.out().lines().toList();
        assertThat(out.get(0)).isEqualTo("rename: template \u2192 template-skill");
        assertThat(out.get(1)).isEqualTo("--- a/template/SKILL.md");
        assertThat(out.get(2)).isEqualTo("+++ b/template/SKILL.md");
        assertThat(out.get(3)).matches("@@ -\\d+,\\d+ \\+\\d+,\\d+ @@");
        assertThat(out).contains("+## When to Use", " # Insert instructions below");
        assertThat(out.subList(4, out.size())).allMatch(l -> l.isEmpty() ? false : " +-".indexOf(l.charAt(0)) >= 0);
        assertThat(run.err()).contains("\u00b7 The folder \"template\" must be renamed to \"template-skill\"")
                .contains("\u00b7 Added a \"## When to Use\" section").endsWith("valid with the fixes\n");
        assertThat(snapshot()).as("nothing changes without --write").isEqualTo(before);
    }

    @Test
    void theDiffAppliesToTheFileAndGivesWhatWriteWrites() throws Exception {
        Path dir = skill("pdf-tools", BROKEN);
        CliRun shown = CliRun.of("fix", dir.toString());
        assertThat(shown.out()).doesNotStartWith("rename:");

        UnifiedDiff diff = UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(
                shown.out().getBytes(StandardCharsets.UTF_8)));
        List<String> patched = diff.applyPatchTo(f -> true, BROKEN.lines().toList());
        CliRun written = CliRun.of("fix", "--write", dir.toString());

        assertThat(written.exit()).isZero();
        assertThat(written.out()).isEqualTo(shown.out());
        assertThat(Files.readString(dir.resolve("SKILL.md")).lines().toList()).isEqualTo(patched);
        assertThat(written.err()).contains("wrote " + dir.resolve("SKILL.md"));
    }

    @Test
    void writeFixesTheFileAndRenamesTheFolderAndThenThereIsNothingToFix() throws IOException {
        Path dir = skill("PDF Tools", BROKEN);
        Files.writeString(dir.resolve("notes.txt"), "kept");

        CliRun run = CliRun.of("fix", "--write", dir.toString());

        assertThat(run.exit()).isZero();
        Path renamed = library.resolve("pdf-tools");
        assertThat(dir).doesNotExist();
        assertThat(renamed.resolve("notes.txt")).hasContent("kept");
        assertThat(run.out()).startsWith("rename: PDF Tools \u2192 pdf-tools\n");
        assertThat(run.err()).contains("wrote " + dir.resolve("SKILL.md"))
                .contains("renamed " + dir + " \u2192 pdf-tools");
        assertThat(new SkillValidator().validate(renamed).issues()).isEmpty();
        assertThat(Files.readString(renamed.resolve("SKILL.md"))).isEqualTo("""
                ---
                name: pdf-tools
                description: "Reads PDFs: text and tables. Use when the user shares a PDF"
                metadata:
                  version: "1.2"
                ---
                # PDF tools

                Reads PDFs.

                ## When to Use

                Use this skill when:
                - the user shares a PDF
                """);

        CliRun again = CliRun.of("fix", renamed.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEqualTo("nothing to fix\n");
    }

    @Test
    void aValidSkillWithNothingToFixPrintsNoDiff() {
        CliRun run = CliRun.of("fix", library.resolve("dspy/dspy-optimization-workflow").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("nothing to fix\n");
    }

    @Test
    void aCrlfFileIsWrittenBackWithCrlfAndItsPermissions() throws IOException {
        Path dir = skill("pdf-tools", BROKEN.replace("\n", "\r\n"));
        Path file = dir.resolve("SKILL.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun run = CliRun.of("fix", "--write", dir.toString());

        assertThat(run.exit()).isZero();
        String written = Files.readString(file);
        assertThat(written).contains("name: pdf-tools\r\n").contains("## When to Use\r\n");
        assertThat(written.replace("\r\n", "")).doesNotContain("\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void aReadOnlySkillFileIsRefusedAndNothingIsWritten() throws IOException {
        Path dir = skill("PDF Tools", BROKEN);
        Files.setPosixFilePermissions(dir.resolve("SKILL.md"), PosixFilePermissions.fromString("r--r--r--"));
        String before = snapshot();

        CliRun run = CliRun.of("fix", "--write", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: " + dir.resolve("SKILL.md") + " is read-only")
                .contains("Nothing was written");
        assertThat(run.err()).doesNotContain("\nwrote ").doesNotContain("\nrenamed ");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFolderOfTheNewNameIsNeverOverwrittenAndNothingIsWritten() throws IOException {
        Path dir = skill("PDF Tools", BROKEN);
        Files.createDirectories(library.resolve("pdf-tools"));
        Files.writeString(library.resolve("pdf-tools/SKILL.md"), "someone else's skill");
        String before = snapshot();

        CliRun run = CliRun.of("fix", "--write", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: the folder needs to be renamed to \"pdf-tools\"")
                .contains(library.resolve("pdf-tools") + " already exists; nothing was written");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFolderWithoutSkillMdIsAnErrorWithExitOne() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        CliRun run = CliRun.of("fix", empty.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: the folder " + empty + " has no SKILL.md, so there is no skill to "
                + "fix\n");
        assertThat(CliRun.of("fix", temp.resolve("missing").toString()).err())
                .isEqualTo("error: there is no folder at " + temp.resolve("missing") + "\n");
    }

    @Test
    void whatRulesCannotFixStaysAndExitsOne() throws IOException {
        Path dir = skill("broken", "---\nname: broken\n  description: misplaced\n bad: [\n---\nbody\n");
        String before = snapshot();

        CliRun run = CliRun.of("fix", "--write", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("nothing to fix by rule\nstill invalid:\n  error: frontmatter (line ");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFixThatLeavesAnErrorPrintsTheDiffAndExitsOne() throws IOException {
        Path dir = skill("pdf-tools", "---\nname: pdf-tools\nmodel: opus\n---\n# PDF tools\n");

        CliRun run = CliRun.of("fix", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("-model: opus").contains("+  model: opus");
        assertThat(run.err()).contains("still invalid with the fixes:\n  error: description: description is missing");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(CliRun.of("fix").exit()).isEqualTo(2);
        assertThat(CliRun.of("fix", "--frobnicate", library.resolve("template").toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("fix", "--help").out()).contains("--write").contains("SKILL_DIR");
    }
}
