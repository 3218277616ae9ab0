package dev.skillfleet.desktop.core.config;

import dev.skillfleet.desktop.core.config.AppInfo.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class AppInfoTest {

    @TempDir
    Path temp;

    private static Properties system() {
        Properties p = new Properties();
        p.setProperty("java.runtime.version", "25.0.3+9-LTS");
        p.setProperty("java.vendor", "Eclipse Adoptium");
        p.setProperty("java.vm.name", "OpenJDK 64-Bit Server VM");
        p.setProperty("java.vm.info", "mixed mode, sharing");
        p.setProperty("java.home", "/opt/skill-fleet-desktop/lib/runtime");
        p.setProperty("os.name", "Linux");
        p.setProperty("os.version", "6.1.0");
        p.setProperty("os.arch", "amd64");
        return p;
    }

    @Test
    void factsComeInDisplayOrderWithTheWindowsExtrasAfterJava() {
        AppDirectories dirs = new AppDirectories(temp.resolve("config"), temp.resolve("data"));
        AppInfo info = AppInfo.of(dirs, temp.resolve("skills"), "1.2.3", system());

        List<Fact> facts = info.facts(List.of(Fact.text("JavaFX", "26.0.2")));

        assertThat(facts).extracting(Fact::label).containsExactly("Version", "Java", "JavaFX", "Java VM",
                "Java runtime", "OS", "Settings", "Data", "Skill library");
        assertThat(facts).extracting(Fact::value).containsExactly("1.2.3", "25.0.3+9-LTS (Eclipse Adoptium)",
                "26.0.2", "OpenJDK 64-Bit Server VM (mixed mode, sharing)",
                Path.of("/opt/skill-fleet-desktop/lib/runtime").toString(), "Linux 6.1.0 (amd64)",
                temp.resolve("config").toString(), temp.resolve("data").toString(), temp.resolve("skills").toString());
        assertThat(facts.get(7).folder()).contains(temp.resolve("data"));
        assertThat(facts.get(1).folder()).isEmpty();
    }

    @Test
    void theTextFormStartsWithNameAndVersionAndAlignsTheLabels() {
        AppDirectories dirs = new AppDirectories(temp.resolve("config"), temp.resolve("data"));
        List<String> lines = AppInfo.of(dirs, temp.resolve("skills"), "1.2.3", system()).lines();

        assertThat(lines.getFirst()).isEqualTo("Skill Fleet Desktop 1.2.3");
        assertThat(lines).hasSize(8).noneMatch(l -> l.startsWith("Version")).noneMatch(l -> l.contains("JavaFX"));
        assertThat(lines.get(1)).isEqualTo("Java:           25.0.3+9-LTS (Eclipse Adoptium)");
        assertThat(lines.getLast()).isEqualTo("Skill library:  " + temp.resolve("skills"));
        // Every value starts in the same column.
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.charAt(15)).isEqualTo(' '))
                .allSatisfy(l -> assertThat(l.charAt(16)).isNotEqualTo(' '));
    }

    @Test
    void theCommandLineFindsTheFoldersAsTheCommandsDo() {
        Map<String, String> env = Map.of(DataLocation.ENV_VAR, temp.resolve("env-data").toString(),
                LibraryLocation.ENV_VAR, temp.resolve("env-skills").toString());

        AppInfo fromEnvironment = AppInfo.forCommandLine(Optional.empty(), Optional.empty(), env);
        assertThat(fromEnvironment.data()).isEqualTo(temp.resolve("env-data"));
        assertThat(fromEnvironment.library()).isEqualTo(temp.resolve("env-skills"));

        AppInfo fromOptions = AppInfo.forCommandLine(Optional.of(temp.resolve("opt-skills")),
                Optional.of(temp.resolve("opt-data")), env);
        assertThat(fromOptions.data()).isEqualTo(temp.resolve("opt-data"));
        assertThat(fromOptions.library()).isEqualTo(temp.resolve("opt-skills"));
    }

    @Test
    void theRealRuntimeIsDescribed() {
        AppInfo info = AppInfo.of(new AppDirectories(temp.resolve("c"), temp.resolve("d")), temp.resolve("s"));
        assertThat(info.java()).startsWith(Runtime.version().toString()).contains(System.getProperty("java.vendor"));
        assertThat(info.javaRuntime()).isEqualTo(Path.of(System.getProperty("java.home")));
        // Run from compiled classes, there is no jar manifest to read the version from.
        assertThat(info.version()).isEqualTo("dev");
    }
}
