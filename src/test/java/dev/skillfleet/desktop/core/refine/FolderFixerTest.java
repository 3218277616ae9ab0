package dev.skillfleet.desktop.core.refine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing fixes to disk: what is refused before anything is written, and a rename on its own. */
class FolderFixerTest {

    private static final String VALID = """
            ---
            name: pdf-tools
            description: Extracts text from PDF files. Use when the user asks to read PDFs.
            ---
            # PDF tools

            ## When to Use
            - reading PDFs
            """;

    @TempDir
    Path temp;

    private final FolderFixer fixer = new FolderFixer();

    private Path skill(String folder, String text) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(folder));
        Files.writeString(dir.resolve("SKILL.md"), text);
        return dir;
    }

    @Test
    void aFileChangedSinceItWasReadIsNotOverwritten() throws Exception {
        Path dir = skill("pdf-tools", VALID.replace("name: pdf-tools", "name: PDF Tools"));
        FolderFix fix = fixer.propose(dir);
        Files.writeString(dir.resolve("SKILL.md"), "the user's newer text");

        assertThatThrownBy(() -> fixer.write(fix)).isInstanceOf(FixRefusedException.class)
                .hasMessageContaining("changed since it was read");
        assertThat(dir.resolve("SKILL.md")).hasContent("the user's newer text");
    }

    @Test
    void aLinkedSkillFileIsNotReplacedByACopy() throws Exception {
        Path real = Files.writeString(temp.resolve("shared.md"), VALID.replace("name: pdf-tools", "name: PDF Tools"));
        Path dir = Files.createDirectories(temp.resolve("pdf-tools"));
        Files.createSymbolicLink(dir.resolve("SKILL.md"), real);
        FolderFix fix = fixer.propose(dir);

        assertThatThrownBy(() -> fixer.write(fix)).isInstanceOf(FixRefusedException.class)
                .hasMessageContaining("is a symbolic link");
        assertThat(Files.isSymbolicLink(dir.resolve("SKILL.md"))).isTrue();
        assertThat(real).hasContent(VALID.replace("name: pdf-tools", "name: PDF Tools"));
    }

    @Test
    void aValidNameInTheWrongFolderOnlyRenamesTheFolder() throws Exception {
        Path dir = skill("tools", VALID);
        FolderFix fix = fixer.propose(dir);
        assertThat(fix.result().proposal().isEmpty()).isTrue();

        AppliedFix applied = fixer.write(fix);

        assertThat(applied.fileWritten()).isFalse();
        assertThat(applied.renamedTo()).contains(temp.resolve("pdf-tools"));
        assertThat(applied.file()).isEqualTo(temp.resolve("pdf-tools/SKILL.md")).hasContent(VALID);
        assertThat(applied.complete()).isTrue();
        assertThat(dir).doesNotExist();
    }

    @Test
    void aSkillFileGivenInsteadOfItsFolderIsFixedInItsFolder() throws Exception {
        Path dir = skill("pdf-tools", VALID.replace("name: pdf-tools", "name: Pdf-Tools"));

        FolderFix fix = fixer.propose(dir.resolve("SKILL.md"));
        AppliedFix applied = fixer.write(fix);

        assertThat(fix.dir()).isEqualTo(dir);
        assertThat(applied.renamedTo()).isEmpty();
        assertThat(dir.resolve("SKILL.md")).hasContent(VALID);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsName() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("latin1"));
        Files.write(dir.resolve("SKILL.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> fixer.propose(dir)).isInstanceOf(FixRefusedException.class)
                .hasMessage(dir.resolve("SKILL.md") + " is not UTF-8 text; save it as UTF-8 first");
    }
}
