package dev.skillfleet.desktop.ui.about;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.core.config.AppInfo;
import dev.skillfleet.desktop.core.config.AppInfo.Fact;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class AboutViewModelTest {

    @TempDir
    Path temp;
    private final List<String> copied = new CopyOnWriteArrayList<>();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private AboutViewModel about;

    @BeforeEach
    void create() throws Exception {
        Files.createDirectories(temp.resolve("data"));
        AppInfo info = AppInfo.of(new AppDirectories(temp.resolve("config"), temp.resolve("data")),
                temp.resolve("skills"));
        about = new AboutViewModel(info, Optional.of("26.0.2"), new DesktopActions() {
            @Override
            public void copyToClipboard(String text) {
                copied.add(text);
            }

            @Override
            public void openLink(String url) {
            }

            @Override
            public void openFolder(Path folder) {
                opened.add(folder);
            }
        });
    }

    private Fact fact(String label) {
        return about.getFacts().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void showsVersionJavaJavaFxOsAndTheFolders() {
        assertThat(about.name()).isEqualTo("Skill Fleet Desktop");
        assertThat(about.version()).isEqualTo("dev");
        assertThat(fact("Java").value()).startsWith(Runtime.version().toString());
        assertThat(fact("JavaFX").value()).isEqualTo("26.0.2");
        assertThat(fact("OS").value()).startsWith(System.getProperty("os.name"));
        assertThat(fact("Settings").value()).isEqualTo(temp.resolve("config").toString());
        assertThat(fact("Data").value()).isEqualTo(temp.resolve("data").toString());
        assertThat(fact("Skill library").value()).isEqualTo(temp.resolve("skills").toString());
    }

    @Test
    void aMissingJavaFxVersionSaysUnknown() {
        AppInfo info = AppInfo.of(new AppDirectories(temp, temp), temp);
        AboutViewModel model = new AboutViewModel(info, Optional.empty(), DesktopActions.none());
        assertThat(model.getFacts()).filteredOn(f -> f.label().equals("JavaFX")).extracting(Fact::value)
                .containsExactly("unknown");
    }

    @Test
    void copyDetailsCopiesEveryFactAsText() {
        about.copyDetails();

        assertThat(copied).hasSize(1);
        String text = copied.getFirst();
        assertThat(text.lines().toList().getFirst()).isEqualTo("Skill Fleet Desktop dev");
        assertThat(text).contains("JavaFX:").contains("26.0.2").contains("Java:").contains(Runtime.version().toString())
                .contains(temp.resolve("data").toString()).contains(temp.resolve("skills").toString());
        assertThat(text).isEqualTo(about.detailsText());
        assertThat(about.statusProperty().get()).contains("copied");
    }

    @Test
    void anExistingFolderOpensAMissingOneIsExplained() {
        about.openFolder(fact("Data"));
        assertThat(opened).containsExactly(temp.resolve("data"));

        about.openFolder(fact("Skill library"));
        assertThat(opened).hasSize(1);
        assertThat(about.statusProperty().get()).contains(temp.resolve("skills").toString()).contains("does not exist yet");

        about.openFolder(fact("Java"));
        assertThat(opened).hasSize(1);
    }
}
