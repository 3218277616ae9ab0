package dev.skillfleet.desktop.core.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EditedFileTest {

    private static final String CRLF_SKILL =
            "---\r\nname: demo\r\ndescription: Use when testing.\r\n---\r\n\r\n# Demo\r\n";

    @TempDir
    Path temp;

    @Test
    void anUnchangedFileIsSavedAsTheSameBytesInEveryForm() throws Exception {
        String text = "---\nname: demo\ndescription: Use when caf\u00e9 \ud83d\ude80.\n---\n\nBody\n";
        for (TextEncoding encoding : TextEncoding.values()) {
            for (LineEnding ending : LineEnding.values()) {
                byte[] bytes = new TextFileFormat(encoding, ending, false).encode(text);
                Path file = Files.write(temp.resolve(encoding + "-" + ending + ".md"), bytes);
                EditedFile edited = EditedFile.open(file);

                assertThat(edited.text()).isEqualTo(text);
                assertThat(edited.save(edited.text())).isInstanceOf(SaveOutcome.Saved.class);
                assertThat(Files.readAllBytes(file)).as("%s %s", encoding, ending).isEqualTo(bytes);
            }
        }
    }

    @Test
    void anEditKeepsCrlfAndTheByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = temp.resolve("SKILL.md");
        Files.write(file, concat(bom, CRLF_SKILL.getBytes(StandardCharsets.UTF_8)));
        EditedFile edited = EditedFile.open(file);
        assertThat(edited.format().label()).isEqualTo("UTF-8 with BOM \u00b7 CRLF");

        SaveOutcome outcome = edited.save(edited.text() + "\nUse it when needed.\n");

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(concat(bom,
                (CRLF_SKILL + "\r\nUse it when needed.\r\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(((SaveOutcome.Saved) outcome).fingerprint()).isEqualTo(edited.fingerprint());
        assertThat(edited.fingerprint().sha256()).isEqualTo(FileFingerprint.sha256(Files.readAllBytes(file)));
        assertThat(edited.isModified(edited.text())).isFalse();
        // Text pasted with other line breaks is written in the file's style too.
        edited.save("a\r\nb\rc\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(concat(bom, "a\r\nb\r\nc\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aUtf16FileStaysUtf16() throws Exception {
        Path file = temp.resolve("notes.md");
        Files.write(file, new TextFileFormat(TextEncoding.UTF_16BE_BOM, LineEnding.CRLF, false)
                .encode("\u6771\u4eac\n"));
        EditedFile edited = EditedFile.open(file);

        edited.save("\u6771\u4eac\nOsaka\n");

        assertThat(Files.readAllBytes(file)).isEqualTo(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "\u6771\u4eac\r\nOsaka\r\n".getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void aMixedFileIsSavedInItsMajorityStyleAndIsNoLongerMixed() throws Exception {
        Path file = Files.writeString(temp.resolve("SKILL.md"), "a\r\nb\r\nc\n");
        EditedFile edited = EditedFile.open(file);
        assertThat(edited.format().mixedLineEndings()).isTrue();

        edited.save(edited.text());

        assertThat(Files.readString(file)).isEqualTo("a\r\nb\r\nc\r\n");
        assertThat(edited.format()).isEqualTo(new TextFileFormat(TextEncoding.UTF_8, LineEnding.CRLF, false));
    }

    @Test
    void aFileThatIsNotUtf8IsNotOpenedAndNotTouched() throws Exception {
        byte[] latin1 = "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(temp.resolve("SKILL.md"), latin1);
        FileTime before = Files.getLastModifiedTime(file);

        assertThatThrownBy(() -> EditedFile.open(file)).isInstanceOf(UnreadableTextException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("byte 9 (line 1)");
        assertThat(Files.readAllBytes(file)).isEqualTo(latin1);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }

    @Test
    void aChangeOnDiskIsNotOverwrittenAndItsTextIsReported() throws Exception {
        Path file = Files.writeString(temp.resolve("SKILL.md"), "name: one\n");
        EditedFile edited = EditedFile.open(file);
        Files.writeString(file, "name: two\nadded elsewhere\n");

        SaveOutcome outcome = edited.save("name: mine\n");

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.ChangedOnDisk.class, changed -> {
            assertThat(changed.deleted()).isFalse();
            assertThat(changed.diskText()).contains("name: two\nadded elsewhere\n");
            assertThat(changed.onDisk().orElseThrow().sha256())
                    .isEqualTo(FileFingerprint.sha256("name: two\nadded elsewhere\n".getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(Files.readString(file)).isEqualTo("name: two\nadded elsewhere\n");
        // Asked again, the answer is the same: nothing was adopted.
        assertThat(edited.save("name: mine\n")).isInstanceOf(SaveOutcome.ChangedOnDisk.class);
    }

    @Test
    void aChangeWithTheSameSizeAndTheSameTimeIsStillDetected() throws Exception {
        Path file = Files.writeString(temp.resolve("SKILL.md"), "name: aaaa\n");
        EditedFile edited = EditedFile.open(file);
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "name: bbbb\n");
        Files.setLastModifiedTime(file, time);
        assertThat(Files.size(file)).isEqualTo(edited.fingerprint().size());

        assertThat(edited.save("name: mine\n")).isInstanceOf(SaveOutcome.ChangedOnDisk.class);
        assertThat(Files.readString(file)).isEqualTo("name: bbbb\n");
    }

    @Test
    void aNewTimeOnTheSameBytesIsNotAConflict() throws Exception {
        Path file = Files.writeString(temp.resolve("SKILL.md"), "name: same\n");
        EditedFile edited = EditedFile.open(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));

        assertThat(edited.save("name: mine\n")).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(Files.readString(file)).isEqualTo("name: mine\n");
    }

    @Test
    void aDeletedFileIsReportedAndNotCreatedAgainUnlessTheUserSaysSo() throws Exception {
        Path file = Files.writeString(temp.resolve("SKILL.md"), CRLF_SKILL);
        EditedFile edited = EditedFile.open(file);
        Files.delete(file);

        SaveOutcome outcome = edited.save("kept\n");

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.ChangedOnDisk.class, changed -> {
            assertThat(changed.deleted()).isTrue();
            assertThat(changed.diskText()).isEmpty();
        });
        assertThat(file).doesNotExist();
        assertThatThrownBy(edited::reload).isInstanceOf(NoSuchFileException.class);

        assertThat(edited.saveOverwriting("kept\n").fingerprint()).isEqualTo(edited.fingerprint());
        assertThat(Files.readString(file)).isEqualTo("kept\r\n");
    }

    @Test
    void theUserChoosesOverwriteOrReload() throws Exception {
        Path file = Files.writeString(temp.resolve("SKILL.md"), "v1\n");
        EditedFile edited = EditedFile.open(file);
        Files.writeString(file, "v2 from elsewhere\r\n");
        assertThat(edited.save("mine\n")).isInstanceOf(SaveOutcome.ChangedOnDisk.class);

        edited.saveOverwriting("mine\n");
        assertThat(Files.readString(file)).isEqualTo("mine\n");
        // From now on the editor's own save is the base: a plain save goes through.
        assertThat(edited.save("mine again\n")).isInstanceOf(SaveOutcome.Saved.class);

        Files.writeString(file, "v3 from elsewhere\r\n");
        assertThat(edited.save("mine, third\n")).isInstanceOf(SaveOutcome.ChangedOnDisk.class);
        long revision = edited.revision();
        assertThat(edited.reload()).isEqualTo("v3 from elsewhere\n");
        assertThat(edited.revision()).isGreaterThan(revision);
        assertThat(edited.format().lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(edited.save("v4\n")).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(Files.readString(file)).isEqualTo("v4\r\n");
    }

    @Test
    void aFileChangedOnDiskToExactlyTheUsersTextIsSimplySaved() throws Exception {
        Path file = Files.writeString(temp.resolve("SKILL.md"), "v1\n");
        EditedFile edited = EditedFile.open(file);
        Files.writeString(file, "same as mine\n");

        assertThat(edited.save("same as mine\n")).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(edited.fingerprint().sha256())
                .isEqualTo(FileFingerprint.sha256("same as mine\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileThatBecameUnreadableIsReportedWithoutItsText() throws Exception {
        Path file = Files.writeString(temp.resolve("SKILL.md"), "v1\n");
        EditedFile edited = EditedFile.open(file);
        Files.write(file, new byte[] {'x', (byte) 0xFF});

        assertThat(edited.save("mine\n")).isInstanceOfSatisfying(SaveOutcome.ChangedOnDisk.class, changed -> {
            assertThat(changed.diskText()).isEmpty();
            assertThat(changed.unreadable()).hasValueSatisfying(m -> assertThat(m).contains("byte 1"));
        });
        assertThatThrownBy(edited::reload).isInstanceOf(UnreadableTextException.class);
        assertThat(edited.text()).isEqualTo("v1\n");
    }

    @Test
    void aSaveThroughASymbolicLinkWritesTheTargetAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(Files.createDirectories(temp.resolve("library/demo")).resolve("SKILL.md"),
                "v1\n");
        Path link = temp.resolve("link.md");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        EditedFile edited = EditedFile.open(link);

        assertThat(edited.save("v2\n")).isInstanceOf(SaveOutcome.Saved.class);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("v2\n");
        try (Stream<Path> left = Files.list(real.getParent())) {
            assertThat(left).containsExactly(real); // no temp file left beside it
        }
    }

    @Test
    void aSaveKeepsTheFilesPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path script = Files.writeString(Files.createDirectories(temp.resolve("scripts")).resolve("run.sh"),
                "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        EditedFile edited = EditedFile.open(script);

        edited.save("#!/bin/sh\necho hello\n");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-xr-x");
        assertThat(Files.readString(script)).isEqualTo("#!/bin/sh\necho hello\n");
    }

    @Test
    void aMissingFileIsNotOpened() {
        assertThatThrownBy(() -> EditedFile.open(temp.resolve("absent.md"))).isInstanceOf(NoSuchFileException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
