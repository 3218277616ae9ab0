package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AvailableSkillsXmlTest {

    @TempDir
    Path temp;

    @Test
    void theCorpusBecomesOneSortedEscapedEntryPerSkill() throws Exception {
        LibraryScan scan = new SkillLibrary(Corpus.mixedLibrary(temp.resolve("lib"))).scan();
        String xml = AvailableSkillsXml.render(scan);

        assertThat(xml).startsWith("<available_skills>\n  <skill>\n    <name>").endsWith("</available_skills>\n")
                .doesNotContain("<?xml");
        int expected = Corpus.ANTHROPIC_SKILLS + Corpus.TAXONOMY_SKILLS;
        // Two spaces per level: each skill opens and closes at two, its three elements sit at four.
        assertThat(xml.split("\n  <skill>\n    <name>", -1)).hasSize(expected + 1);
        assertThat(xml.split("</name>\n    <description>", -1)).hasSize(expected + 1);
        assertThat(xml.split("</description>\n    <location>", -1)).hasSize(expected + 1);
        assertThat(xml.split("</location>\n  </skill>\n", -1)).hasSize(expected + 1);

        Document doc = parse(xml);
        NodeList skills = doc.getDocumentElement().getElementsByTagName("skill");
        assertThat(skills.getLength()).isEqualTo(expected);
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < skills.getLength(); i++) {
            Element skill = (Element) skills.item(i);
            Path location = Path.of(text(skill, "location"));
            assertThat(location).isAbsolute().exists().hasFileName("SKILL.md");
            locations.add(location.getParent().toString());
            Skill loaded = scan.skills().stream().filter(s -> s.file().equals(location)).findFirst().orElseThrow();
            // What a parser reads back is exactly the skill's description: the escaping loses nothing.
            assertThat(text(skill, "name")).isEqualTo(loaded.name());
            assertThat(text(skill, "description")).isEqualTo(loaded.description());
        }
        assertThat(locations).isSorted();
        assertThat(xml).contains("<name>brand-guidelines</name>")
                .contains("Applies Anthropic&apos;s official brand colors");
    }

    @Test
    void skillsThatLoadWithErrorsAreListedButBrokenOnesAndDraftsAreNot() throws Exception {
        LibraryScan scan = new SkillLibrary(Corpus.mixedLibrary(temp.resolve("lib"))).scan();
        // The corpus's claude-api (over-long description) and template (name differs from folder) are invalid.
        assertThat(scan.invalidCount()).isGreaterThanOrEqualTo(2);
        assertThat(AvailableSkillsXml.render(scan)).contains("<name>claude-api</name>")
                .contains("<name>template-skill</name>");

        Path root = temp.resolve("small");
        Trees.writeSkill(root, "good-one");
        Path broken = Files.createDirectories(root.resolve("broken"));
        Files.writeString(broken.resolve("SKILL.md"), "---\nname: [unclosed\n---\n");
        Trees.writeSkill(root.resolve("_drafts/d1/python"), "draft-one");
        LibraryScan withDrafts = new SkillLibrary(root).scan(true);
        assertThat(withDrafts.skills()).hasSize(3);

        String xml = AvailableSkillsXml.render(withDrafts);

        assertThat(AvailableSkillsXml.included(withDrafts)).extracting(Skill::name).containsExactly("good-one");
        assertThat(AvailableSkillsXml.leftOut(withDrafts)).extracting(s -> s.dir().getFileName().toString())
                .containsExactly("broken");
        assertThat(xml).contains("good-one").doesNotContain("broken").doesNotContain("draft-one");
    }

    @Test
    void everySpecialCharacterIsEscaped() throws Exception {
        Path root = temp.resolve("lib");
        Path dir = Files.createDirectories(root.resolve("quoting"));
        Files.writeString(dir.resolve("SKILL.md"), """
                ---
                name: quoting
                description: "Use when <tags> & \\"quotes\\" or 'apostrophes' > appear; control \\x01 is dropped"
                ---
                body
                """);

        String xml = AvailableSkillsXml.render(new SkillLibrary(root).scan());

        assertThat(xml).contains("    <description>Use when &lt;tags&gt; &amp; &quot;quotes&quot; or "
                + "&apos;apostrophes&apos; &gt; appear; control  is dropped</description>\n");
        assertThat(text((Element) parse(xml).getElementsByTagName("skill").item(0), "description"))
                .isEqualTo("Use when <tags> & \"quotes\" or 'apostrophes' > appear; control  is dropped");
        assertThat(AvailableSkillsXml.escape("a&b<c>d\"e'f é 😀")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&apos;f é 😀");
    }

    @Test
    void anEmptyLibraryIsAnEmptyCatalogue() throws Exception {
        Path root = Files.createDirectories(temp.resolve("empty"));
        assertThat(AvailableSkillsXml.render(new SkillLibrary(root).scan()))
                .isEqualTo("<available_skills>\n</available_skills>\n");
    }

    @Test
    void writeReplacesTheFileWholeAndLeavesNoTempFile() throws Exception {
        LibraryScan scan = new SkillLibrary(Corpus.mixedLibrary(temp.resolve("lib"))).scan();
        Path out = temp.resolve("out/skills.xml");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old content that is much longer than nothing at all");

        AvailableSkillsXml.write(scan, out);

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(AvailableSkillsXml.render(scan));
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element skill, String tag) {
        return skill.getElementsByTagName(tag).item(0).getTextContent();
    }
}
