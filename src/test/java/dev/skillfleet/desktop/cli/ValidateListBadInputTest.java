package dev.skillfleet.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "bad input" list of skill-format.md and the brief, through the commands: each bad skill is one result with an
 * error naming the field and (where there is one) the line, the scan goes on past it, nothing crashes or hangs, and
 * nothing is written.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ValidateListBadInputTest {

    private static final String GOOD = "---\nname: good-one\ndescription: Reads PDFs. Use when asked about PDFs.\n"
            + "---\n# Good\n\n## When to Use\n- PDFs\n";

    @TempDir
    Path temp;

    private Path root;

    @BeforeEach
    void badLibrary() throws IOException {
        root = Files.createDirectories(temp.resolve("library"));
        write("python/good-one", GOOD.getBytes(StandardCharsets.UTF_8));
        write("python/bad-yaml", "---\nname: bad-yaml\ndescription: [unclosed\nlicense: x\n---\n"
                .getBytes(StandardCharsets.UTF_8));
        write("python/no-frontmatter", "# Just a README\n".getBytes(StandardCharsets.UTF_8));
        write("python/binary", new byte[] {'-', '-', '-', '\n', (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        write("python/latin1", "---\nname: latin1\ndescription: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        Path huge = Files.createDirectories(root.resolve("python/huge"));
        try (RandomAccessFile f = new RandomAccessFile(huge.resolve("SKILL.md").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: cheap to make, 50 MB to anyone who reads it
        }
        Path dangling = Files.createDirectories(root.resolve("python/dangling"));
        Files.createSymbolicLink(dangling.resolve("SKILL.md"), dangling.resolve("gone.md"));
        Path loop = Files.createDirectories(root.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("again"), loop);
        Files.createSymbolicLink(loop.resolve("up"), root);
        Files.createSymbolicLink(root.resolve("self"), root);
    }

    private void write(String folder, byte[] skillMd) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        Files.write(dir.resolve("SKILL.md"), skillMd);
    }

    private static Map<String, JsonNode> byFolder(List<JsonNode> lines) {
        return lines.stream().collect(Collectors.toMap(l -> Path.of(l.get("path").asText()).getFileName().toString(),
                Function.identity()));
    }

    private static List<String> errors(JsonNode line) {
        List<String> errors = new ArrayList<>();
        line.get("errors").forEach(e -> errors.add(e.asText()));
        return errors;
    }

    @Test
    void validateLibraryReportsEachBadSkillAndGoesOn() throws IOException {
        Map<Path, Long> before = ValidateListCommandTest.snapshot(temp);

        CliRun run = CliRun.of("validate", "--library", root.toString(), "--format", "jsonl");

        assertThat(run.exit()).isEqualTo(1);
        Map<String, JsonNode> results = byFolder(run.jsonLines());
        assertThat(results.keySet()).containsExactlyInAnyOrder("good-one", "bad-yaml", "no-frontmatter", "binary",
                "latin1", "huge", "dangling");
        assertThat(results.get("good-one").get("valid").asBoolean()).isTrue();
        assertThat(errors(results.get("bad-yaml"))).singleElement().asString()
                .startsWith("frontmatter (line 4): the frontmatter is not valid YAML");
        assertThat(errors(results.get("no-frontmatter"))).singleElement().asString()
                .startsWith("frontmatter (line 1): SKILL.md must start with a \"---\" line");
        assertThat(errors(results.get("binary"))).containsExactly(
                "SKILL.md (line 2): SKILL.md is a binary file (it contains NUL bytes), not Markdown text");
        assertThat(errors(results.get("latin1"))).singleElement().asString()
                .startsWith("SKILL.md (line 3): SKILL.md is not valid UTF-8 text");
        assertThat(errors(results.get("huge")))
                .containsExactly("SKILL.md: SKILL.md is 50 MB; files over 5 MB are not read as skills");
        assertThat(errors(results.get("dangling")))
                .containsExactly("SKILL.md: SKILL.md is a link to a file that does not exist");
        assertThat(results.values()).allSatisfy(r -> assertThat(r.get("name").asText()).isNotBlank());
        assertThat(ValidateListCommandTest.snapshot(temp)).isEqualTo(before);
    }

    @Test
    void listShowsBadSkillsAsInvalidUnderTheirFolderNames() throws IOException {
        Map<Path, Long> before = ValidateListCommandTest.snapshot(temp);

        CliRun run = CliRun.of("list", "--library", root.toString(), "--format", "jsonl");

        assertThat(run.exit()).isZero();
        Map<String, JsonNode> skills = byFolder(run.jsonLines());
        assertThat(skills).hasSize(7);
        skills.forEach((folder, skill) -> {
            assertThat(skill.get("valid").asBoolean()).as(folder).isEqualTo(folder.equals("good-one"));
            assertThat(skill.get("name").asText()).isEqualTo(folder);
            assertThat(skill.get("category").asText()).isEqualTo("python");
        });
        assertThat(CliRun.of("list", "--library", root.toString()).out().lines()).hasSize(7);
        assertThat(ValidateListCommandTest.snapshot(temp)).isEqualTo(before);
    }

    @Test
    void validatePathsGiveTheSameErrorsOneByOne() {
        CliRun run = CliRun.of("validate", "--format", "jsonl", root.resolve("python/huge").toString(),
                root.resolve("python/binary/SKILL.md").toString(), root.resolve("loop/again/again").toString(),
                root.resolve("python/good-one").toString());

        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(4);
        assertThat(errors(lines.get(0))).singleElement().asString().contains("50 MB");
        assertThat(errors(lines.get(1))).singleElement().asString().contains("binary file");
        assertThat(errors(lines.get(2))).containsExactly("SKILL.md: the folder \"again\" has no SKILL.md file");
        assertThat(lines.get(3).get("valid").asBoolean()).isTrue();
    }

    @Test
    void anUnreadableSkillFolderIsAnErrorForThatPathAndTheScanGoesOn() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root reads everything").isNotEqualTo("root");
        Path locked = Files.createDirectories(root.resolve("python/locked"));
        Files.writeString(locked.resolve("SKILL.md"), GOOD.replace("good-one", "locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            CliRun one = CliRun.of("validate", "--format", "jsonl", locked.toString());
            assertThat(one.exit()).isEqualTo(1);
            assertThat(errors(one.jsonLines().getFirst())).singleElement().asString()
                    .isEqualTo("SKILL.md: the folder \"locked\" could not be read (permission denied), so its skills, "
                            + "if any, cannot be checked");

            CliRun all = CliRun.of("validate", "--library", root.toString(), "--format", "jsonl");
            assertThat(all.exit()).isEqualTo(1);
            assertThat(byFolder(all.jsonLines())).containsKey("good-one").containsKey("locked");
            assertThat(CliRun.of("list", "--library", root.toString()).exit()).isZero();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
