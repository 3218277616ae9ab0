package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkillImporterTest {

    @TempDir
    Path temp;

    private Path root;
    private final SkillImporter importer = new SkillImporter();

    @BeforeEach
    void library() throws Exception {
        root = Files.createDirectories(temp.resolve("library"));
        Trees.writeSkill(root.resolve("python"), "existing-skill");
    }

    @Test
    void aPackageRoundTripsIntoAnotherLibrary() throws Exception {
        Path source = Corpus.copy(Corpus.source().resolve("skill-fleet-taxonomy/dspy/dspy-basics"),
                temp.resolve("src/dspy-basics"));
        Path script = Files.writeString(Files.createDirectories(source.resolve("scripts")).resolve("run.sh"), "echo");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path pkg = new SkillPackager().pack(source, temp.resolve("dspy-basics.skill")).file();

        ImportPlan plan = importer.plan(pkg, root, "dspy");

        assertThat(plan.safe()).isTrue();
        assertThat(plan.valid()).isTrue();
        assertThat(plan.nameClash()).isFalse();
        assertThat(plan.skillName()).isEqualTo("dspy-basics");
        assertThat(plan.target()).isEqualTo(root.resolve("dspy/dspy-basics"));
        assertThat(plan.refusal(false, false)).isEmpty();

        ImportResult result = importer.apply(plan, false);

        assertThat(result.target()).isEqualTo(root.resolve("dspy/dspy-basics"));
        assertThat(Trees.snapshot(result.target())).isEqualTo(Trees.snapshot(source));
        assertThat(Files.readString(result.target().resolve("SKILL.md")))
                .isEqualTo(Files.readString(source.resolve("SKILL.md")));
        assertThat(Files.getPosixFilePermissions(result.target().resolve("scripts/run.sh")))
                .contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.getPosixFilePermissions(result.target().resolve("SKILL.md")))
                .doesNotContain(PosixFilePermission.OWNER_EXECUTE);
        assertThat(result.replaced()).isFalse();
        assertNoStagingLeft();
        Skill imported = new SkillLibrary(root).scan().skills().stream()
                .filter(s -> s.name().equals("dspy-basics")).findFirst().orElseThrow();
        assertThat(imported.category()).isEqualTo("dspy");
        assertThat(imported.valid()).isTrue();
    }

    @Test
    void aFolderIsImportedWithoutItsJunk() throws Exception {
        Path source = Trees.writeSkill(temp.resolve("src"), "pdf-tools");
        Files.writeString(Files.createDirectories(source.resolve("references")).resolve("api.md"), "# API");
        Files.writeString(Files.createDirectories(source.resolve("__pycache__")).resolve("x.pyc"), "junk");
        Files.writeString(source.resolve(".DS_Store"), "junk");

        ImportPlan plan = importer.plan(source, root, "");
        ImportResult result = importer.apply(plan, false);

        assertThat(result.target()).isEqualTo(root.resolve("pdf-tools"));
        assertThat(Trees.snapshot(result.target()).keySet()).containsExactly("", "SKILL.md", "references",
                "references/api.md");
        assertThat(result.leftOut()).containsExactlyInAnyOrder("__pycache__/", ".DS_Store");
        assertThat(result.files()).isEqualTo(2);
        assertThat(source.resolve("references/api.md")).exists(); // the source is copied, not moved
    }

    @Test
    void aDotDotEntryRefusesTheWholeImportAndWritesNothing() throws Exception {
        Path zip = zip("evil.zip", Map.of("pdf-tools/SKILL.md", Trees.validSkill("pdf-tools"),
                "pdf-tools/../../evil.sh", "rm -rf ~"));
        Map<String, Long> before = Trees.snapshot(temp);

        ImportPlan plan = importer.plan(zip, root, "");

        assertThat(plan.safe()).isFalse();
        assertThat(plan.refusedEntries()).extracting(ImportPlan.RefusedEntry::entry)
                .containsExactly("pdf-tools/../../evil.sh");
        assertRefused(plan, Refusal.Reason.UNSAFE,
                "Cannot import evil.zip: entry pdf-tools/../../evil.sh would be written outside the skill folder");
        assertThat(Trees.snapshot(temp)).isEqualTo(before);
    }

    @Test
    void absolutePathsDriveLettersAndBackslashesAreEachNamed() throws Exception {
        Path zip = zip("many.zip", Map.of("pdf-tools/SKILL.md", Trees.validSkill("pdf-tools"),
                "/etc/cron.d/evil", "x", "C:/Windows/evil.bat", "x", "pdf-tools\\..\\..\\evil.txt", "x"));
        Map<String, Long> before = Trees.snapshot(temp);

        ImportPlan plan = importer.plan(zip, root, "");

        assertThat(plan.refusedEntries()).extracting(ImportPlan.RefusedEntry::toString).containsExactlyInAnyOrder(
                "entry /etc/cron.d/evil is an absolute path",
                "entry C:/Windows/evil.bat starts with a drive letter",
                "entry pdf-tools\\..\\..\\evil.txt uses backslashes (\\), which Windows reads as folder separators");
        assertThatThrownBy(() -> importer.apply(plan, true, true))
                .isInstanceOfSatisfying(SkillRefusedException.class, e -> {
                    assertThat(e.refusal().reason()).isEqualTo(Refusal.Reason.UNSAFE);
                    assertThat(e.getMessage()).startsWith("Cannot import many.zip: 3 entries are unsafe")
                            .contains("entry /etc/cron.d/evil is an absolute path");
                });
        assertThat(Trees.snapshot(temp)).isEqualTo(before);
    }

    @Test
    void aSymbolicLinkEntryInAZipIsRefused() throws Exception {
        Path zip = new RawZip().file("pdf-tools/SKILL.md", Trees.validSkill("pdf-tools"))
                .symlink("pdf-tools/passwords", "/etc/passwd")
                .writeTo(temp.resolve("link.skill"));
        Map<String, Long> before = Trees.snapshot(temp);

        ImportPlan plan = importer.plan(zip, root, "");

        assertThat(plan.refusedEntries()).extracting(ImportPlan.RefusedEntry::toString)
                .containsExactly("entry pdf-tools/passwords is a symbolic link (links are never imported)");
        assertRefused(plan, Refusal.Reason.UNSAFE, "Cannot import link.skill: entry pdf-tools/passwords is a "
                + "symbolic link");
        assertThat(Trees.snapshot(temp)).isEqualTo(before);
    }

    @Test
    void aSymbolicLinkInsideAFolderIsRefused() throws Exception {
        Path source = Trees.writeSkill(temp.resolve("src"), "pdf-tools");
        Files.createSymbolicLink(source.resolve("ssh"), Path.of(System.getProperty("user.home"), ".ssh"));
        Map<String, Long> before = Trees.snapshot(root);

        ImportPlan plan = importer.plan(source, root, "");

        assertRefused(plan, Refusal.Reason.UNSAFE, "Cannot import pdf-tools: entry ssh is a symbolic link");
        assertThat(Trees.snapshot(root)).isEqualTo(before);
    }

    @Test
    void aNameClashIsReportedRefusedAndReplacedOnlyWhenAsked() throws Exception {
        Path existing = root.resolve("python/existing-skill");
        Files.writeString(existing.resolve("old-notes.md"), "from before");
        Path source = Trees.writeSkill(temp.resolve("src"), "existing-skill");
        Files.writeString(source.resolve("new-notes.md"), "the new version");

        ImportPlan plan = importer.plan(source, root, "python");

        assertThat(plan.nameClash()).isTrue();
        assertThat(plan.safe()).isTrue();
        Map<String, Long> before = Trees.snapshot(root);
        assertRefused(plan, Refusal.Reason.NAME_CLASH, "Cannot import existing-skill: a skill already exists at "
                + existing);
        assertThat(Trees.snapshot(root)).isEqualTo(before);

        ImportResult result = importer.apply(plan, true);

        assertThat(result.replaced()).isTrue();
        assertThat(existing.resolve("new-notes.md")).hasContent("the new version");
        assertThat(existing.resolve("old-notes.md")).doesNotExist();
        assertNoStagingLeft();
    }

    @Test
    void aZipWithSkillMdAtItsRootIsNamedAfterTheSkill() throws Exception {
        Path zip = zip("download.zip", Map.of("SKILL.md", Trees.validSkill("pdf-tools"),
                "scripts/extract.py", "print('hi')", "__MACOSX/._SKILL.md", "fork"));

        ImportPlan plan = importer.plan(zip, root, "documents");

        assertThat(plan.skillName()).isEqualTo("pdf-tools");
        assertThat(plan.leftOut()).containsExactly("__MACOSX/");
        ImportResult result = importer.apply(plan, false);
        assertThat(result.target()).isEqualTo(root.resolve("documents/pdf-tools"));
        assertThat(result.target().resolve("scripts/extract.py")).hasContent("print('hi')");
    }

    @Test
    void aZipHoldingSeveralFoldersOrNoSkillIsRefused() throws Exception {
        Path two = zip("two.zip", Map.of("a/SKILL.md", Trees.validSkill("a"), "b/SKILL.md", Trees.validSkill("b")));
        assertRefused(importer.plan(two, root, ""), Refusal.Reason.BAD_INPUT, "Cannot import two.zip: its top level "
                + "holds 2 folders (a, b) and no SKILL.md; a package holds exactly one skill folder");

        Path none = zip("none.zip", Map.of("pdf-tools/README.md", "no skill here"));
        assertRefused(importer.plan(none, root, ""), Refusal.Reason.BAD_INPUT,
                "Cannot import none.zip: its folder pdf-tools/ holds no SKILL.md");

        Path text = Files.writeString(temp.resolve("notes.skill"), "not a zip at all");
        assertRefused(importer.plan(text, root, ""), Refusal.Reason.BAD_INPUT,
                "Cannot import notes.skill: it is not a readable zip file");
    }

    @Test
    void anInvalidSkillIsRefusedUnlessForced() throws Exception {
        Path zip = zip("wrong.skill", Map.of("pdf-tools/SKILL.md", Trees.validSkill("other-name")));

        ImportPlan plan = importer.plan(zip, root, "");

        assertThat(plan.valid()).isFalse();
        assertThat(plan.report().errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.line()).isEqualTo(2);
        });
        assertRefused(plan, Refusal.Reason.INVALID, "Cannot import wrong.skill: the skill \"pdf-tools\" is not valid "
                + "(1 error)");
        assertThat(root.resolve("pdf-tools")).doesNotExist();

        ImportResult forced = importer.apply(plan, false, true);
        assertThat(forced.target().resolve("SKILL.md")).exists();
        assertThat(forced.report().valid()).isFalse();
    }

    @Test
    void unsafeCategoriesAndCategoryLinksAreRefused() throws Exception {
        Path source = Trees.writeSkill(temp.resolve("src"), "pdf-tools");
        for (String category : new String[] {"../outside", "/abs", "_drafts", "a\\b", ".hidden"}) {
            ImportPlan plan = importer.plan(source, root, category);
            assertThat(plan.problems()).as(category).anySatisfy(p -> assertThat(p).startsWith("the category"));
            assertThatThrownBy(() -> importer.apply(plan, true, true)).isInstanceOf(SkillRefusedException.class);
        }
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("linked"), elsewhere);
        assertRefused(importer.plan(source, root, "linked"), Refusal.Reason.BAD_INPUT, "Cannot import pdf-tools: "
                + "the folder " + root.resolve("linked") + " in the library is a symbolic link");
        assertThat(elsewhere).isEmptyDirectory();
        assertThat(temp.resolve("outside")).doesNotExist();

        Files.writeString(root.resolve("notes"), "a file where a category folder would go");
        assertRefused(importer.plan(source, root, "notes"), Refusal.Reason.BAD_INPUT, "Cannot import pdf-tools: "
                + root.resolve("notes") + " in the library is a file, not a category folder");
    }

    @Test
    void aZipBombIsRefusedFromItsDeclaredSizeBeforeUnpacking() throws Exception {
        Path bomb = temp.resolve("bomb.skill");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("pdf-tools/SKILL.md"));
            out.write(Trees.validSkill("pdf-tools").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("pdf-tools/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 101; i++) {
                out.write(zeros);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024); // 101 MB of zeros deflate to about 100 KB

        ImportPlan plan = importer.plan(bomb, root, "");

        assertRefused(plan, Refusal.Reason.BAD_INPUT, "Cannot import bomb.skill: bomb.skill would unpack to 101 MB; "
                + "an import is limited to 100 MB (a safeguard against zip bombs)");
        assertThat(root.resolve("pdf-tools")).doesNotExist();
    }

    @Test
    void anEntryInflatingBeyondItsDeclaredSizeIsCutOffAndNothingStays() throws Exception {
        Path zip = new RawZip().file("pdf-tools/SKILL.md", Trees.validSkill("pdf-tools"))
                .lying("pdf-tools/small.txt", new byte[5 * 1024 * 1024], 10)
                .writeTo(temp.resolve("liar.skill"));
        Map<String, Long> before = Trees.snapshot(root);

        ImportPlan plan = importer.plan(zip, root, "");
        assertThat(plan.totalBytes()).isLessThan(10_000);

        assertThatThrownBy(() -> importer.apply(plan, false))
                .isInstanceOfSatisfying(SkillRefusedException.class,
                        e -> assertThat(e.refusal().reason()).isEqualTo(Refusal.Reason.BAD_INPUT))
                .hasMessage("Cannot import liar.skill: entry pdf-tools/small.txt holds more data than the zip "
                        + "declares (a damaged or malicious zip)");
        assertThat(Trees.snapshot(root)).isEqualTo(before);
    }

    @Test
    void tooManyEntriesAreRefusedBeforeTheDirectoryIsRead() throws Exception {
        Path zip = temp.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("pdf-tools/SKILL.md"));
            out.write(Trees.validSkill("pdf-tools").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 10_000; i++) {
                out.putNextEntry(new ZipEntry("pdf-tools/f/" + i));
            }
        }

        assertRefused(importer.plan(zip, root, ""), Refusal.Reason.BAD_INPUT, "Cannot import many.zip: many.zip has "
                + "more than 10000 entries; an import takes at most 10000");
        assertThat(new SkillImporter(new ImportLimits(1024, 20_000)).plan(zip, root, "").problems())
                .isEmpty(); // a raised entry limit lets it through: the limits are what refused it
    }

    @Test
    void aSourceThatChangedSinceThePlanIsNotImported() throws Exception {
        Path zip = zip("moving.skill", Map.of("pdf-tools/SKILL.md", Trees.validSkill("pdf-tools")));
        ImportPlan plan = importer.plan(zip, root, "");
        zip("moving.skill", Map.of("pdf-tools/SKILL.md", Trees.validSkill("pdf-tools"), "pdf-tools/extra.sh", "x"));

        assertThatThrownBy(() -> importer.apply(plan, false)).isInstanceOf(SkillRefusedException.class)
                .hasMessage("Cannot import moving.skill: it changed since it was checked; check it again");
        assertThat(root.resolve("pdf-tools")).doesNotExist();
    }

    private void assertRefused(ImportPlan plan, Refusal.Reason reason, String messageStart) {
        assertThat(plan.refusal(false, false)).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.message()).startsWith(messageStart);
        });
        Map<String, Long> before = Trees.snapshot(root);
        assertThatThrownBy(() -> importer.apply(plan, false))
                .isInstanceOfSatisfying(SkillRefusedException.class,
                        e -> assertThat(e.refusal().reason()).isEqualTo(reason))
                .hasMessageStartingWith(messageStart);
        assertThat(Trees.snapshot(root)).isEqualTo(before);
    }

    private void assertNoStagingLeft() throws Exception {
        try (var children = Files.list(root)) {
            assertThat(children).noneMatch(p -> p.getFileName().toString().startsWith(".import-"));
        }
    }

    /** A zip written with java.util.zip, which happily stores any entry name. */
    private Path zip(String name, Map<String, String> entries) throws Exception {
        Path file = temp.resolve(name);
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
