package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** xml, package and import, run in-process like the real command line. */
class LibraryCommandsTest {

    @TempDir
    Path temp;

    @Test
    void xmlPrintsTheCatalogueAndNamesBrokenSkillsOnStderr() throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        Files.createDirectories(library.resolve("broken"));
        Files.writeString(library.resolve("broken/SKILL.md"), "no frontmatter here");

        CliRun run = CliRun.of("xml", "--library", library.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("<available_skills>\n  <skill>\n").endsWith("</available_skills>\n")
                .contains("<location>" + library.resolve("web/frontend-ui-integration/SKILL.md") + "</location>")
                .doesNotContain("<?xml").doesNotContain("broken");
        assertThat(run.err()).startsWith("left out " + library.resolve("broken") + ": ERROR");
        assertThat(run.openedWindow()).isFalse();
    }

    @Test
    void xmlWritesTheFileWhenAskedAndRefusesAMissingLibrary() throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        Path out = temp.resolve("catalogue.xml");

        CliRun run = CliRun.of("xml", "--library", library.toString(), "--output", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("Wrote 21 skills to " + out + System.lineSeparator());
        assertThat(Files.readString(out)).startsWith("<available_skills>\n").contains("<name>dspy-basics</name>");

        CliRun missing = CliRun.of("xml", "--library", temp.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("error: there is no skill library at " + temp.resolve("nope"));
        assertThat(temp.resolve("nope")).doesNotExist();
    }

    @Test
    void packageTakesARelativeFolderInsideTheLibrary() throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        Path out = temp.resolve("dist/dspy-basics.skill");

        CliRun run = CliRun.of("package", "--library", library.toString(), "--output", out.toString(),
                "dspy/dspy-basics");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Packaged dspy-basics into " + out + " (");
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.getEntry("dspy-basics/SKILL.md")).isNotNull();
        }
    }

    @Test
    void packageRefusesAnInvalidSkillWithItsErrors() throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        Path out = temp.resolve("template.skill");

        CliRun run = CliRun.of("package", "--output", out.toString(), library.resolve("template").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: Cannot package template: it is not a valid skill")
                .contains("ERROR name (line 2)");
        assertThat(out).doesNotExist();

        CliRun missing = CliRun.of("package", "--output", out.toString(), temp.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("error: there is no folder at " + temp.resolve("nope"));
    }

    @Test
    void importRoundTripsAndAsksForOverwriteOnAClash() throws Exception {
        Path source = Corpus.mixedLibrary(temp.resolve("source"));
        Path library = Files.createDirectories(temp.resolve("lib"));
        Path pkg = temp.resolve("dspy-basics.skill");
        assertThat(CliRun.of("package", "--output", pkg.toString(),
                source.resolve("dspy/dspy-basics").toString()).exit()).isZero();

        CliRun first = CliRun.of("import", "--library", library.toString(), "--category", "dspy", pkg.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Imported dspy-basics into " + library.resolve("dspy/dspy-basics"));
        assertThat(library.resolve("dspy/dspy-basics/SKILL.md")).exists();

        CliRun clash = CliRun.of("import", "--library", library.toString(), "--category", "dspy", pkg.toString());
        assertThat(clash.exit()).isEqualTo(1);
        assertThat(clash.err()).contains("error: Cannot import dspy-basics.skill: a skill already exists at "
                + library.resolve("dspy/dspy-basics")).contains("Pass --overwrite to replace it.");

        CliRun overwrite = CliRun.of("import", "--library", library.toString(), "--category", "dspy", "--overwrite",
                pkg.toString());
        assertThat(overwrite.exit()).isZero();
        assertThat(overwrite.out()).contains("replacing the skill that was there");
    }

    @Test
    void importRefusesUnsafeZipsAndInvalidSkillsUnlessForced() throws Exception {
        Path library = Files.createDirectories(temp.resolve("lib"));
        Path evil = zip("x.zip", "pdf-tools/SKILL.md", skill("pdf-tools"), "../../evil.sh", "rm -rf ~");

        CliRun unsafe = CliRun.of("import", "--library", library.toString(), "--force", "--overwrite", evil.toString());

        assertThat(unsafe.exit()).isEqualTo(1);
        assertThat(unsafe.err()).contains("error: Cannot import x.zip: entry ../../evil.sh would be written outside "
                + "the skill folder");
        try (var children = Files.list(library)) {
            assertThat(children).isEmpty();
        }

        Path invalid = zip("wrong.skill", "pdf-tools/SKILL.md", skill("another-name"));
        CliRun refused = CliRun.of("import", "--library", library.toString(), invalid.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("is not valid").contains("ERROR name (line 2)")
                .contains("pass --force to import it anyway");
        CliRun forced = CliRun.of("import", "--library", library.toString(), "--force", invalid.toString());
        assertThat(forced.exit()).isZero();
        assertThat(forced.err()).contains("warning: imported with --force although it is not valid");
        assertThat(library.resolve("pdf-tools/SKILL.md")).exists();

        CliRun noLibrary = CliRun.of("import", "--library", temp.resolve("nope").toString(), invalid.toString());
        assertThat(noLibrary.exit()).isEqualTo(2);
        CliRun noSource = CliRun.of("import", "--library", library.toString(), temp.resolve("gone.zip").toString());
        assertThat(noSource.exit()).isEqualTo(2);
        assertThat(noSource.err()).contains("error: there is no file or folder at " + temp.resolve("gone.zip"));
    }

    private static String skill(String name) {
        return "---\nname: " + name + "\ndescription: Reads PDFs. Use when the user asks to read PDFs.\n---\n"
                + "## When to Use\n- PDFs\n";
    }

    private Path zip(String name, String... namesAndContents) throws Exception {
        Path file = temp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
