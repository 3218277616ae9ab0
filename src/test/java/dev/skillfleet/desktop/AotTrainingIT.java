package dev.skillfleet.desktop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installer build's AOT training start ({@code -Dskillfleet.aot.training=true}, run by packaging/Package.java on
 * the build machine), run from the packaged jar: it must get the window ready and exit 0, and it must never read or
 * write the user's folders: not the home folder, not the XDG folders, not the folders the environment variables
 * name, and it must leave nothing behind in the temp folder.
 */
class AotTrainingIT {

    @TempDir
    Path temp;

    @Test
    void trainingRunsItsScriptOnThrowawayFoldersAndExits() throws Exception {
        Path jar = Path.of(System.getProperty("app.jar", "target/skill-fleet-desktop.jar"));
        assertThat(jar).as("run mvn package first").exists();
        Path home = Files.createDirectories(temp.resolve("home"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp, "-Dskillfleet.aot.training=true",
                "-jar", jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(Map.of("HOME", home.toString(),
                "XDG_CONFIG_HOME", temp.resolve("xdg-config").toString(),
                "XDG_DATA_HOME", temp.resolve("xdg-data").toString(),
                "SKILL_FLEET_DATA", temp.resolve("env-data").toString(),
                "SKILL_FLEET_SKILLS_ROOT", temp.resolve("env-skills").toString()));
        builder.environment().remove("DISPLAY");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("finished").isTrue();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(stdout + stderr).isZero();
        assertThat(stdout).contains("aot-training done");
        assertThat(stderr).as("the window got ready in time").doesNotContain("aot-training:");
        try (Stream<Path> homeFiles = Files.list(home)) {
            assertThat(homeFiles).as("nothing in the user's home").isEmpty();
        }
        assertThat(temp.resolve("xdg-config")).doesNotExist();
        assertThat(temp.resolve("xdg-data")).doesNotExist();
        assertThat(temp.resolve("env-data")).doesNotExist();
        assertThat(temp.resolve("env-skills")).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("skill-fleet-aot")))
                    .as("the training folder is removed at exit").isEmpty();
        }
    }
}
