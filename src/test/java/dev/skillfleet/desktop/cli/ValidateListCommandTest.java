package dev.skillfleet.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} and {@code list} over the real corpus, in-process. */
class ValidateListCommandTest {

    @TempDir
    Path temp;

    private Path library;

    @BeforeEach
    void copyCorpus() {
        library = Corpus.mixedLibrary(temp.resolve("lib"));
    }

    private static Map<String, JsonNode> byName(List<JsonNode> lines) {
        return lines.stream().collect(Collectors.toMap(j -> j.get("name").asText(), Function.identity()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    // --- validate --library

    @Test
    void validateLibraryFindsTheTwoInvalidCorpusSkillsAndExitsOne() {
        CliRun run = CliRun.of("validate", "--library", library.toString(), "--format", "jsonl");

        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(Corpus.ANTHROPIC_SKILLS + Corpus.TAXONOMY_SKILLS);
        for (JsonNode line : lines) {
            assertThat(line.properties()).extracting(Map.Entry::getKey)
                    .containsExactly("path", "name", "valid", "errors", "warnings");
            assertThat(Path.of(line.get("path").asText())).isAbsolute().startsWith(library);
        }
        Map<String, JsonNode> skills = byName(lines);
        assertThat(lines.stream().filter(l -> !l.get("valid").asBoolean()).map(l -> l.get("name").asText()))
                .containsExactlyInAnyOrder("claude-api", "template-skill");

        JsonNode claudeApi = skills.get("claude-api");
        assertThat(texts(claudeApi.get("errors"))).singleElement().asString()
                .matches("description \\(line 3\\): description is \\d{4} characters long; the limit is 1024");
        JsonNode template = skills.get("template-skill");
        assertThat(template.get("path").asText()).isEqualTo(library.resolve("template").toString());
        assertThat(texts(template.get("errors"))).containsExactly(
                "name (line 2): name \"template-skill\" must match the folder name \"template\"");
        assertThat(texts(template.get("warnings"))).allSatisfy(w -> assertThat(w).matches("^[\\w/.-]+( \\(line \\d+\\))?: .+"));
        assertThat(skills.get("dspy-basics").get("valid").asBoolean()).isTrue();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateTextPrintsABlockPerSkillAndASummary() {
        CliRun run = CliRun.of("validate", "--library", library.toString());

        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        int template = lines.indexOf("\u2717 template-skill  " + library.resolve("template"));
        assertThat(template).isNotNegative();
        assertThat(lines.get(template + 1))
                .isEqualTo("    error:   name (line 2): name \"template-skill\" must match the folder name \"template\"");
        assertThat(lines).contains("\u2713 dspy-basics  " + library.resolve("dspy/dspy-basics"));
        assertThat(lines.getLast()).matches("21 skills: 19 valid, 2 invalid \\(2 errors, \\d+ warnings\\)");
    }

    @Test
    void draftsAreValidatedOnlyWhenAsked() {
        Path draft = Corpus.copy(library.resolve("skill-creator"), library.resolve("_drafts/d1/python/skill-creator"));

        List<JsonNode> published = CliRun.of("validate", "--library", library.toString(), "--format", "jsonl")
                .jsonLines();
        List<JsonNode> withDrafts = CliRun.of("validate", "--library", library.toString(), "--drafts",
                "--format", "jsonl").jsonLines();

        assertThat(published).hasSize(21).noneMatch(l -> l.get("path").asText().contains("_drafts"));
        assertThat(withDrafts).hasSize(22).anyMatch(l -> l.get("path").asText().equals(draft.toString()));
    }

    // --- validate PATH...

    @Test
    void validatePathsGivesOneResultPerPathInOrderWithPathsAsGiven() throws IOException {
        Files.createDirectories(temp.resolve("empty-skill"));
        String[] paths = {library.resolve("skill-creator").toString(), library.resolve("template/SKILL.md").toString(),
                library.resolve("claude-api").toString(), temp.resolve("nowhere").toString(),
                temp.resolve("empty-skill").toString()};

        CliRun run = CliRun.of(concat("validate", "--format", "jsonl", paths));

        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).extracting(l -> l.get("path").asText()).containsExactly(paths);
        assertThat(lines).extracting(l -> l.get("valid").asBoolean()).containsExactly(true, false, false, false, false);
        assertThat(lines.get(1).get("name").asText()).isEqualTo("template-skill");
        assertThat(texts(lines.get(3).get("errors"))).singleElement().asString()
                .startsWith("SKILL.md: the folder").endsWith("does not exist");
        assertThat(texts(lines.get(4).get("errors")))
                .containsExactly("SKILL.md: the folder \"empty-skill\" has no SKILL.md file");
        assertThat(lines.get(4).get("name").asText()).isEqualTo("empty-skill");
    }

    @Test
    void validatePathsThatAreAllValidExitsZero() throws IOException {
        Path lower = Files.createDirectories(temp.resolve("pdf-tools"));
        Files.writeString(lower.resolve("skill.md"), "---\nname: pdf-tools\ndescription: Reads PDFs. Use when asked."
                + "\n---\n# PDF\n\n## When to Use\n- PDFs\n");

        CliRun run = CliRun.of("validate", library.resolve("dspy/dspy-basics").toString(),
                lower.resolve("skill.md").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\u2713 dspy-basics  " + library.resolve("dspy/dspy-basics"))
                .contains("\u2713 pdf-tools  " + lower.resolve("skill.md"))
                .endsWith("2 skills: 2 valid, 0 invalid (0 errors, 0 warnings)\n");
    }

    @Test
    void relativePathsArePrintedAsTyped() {
        String relative = Path.of("").toAbsolutePath().relativize(library.resolve("template")).toString();

        CliRun run = CliRun.of("validate", "--format", "jsonl", relative);

        assertThat(run.jsonLines()).singleElement().satisfies(l -> {
            assertThat(l.get("path").asText()).isEqualTo(relative);
            assertThat(l.get("valid").asBoolean()).isFalse();
        });
    }

    // --- list

    @Test
    void listJsonlHasOneObjectPerSkillWithItsFiveFields() {
        CliRun run = CliRun.of("list", "--library", library.toString(), "--format", "jsonl");

        assertThat(run.exit()).isZero();
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(21);
        for (JsonNode line : lines) {
            assertThat(line.properties()).extracting(Map.Entry::getKey)
                    .containsExactly("path", "name", "description", "category", "valid");
        }
        assertThat(lines).extracting(l -> l.get("path").asText()).isSorted();
        Map<String, JsonNode> skills = byName(lines);
        assertThat(skills.get("claude-api").get("valid").asBoolean()).isFalse();
        assertThat(skills.get("claude-api").get("description").asText()).hasSizeGreaterThan(1024);
        assertThat(skills.get("template-skill").get("valid").asBoolean()).isFalse();
        assertThat(skills.get("template-skill").get("path").asText()).isEqualTo(library.resolve("template").toString());
        assertThat(skills.get("dspy-basics").get("category").asText()).isEqualTo("dspy");
        assertThat(skills.get("skill-creator").get("category").asText()).isEmpty();
        assertThat(skills.values()).filteredOn(l -> l.get("valid").asBoolean()).hasSize(19);
    }

    @Test
    void listTextIsAlignedColumnsWithShortenedDescriptions() {
        CliRun run = CliRun.of("list", "--library", library.toString());

        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(21);
        int markColumn = lines.getFirst().indexOf('\u2713');
        assertThat(lines).allSatisfy(l -> assertThat(l.charAt(markColumn)).isIn('\u2713', '\u2717'));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dspy/dspy-basics ").contains("\u2713  Core DSPy"));
        String claudeApi = lines.stream().filter(l -> l.startsWith("claude-api ")).findFirst().orElseThrow();
        assertThat(claudeApi.charAt(markColumn)).isEqualTo('\u2717');
        String description = claudeApi.substring(markColumn + 3);
        assertThat(description).startsWith("Reference for the Claude API").endsWith("\u2026");
        assertThat(description.codePointCount(0, description.length())).isBetween(ListCommand.DESCRIPTION_WIDTH - 5,
                ListCommand.DESCRIPTION_WIDTH);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("template-skill ").contains("\u2717"));
    }

    @Test
    void listShowsDraftsOnlyWhenAsked() {
        Corpus.copy(library.resolve("skill-creator"), library.resolve("_drafts/d1/python/skill-creator"));

        assertThat(CliRun.of("list", "--library", library.toString()).out().lines()).hasSize(21);
        CliRun drafts = CliRun.of("list", "--library", library.toString(), "--drafts");
        assertThat(drafts.out().lines()).hasSize(22)
                .anySatisfy(l -> assertThat(l).startsWith("python/skill-creator (draft) "));
    }

    @Test
    void anEmptyLibraryListsNothing() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        CliRun list = CliRun.of("list", "--library", empty.toString());
        CliRun validate = CliRun.of("validate", "--library", empty.toString());

        assertThat(list.exit()).isZero();
        assertThat(list.out()).isEmpty();
        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).isEqualTo("0 skills: 0 valid, 0 invalid (0 errors, 0 warnings)\n");
    }

    // --- usage

    @Test
    void aMissingOrUnusableLibraryIsExitTwoWithAClearMessage() throws IOException {
        Path missing = temp.resolve("no/such/library");
        Path file = Files.writeString(temp.resolve("a-file"), "x");

        for (String command : List.of("list", "validate")) {
            CliRun gone = CliRun.of(command, "--library", missing.toString());
            assertThat(gone.exit()).as(command).isEqualTo(2);
            assertThat(gone.err()).isEqualTo("error: the skill library " + missing + " does not exist\n");
            assertThat(gone.out()).isEmpty();
            assertThat(missing).doesNotExist();

            CliRun notAFolder = CliRun.of(command, "--library", file.toString());
            assertThat(notAFolder.exit()).isEqualTo(2);
            assertThat(notAFolder.err()).contains("is a file, not a folder");
        }
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(CliRun.of("validate").exit()).as("nothing to validate").isEqualTo(2);
        assertThat(CliRun.of("validate").err()).contains("give at least one PATH, or --library ROOT");
        assertThat(CliRun.of("validate", "--library", library.toString(), "x").err()).contains("not both");
        assertThat(CliRun.of("validate", "--library", library.toString(), "x").exit()).isEqualTo(2);
        assertThat(CliRun.of("validate", "--drafts", "x").exit()).isEqualTo(2);
        assertThat(CliRun.of("validate", "--format", "xml", "x").exit()).isEqualTo(2);
        assertThat(CliRun.of("list", "--library", library.toString(), "--format", "csv").exit()).isEqualTo(2);
        assertThat(CliRun.of("list", "--library", library.toString(), "extra").exit()).isEqualTo(2);
    }

    @Test
    void bothCommandsHaveHelpAndAreListedAtTheRoot() {
        for (String command : List.of("validate", "list")) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("Usage:").contains(command).contains("--format").contains("Exit codes");
            assertThat(help.openedWindow()).isFalse();
        }
        assertThat(CliRun.of("--help").out()).contains("validate").contains("list");
    }

    @Test
    void neitherCommandWritesAnything() throws IOException {
        Map<Path, Long> before = snapshot(temp);

        CliRun.of("validate", "--library", library.toString(), "--drafts");
        CliRun.of("validate", library.resolve("template").toString(), temp.resolve("nowhere").toString());
        CliRun.of("list", "--library", library.toString(), "--drafts", "--format", "jsonl");
        CliRun.of("list", "--library", temp.resolve("missing").toString());

        assertThat(snapshot(temp)).isEqualTo(before);
    }

    /** Every path under {@code root} with its size and modification time folded together. */
    static Map<Path, Long> snapshot(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.collect(Collectors.toMap(p -> p, p -> {
                try {
                    return Files.isDirectory(p) ? Files.getLastModifiedTime(p).toMillis()
                            : Files.size(p) * 31 + Files.getLastModifiedTime(p).toMillis();
                } catch (IOException e) {
                    return -1L;
                }
            }));
        }
    }

    private static String[] concat(String a, String b, String c, String... rest) {
        List<String> all = new ArrayList<>(List.of(a, b, c));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
