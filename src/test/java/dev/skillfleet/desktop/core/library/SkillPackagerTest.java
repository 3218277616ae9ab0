package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkillPackagerTest {

    @TempDir
    Path temp;

    private final SkillPackager packager = new SkillPackager();

    @Test
    void theFolderItselfIsAtTheZipRootWithEveryFileAndNoJunk() throws Exception {
        Path skill = Corpus.copy(Corpus.source().resolve("anthropic-skills/skill-creator"), temp.resolve("skill-creator"));
        List<String> expected = relativeFiles(skill);
        Files.createDirectories(skill.resolve("scripts/__pycache__"));
        Files.writeString(skill.resolve("scripts/__pycache__/utils.cpython-312.pyc"), "bytecode");
        Files.writeString(skill.resolve("scripts/stray.pyc"), "bytecode");
        Files.writeString(skill.resolve(".DS_Store"), "finder");
        Files.createDirectories(skill.resolve("eval-viewer/node_modules/left-pad"));
        Files.writeString(skill.resolve("eval-viewer/node_modules/left-pad/index.js"), "module.exports = 1");
        Files.createDirectories(skill.resolve("evals"));
        Files.writeString(skill.resolve("evals/evals.json"), "[]");
        Files.createDirectories(skill.resolve("references/evals"));
        Files.writeString(skill.resolve("references/evals/keep.md"), "nested evals are content");
        Path out = temp.resolve("dist/skill-creator.skill");

        PackageResult result = packager.pack(skill, out);

        Map<String, ZipEntry> entries = entries(out);
        List<String> expectedEntries = new ArrayList<>(expected);
        expectedEntries.add("references/evals/keep.md");
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(
                expectedEntries.stream().map(p -> "skill-creator/" + p).toList());
        assertThat(entries).containsKey("skill-creator/SKILL.md").containsKey("skill-creator/scripts/package_skill.py");
        assertThat(result.leftOut()).containsExactlyInAnyOrder(".DS_Store", "eval-viewer/node_modules/", "evals/",
                "scripts/__pycache__/", "scripts/stray.pyc");
        assertThat(result.entries()).isEqualTo(expectedEntries.size());
        assertThat(result.bytes()).isEqualTo(Files.size(out));
        assertThat(result.linksLeftOut()).isEmpty();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("skill-creator/SKILL.md")).readAllBytes()))
                    .isEqualTo(Files.readString(skill.resolve("SKILL.md")));
        }
        try (Stream<Path> dist = Files.list(out.getParent())) {
            assertThat(dist).containsExactly(out); // no temp file left beside it
        }
    }

    @Test
    void anInvalidSkillIsRefusedWithItsErrorsAndNothingIsWritten() throws Exception {
        // The corpus's "template" folder holds a skill named template-skill: the name must match the folder.
        Path skill = Corpus.copy(Corpus.source().resolve("anthropic-skills/template"), temp.resolve("template"));
        Path out = temp.resolve("dist/template.skill");

        assertThatThrownBy(() -> packager.pack(skill, out))
                .isInstanceOfSatisfying(SkillRefusedException.class, e -> {
                    assertThat(e.refusal().reason()).isEqualTo(Refusal.Reason.INVALID);
                    assertThat(e.refusal().message()).startsWith("Cannot package template: it is not a valid skill");
                    assertThat(e.refusal().details()).anySatisfy(d -> assertThat(d).startsWith("ERROR name (line 2)"));
                    assertThat(e.refusal().report().valid()).isFalse();
                });
        assertThat(temp.resolve("dist")).doesNotExist();
    }

    @Test
    void linksAreLeftOutAndListedAndALinkedSkillMdIsRefused() throws Exception {
        Path skill = Trees.writeSkill(temp, "pdf-tools");
        Path outside = Files.writeString(temp.resolve("secret.txt"), "not part of the skill");
        Files.createSymbolicLink(skill.resolve("secret.txt"), outside);
        Files.createDirectories(skill.resolve("scripts"));
        Files.createSymbolicLink(skill.resolve("scripts/elsewhere"), temp);

        PackageResult result = packager.pack(skill, temp.resolve("pdf-tools.skill"));

        assertThat(entries(result.file()).keySet()).containsExactly("pdf-tools/SKILL.md");
        assertThat(result.linksLeftOut()).containsExactly("scripts/elsewhere", "secret.txt");

        Path linked = Files.createDirectories(temp.resolve("linked/pdf-tools"));
        Files.createSymbolicLink(linked.resolve("SKILL.md"), skill.resolve("SKILL.md"));
        assertThatThrownBy(() -> packager.pack(linked, temp.resolve("linked.skill")))
                .isInstanceOfSatisfying(SkillRefusedException.class,
                        e -> assertThat(e.refusal().reason()).isEqualTo(Refusal.Reason.UNSAFE))
                .hasMessageContaining("SKILL.md is a symbolic link");
        assertThat(temp.resolve("linked.skill")).doesNotExist();
    }

    @Test
    void scriptsKeepTheirExecutableBitInTheZip() throws Exception {
        Path skill = Trees.writeSkill(temp, "pdf-tools");
        Path script = Files.writeString(Files.createDirectories(skill.resolve("scripts")).resolve("run.sh"), "echo hi");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path out = temp.resolve("pdf-tools.skill");

        packager.pack(skill, out);

        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.READ)) {
            Map<String, Integer> modes = ZipDirectory.read(channel, 100).stream()
                    .collect(Collectors.toMap(ZipDirectory.Record::name, ZipDirectory.Record::unixMode));
            assertThat(modes).containsEntry("pdf-tools/scripts/run.sh", 0100755)
                    .containsEntry("pdf-tools/SKILL.md", 0100644);
        }
        // java.util.zip still reads it: the patched fields are outside every checksum.
        assertThat(entries(out)).hasSize(2);
    }

    @Test
    void packagingIntoTheSkillsOwnFolderDoesNotPackageThePackage() throws Exception {
        Path skill = Trees.writeSkill(temp, "pdf-tools");
        Path out = skill.resolve("pdf-tools.skill");
        Files.writeString(out, "an older package");

        PackageResult result = packager.pack(skill, out);

        assertThat(entries(out).keySet()).containsExactly("pdf-tools/SKILL.md");
        assertThat(result.entries()).isEqualTo(1);
    }

    @Test
    void aMissingFolderIsRefusedPlainly() {
        assertThatThrownBy(() -> packager.pack(temp.resolve("nope"), temp.resolve("x.skill")))
                .isInstanceOfSatisfying(SkillRefusedException.class,
                        e -> assertThat(e.refusal().reason()).isEqualTo(Refusal.Reason.BAD_INPUT))
                .hasMessageContaining("no skill folder there");
        assertThat(temp.resolve("x.skill")).doesNotExist();
    }

    static Map<String, ZipEntry> entries(Path zipFile) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            List<ZipEntry> list = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                list.add(e.nextElement());
            }
            return list.stream().collect(Collectors.toMap(ZipEntry::getName, Function.identity()));
        }
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
