package dev.skillfleet.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar, run the way the README says: {@code java -jar target/skill-fleet-desktop.jar ...}. */
class PackagedJarIT {

    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {
    }

    private Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "target/skill-fleet-desktop.jar"));
        assertThat(jar).as("run mvn package first").exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HOME", temp.resolve("home").toString());
        builder.environment().remove("SKILL_FLEET_SKILLS_ROOT");
        // chat saves its turns: into the test's folder, never the user's real conversations.
        builder.environment().put("SKILL_FLEET_DATA", temp.resolve("data").toString());
        builder.environment().remove("DISPLAY");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void intentPrintsIntentAndConfidence() throws Exception {
        Result result = run(List.of(), "intent", "Create a Redis caching skill");
        assertThat(result.exit()).isZero();
        assertThat(result.out().strip()).matches("CREATE_SKILL 0\\.\\d\\d");
    }

    @Test
    void chatRunsHeadlessAndNeverLoadsTheToolkit() throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("library"));
        Result result = run(List.of("-verbose:class"), "chat", "--offline", "--library", library.toString(),
                "--format", "jsonl", "Create a Redis caching skill");

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines().filter(l -> l.contains("javafx.") || l.contains("com.sun.glass")))
                .as("no JavaFX class is loaded by a headless command").isEmpty();
        List<JsonNode> events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : result.out().lines().filter(l -> l.startsWith("{")).toList()) {
            events.add(json.readTree(line));
        }
        JsonNode complete = events.getLast();
        assertThat(complete.get("type").asText()).isEqualTo("complete");
        assertThat(complete.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(Path.of(complete.get("draft").asText())).exists();
    }

    @Test
    void versionPrintsTheManifestVersionAndNeverLoadsTheToolkit() throws Exception {
        Path jar = Path.of(System.getProperty("app.jar", "target/skill-fleet-desktop.jar"));
        String manifestVersion;
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            manifestVersion = file.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
        assertThat(manifestVersion).as("the jar's Implementation-Version").isNotBlank();

        Result result = run(List.of("-verbose:class"), "--version");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Skill Fleet Desktop " + manifestVersion + System.lineSeparator())
                .contains("Java:").contains("Data:").contains(temp.resolve("data").toString());
        assertThat(result.out().lines().filter(l -> l.contains("javafx.") || l.contains("com.sun.glass")))
                .as("no JavaFX class is loaded by --version").isEmpty();
    }

    @Test
    void theDefaultLibraryIsCreatedUnderTheHomeFolder() throws Exception {
        Result result = run(List.of("-Duser.home=" + temp.resolve("home")), "chat", "What skills exist?");
        assertThat(result.exit()).isZero();
        assertThat(temp.resolve("home/SkillFleet/skills")).isDirectory();
        assertThat(result.out()).contains("no skills yet");
    }

    @Test
    void exitCodesFollowTheContract() throws Exception {
        assertThat(run(List.of(), "chat").exit()).isEqualTo(2);
        assertThat(run(List.of(), "chat", "--help").exit()).isZero();
        Path blocked = Files.createDirectories(temp.resolve("blocked"));
        Files.writeString(blocked.resolve("_drafts"), "in the way");
        assertThat(run(List.of(), "chat", "--library", blocked.toString(), "Create a Redis caching skill").exit())
                .isEqualTo(1);
    }

    @Test
    void nonAsciiTextSurvivesWhateverTheLocale() throws Exception {
        Result result = run(List.of("-Dstdout.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII"), "chat",
                "--library", temp.resolve("lib").toString(), "--format", "jsonl", "Do I have anything about café?");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("café");
    }
}
