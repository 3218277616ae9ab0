package dev.skillfleet.desktop.core.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FileSecretStoreTest {

    private static final String KEY = "sk-test-SECRET-abcdef";

    @TempDir
    Path config;

    private static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void keysComeBackPerProfile() throws Exception {
        FileSecretStore store = FileSecretStore.in(config);
        assertThat(store.get("a")).isEmpty();
        store.put("a", KEY);
        store.put("b", "other");
        store.put("a", "replaced");

        FileSecretStore reopened = FileSecretStore.in(config);
        assertThat(reopened.get("a")).contains("replaced");
        assertThat(reopened.get("b")).contains("other");
        assertThat(reopened.get("c")).isEmpty();
        assertThat(store.file()).isEqualTo(config.resolve("api-keys.json"));
    }

    @Test
    void theFileIsReadableOnlyByItsOwner() throws Exception {
        assumePosix();
        FileSecretStore store = FileSecretStore.in(config.resolve("not-yet-created"));
        store.put("a", KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        store.put("b", KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void aFileThatLostItsPermissionsGetsThemBackWhenRead() throws Exception {
        assumePosix();
        FileSecretStore store = FileSecretStore.in(config);
        store.put("a", KEY);
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(store.get("a")).contains(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void everyChangeReplacesTheFileAtomically() throws Exception {
        assumePosix();
        FileSecretStore store = FileSecretStore.in(config);
        store.put("a", KEY);
        Object before = Files.getAttribute(store.file(), "unix:ino");
        store.put("b", "other");
        Object after = Files.getAttribute(store.file(), "unix:ino");

        assertThat(after).as("a new file renamed over the old one, not rewritten in place").isNotEqualTo(before);
        try (Stream<Path> files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temp file left").containsExactly("api-keys.json");
        }
    }

    @Test
    void deletingRemovesOneKeyAndTheLastOneRemovesTheFile() throws Exception {
        FileSecretStore store = FileSecretStore.in(config);
        store.put("a", KEY);
        store.put("b", "other");
        store.delete("a");
        assertThat(store.get("a")).isEmpty();
        assertThat(store.get("b")).contains("other");
        store.delete("never-there");
        store.delete("b");
        assertThat(store.file()).doesNotExist();
        store.delete("b");
    }

    @Test
    void aBrokenFileIsReportedWithoutQuotingIt() throws Exception {
        FileSecretStore store = FileSecretStore.in(config);
        Files.writeString(store.file(), "{\"a\": " + KEY + "}");
        assertThatThrownBy(() -> store.get("a")).isInstanceOf(IOException.class)
                .hasMessageContaining("not valid JSON").hasMessageNotContaining(KEY).hasMessageNotContaining("SECRET");
        assertThat(store.file()).exists();
    }

    @Test
    void theStoreNeverShowsAKey() throws Exception {
        FileSecretStore store = FileSecretStore.in(config);
        store.put("a", KEY);
        assertThat(store.toString()).doesNotContain(KEY);
        assertThat(store.location()).doesNotContain(KEY);
    }
}
