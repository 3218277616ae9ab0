package dev.skillfleet.desktop.core.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TrashChooserTest {

    @TempDir
    Path temp;

    @Test
    void linuxUsesTheFreedesktopHomeTrashEvenHeadless() {
        Trash trash = TrashChooser.choose("Linux", Map.of("XDG_DATA_HOME", temp.toString()), temp, true,
                Clock.systemDefaultZone());

        assertThat(trash).isInstanceOf(FreedesktopTrash.class);
        assertThat(((FreedesktopTrash) trash).directory()).isEqualTo(temp.resolve("Trash"));
        assertThat(trash.permanent()).isFalse();
    }

    @Test
    void windowsAndMacUseTheDesktopTrashWhenThereIsADesktop() {
        Trash windows = TrashChooser.choose("Windows 11", Map.of(), temp, false, Clock.systemDefaultZone());
        Trash mac = TrashChooser.choose("Mac OS X", Map.of(), temp, false, Clock.systemDefaultZone());

        assertThat(windows).isInstanceOf(DesktopTrash.class);
        assertThat(windows.describe()).contains("Recycle Bin");
        assertThat(mac).isInstanceOf(DesktopTrash.class);
        assertThat(mac.describe()).contains("Trash");
    }

    @Test
    void withoutADesktopWindowsDeletesPermanentlyAndSaysSo() {
        Trash trash = TrashChooser.choose("Windows 11", Map.of(), temp, true, Clock.systemDefaultZone());

        assertThat(trash.permanent()).isTrue();
        assertThat(trash.describe()).contains("permanently").contains("headless");
    }

    @Test
    void permanentDeletionRemovesATreeButNotWhatItsLinksPointTo() throws Exception {
        Path shared = Files.writeString(temp.resolve("shared.md"), "keep me");
        Path tree = Files.createDirectories(temp.resolve("draft/references"));
        Files.writeString(tree.resolve("notes.md"), "notes");
        Files.createSymbolicLink(tree.resolve("shared.md"), shared);
        Files.createSymbolicLink(temp.resolve("draft/outside"), temp);

        new NoTrash("Test.").moveToTrash(temp.resolve("draft"));

        assertThat(temp.resolve("draft")).doesNotExist();
        assertThat(shared).hasContent("keep me");
    }

    @Test
    void inAHeadlessJvmTheDesktopTrashRefusesAndLeavesTheFileInPlace() throws Exception {
        assumeTrue(GraphicsEnvironment.isHeadless(), "only meaningful without a display");
        Path file = Files.writeString(temp.resolve("draft.md"), "draft");

        assertThat(DesktopTrash.supported()).isFalse();
        assertThatThrownBy(() -> new DesktopTrash("Trash").moveToTrash(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("left in place");
        assertThat(file).hasContent("draft");
    }
}
