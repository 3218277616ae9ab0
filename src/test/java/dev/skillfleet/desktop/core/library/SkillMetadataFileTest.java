package dev.skillfleet.desktop.core.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Skill Fleet's metadata.json read for display. */
class SkillMetadataFileTest {

    @TempDir
    Path skill;

    @Test
    void fieldsAreReadInFileOrderWithListsJoined() throws Exception {
        Files.writeString(skill.resolve("metadata.json"), """
                {"skill_id": "python/async", "version": "1.2.0", "type": "technical", "weight": 3,
                 "tags": ["python", "asyncio"], "dependencies": [], "extra": {"a": 1}}
                """);

        SkillMetadataFile.Result result = SkillMetadataFile.read(skill).orElseThrow();

        assertThat(result.problem()).isEmpty();
        assertThat(result.fields()).containsExactly(
                java.util.Map.entry("skill_id", "python/async"), java.util.Map.entry("version", "1.2.0"),
                java.util.Map.entry("type", "technical"), java.util.Map.entry("weight", "3"),
                java.util.Map.entry("tags", "python, asyncio"), java.util.Map.entry("dependencies", ""),
                java.util.Map.entry("extra", "{\"a\":1}"));
    }

    @Test
    void noFileGivesNothingAndABrokenFileGivesAProblemWithItsLine() throws Exception {
        assertThat(SkillMetadataFile.read(skill)).isEmpty();

        Files.writeString(skill.resolve("metadata.json"), "{\n  \"version\": \"1.0\",\n  oops\n}\n");
        SkillMetadataFile.Result broken = SkillMetadataFile.read(skill).orElseThrow();
        assertThat(broken.fields()).isEmpty();
        assertThat(broken.problem()).startsWith("metadata.json line 3 is not valid JSON");

        Files.writeString(skill.resolve("metadata.json"), "[1, 2]");
        assertThat(SkillMetadataFile.read(skill).orElseThrow().problem()).isEqualTo("metadata.json must hold a JSON object");
    }
}
