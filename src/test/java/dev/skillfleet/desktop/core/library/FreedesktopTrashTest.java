package dev.skillfleet.desktop.core.library;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FreedesktopTrashTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** 2025-03-01 14:25:01 in New York: the info file must show this local time, not UTC. */
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2025, 3, 1, 14, 25, 1, 750_000_000)
            .atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path temp;

    Path dataHome;
    FreedesktopTrash trash;

    @BeforeEach
    void trash() {
        dataHome = temp.resolve("xdg-data");
        trash = FreedesktopTrash.home(Map.of("XDG_DATA_HOME", dataHome.toString()), temp.resolve("home"), CLOCK);
    }

    @Test
    void theTrashIsUnderXdgDataHomeElseUnderTheHomeFolder() {
        Path home = temp.resolve("home");
        assertThat(trash.directory()).isEqualTo(dataHome.resolve("Trash"));
        assertThat(FreedesktopTrash.home(Map.of(), home, CLOCK).directory())
                .isEqualTo(home.resolve(".local/share/Trash"));
        assertThat(FreedesktopTrash.home(Map.of("XDG_DATA_HOME", ""), home, CLOCK).directory())
                .isEqualTo(home.resolve(".local/share/Trash"));
        assertThat(FreedesktopTrash.home(Map.of("XDG_DATA_HOME", "relative/data"), home, CLOCK).directory())
                .as("a relative XDG_DATA_HOME is ignored").isEqualTo(home.resolve(".local/share/Trash"));
        assertThat(trash.describe()).contains(dataHome.resolve("Trash").toString());
    }

    @Test
    void aFolderMovesToFilesAndItsInfoFileRecordsThePathAndLocalTime() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("lib/_drafts/20250301-142501-a3f9"));
        Files.writeString(folder.resolve("SKILL.md"), "draft\n");

        trash.moveToTrash(folder);

        Path trashDir = dataHome.resolve("Trash");
        assertThat(folder).doesNotExist();
        assertThat(trashDir.resolve("files/20250301-142501-a3f9/SKILL.md")).hasContent("draft\n");
        assertThat(trashDir.resolve("info/20250301-142501-a3f9.trashinfo")).hasContent("""
                [Trash Info]
                Path=%s
                DeletionDate=2025-03-01T14:25:01
                """.formatted(folder));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(trashDir)))
                .as("a new trash is private").isEqualTo("rwx------");
    }

    @Test
    void spacesAndUnicodeArePercentEncodedAsUtf8() throws Exception {
        Path file = Files.writeString(Files.createDirectories(temp.resolve("my drafts")).resolve("naïve 100%#.md"),
                "x");

        trash.moveToTrash(file);

        String info = Files.readString(dataHome.resolve("Trash/info/naïve 100%#.md.trashinfo"));
        String encoded = TrashInfo.encodePath(file.toString());
        assertThat(info).contains("Path=" + encoded + "\n");
        assertThat(encoded).endsWith("/my%20drafts/na%C3%AFve%20100%25%23.md");
        // Any URL decoder gets the original path back.
        assertThat(URI.create("file://" + encoded).getPath()).isEqualTo(file.toString());
        assertThat(dataHome.resolve("Trash/files/naïve 100%#.md")).hasContent("x");
    }

    @Test
    void aNameAlreadyInTheTrashGetsTheNextFreeNumber() throws Exception {
        Path first = Files.writeString(Files.createDirectories(temp.resolve("a")).resolve("notes.md"), "first");
        Path second = Files.writeString(Files.createDirectories(temp.resolve("b")).resolve("notes.md"), "second");
        Path third = Files.writeString(Files.createDirectories(temp.resolve("c")).resolve("notes.md"), "third");
        // An item whose info file was lost must not be overwritten either.
        Files.createDirectories(dataHome.resolve("Trash/files"));
        Files.writeString(dataHome.resolve("Trash/files/notes.md.3"), "orphan");

        trash.moveToTrash(first);
        trash.moveToTrash(second);
        trash.moveToTrash(third);

        Path files = dataHome.resolve("Trash/files");
        Path info = dataHome.resolve("Trash/info");
        assertThat(files.resolve("notes.md")).hasContent("first");
        assertThat(files.resolve("notes.md.2")).hasContent("second");
        assertThat(files.resolve("notes.md.3")).hasContent("orphan");
        assertThat(files.resolve("notes.md.4")).hasContent("third");
        assertThat(info.resolve("notes.md.2.trashinfo")).content().contains("Path=" + second);
        assertThat(info.resolve("notes.md.4.trashinfo")).content().contains("Path=" + third);
        assertThat(info.resolve("notes.md.3.trashinfo")).doesNotExist();
    }

    @Test
    void aLinkIsTrashedAsALinkAndWhatItPointsToStays() throws Exception {
        Path target = Files.writeString(temp.resolve("shared.md"), "shared");
        Path link = Files.createSymbolicLink(temp.resolve("link.md"), target);

        trash.moveToTrash(link);

        assertThat(link).doesNotExist();
        assertThat(target).hasContent("shared");
        assertThat(Files.isSymbolicLink(dataHome.resolve("Trash/files/link.md"))).isTrue();
    }

    @Test
    void aMissingItemIsAnErrorAndWritesNoInfoFile() {
        Path missing = temp.resolve("gone");

        assertThatThrownBy(() -> trash.moveToTrash(missing)).isInstanceOf(IOException.class)
                .hasMessageContaining(missing.toString());
        assertThat(dataHome.resolve("Trash/info")).doesNotExist();
    }

    @Test
    void theTrashItselfCannotBeTrashed() throws Exception {
        Files.createDirectories(dataHome.resolve("Trash/files"));

        assertThatThrownBy(() -> trash.moveToTrash(dataHome)).isInstanceOf(IOException.class)
                .hasMessageContaining("holds the trash");
        assertThatThrownBy(() -> trash.moveToTrash(dataHome.resolve("Trash"))).isInstanceOf(IOException.class)
                .hasMessageContaining("holds the trash");
        assertThat(dataHome.resolve("Trash/files")).isDirectory();
    }

    @Test
    void anItemOnAnotherFileSystemIsRefusedAndLeftInPlace() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getFileStore(shm).equals(Files.getFileStore(temp)), "needs a second file system");
        Path item = Files.createTempDirectory(shm, "trash-test-");
        try {
            assertThatThrownBy(() -> trash.moveToTrash(item)).isInstanceOf(IOException.class)
                    .hasMessageContaining(item.toString()).hasMessageContaining("different file system")
                    .hasMessageContaining("left in place");
            assertThat(item).isDirectory();
            try (var infos = Files.list(dataHome.resolve("Trash/info"))) {
                assertThat(infos).isEmpty();
            }
        } finally {
            Files.deleteIfExists(item);
        }
    }
}
