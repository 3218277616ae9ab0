package dev.skillfleet.desktop.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @TempDir
    Path temp;

    @Test
    void writesCreatesFoldersAndReplacesWithoutLeavingTempFiles() throws Exception {
        Path target = temp.resolve("a/b/SKILL.md");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second \u00e9");
        assertThat(Files.readString(target)).isEqualTo("second \u00e9");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteLeavesTheOldContentAndNoTempFile() throws Exception {
        Path target = temp.resolve("dir-in-the-way");
        Files.createDirectories(target.resolve("child"));
        assertThatThrownBy(() -> AtomicFiles.writeString(target, "x")).isInstanceOf(java.io.IOException.class);
        assertThat(target).isDirectory();
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsReadableByOthers(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path script = dir.resolve("run.sh");
        java.nio.file.Files.writeString(script, "#!/bin/sh\n");
        java.nio.file.Files.setPosixFilePermissions(script,
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFiles.writeString(script, "#!/bin/sh\necho hi\n");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(script))).isEqualTo("rwxr-x---");

        Path fresh = dir.resolve("SKILL.md");
        AtomicFiles.writeString(fresh, "---\n");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    }
}
