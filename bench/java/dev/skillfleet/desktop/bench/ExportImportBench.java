package dev.skillfleet.desktop.bench;

import dev.skillfleet.desktop.core.library.AvailableSkillsXml;
import dev.skillfleet.desktop.core.library.ImportPlan;
import dev.skillfleet.desktop.core.library.PackageResult;
import dev.skillfleet.desktop.core.library.SkillImporter;
import dev.skillfleet.desktop.core.library.SkillPackager;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports and imports on real disk: the {@code <available_skills>} XML of a generated 5,000-skill library, packaging
 * and importing the corpus's skill-creator (18 files), importing the corpus's largest folder (claude-api, 65 files;
 * forced, as its over-long description fails validation), and how long refusing a 101 MB zip bomb takes (only the
 * zip's directory is read, so it does not grow with the bomb). Every unpacked file is fsynced, which dominates apply.
 */
public final class ExportImportBench {

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("export-import-bench");
        try {
            LibraryGenerator.Stats stats = LibraryGenerator.generate(work.resolve("big"), 5_000, 7);
            LibraryScan scan = new SkillLibrary(stats.root()).scan();
            for (int i = 0; i < 5; i++) {
                AvailableSkillsXml.render(scan);
            }
            long start = System.nanoTime();
            String xml = AvailableSkillsXml.render(scan);
            double renderMs = ms(start);
            start = System.nanoTime();
            AvailableSkillsXml.write(scan, work.resolve("skills.xml"));
            double writeMs = ms(start);
            System.out.printf(Locale.ROOT, "ExportImportBench: xml of %d skills (%d KB): render %.1f ms, atomic "
                    + "write %.1f ms%n", scan.skills().size(), xml.length() / 1024, renderMs, writeMs);

            Path corpus = Path.of(System.getProperty("skillfleet.corpus", "../shared/corpus")).toAbsolutePath();
            Path skill = corpus.resolve("anthropic-skills/claude-api"); // invalid: imported with force below
            Path library = Files.createDirectories(work.resolve("library"));
            SkillPackager packager = new SkillPackager();
            SkillImporter importer = new SkillImporter();
            double packMs = Double.MAX_VALUE;
            double planMs = Double.MAX_VALUE;
            double applyMs = Double.MAX_VALUE;
            PackageResult packaged = null;
            for (int i = 0; i < 5; i++) {
                start = System.nanoTime();
                packaged = packager.pack(corpus.resolve("anthropic-skills/skill-creator"), work.resolve("sc.skill"));
                packMs = Math.min(packMs, ms(start));
                start = System.nanoTime();
                ImportPlan plan = importer.plan(packaged.file(), library, "tools");
                planMs = Math.min(planMs, ms(start));
                start = System.nanoTime();
                importer.apply(plan, true);
                applyMs = Math.min(applyMs, ms(start));
            }
            System.out.printf(Locale.ROOT, "ExportImportBench: skill-creator (%d files, %d KB): package %.1f ms, "
                    + "plan %.1f ms, apply %.1f ms (best of 5)%n", packaged.entries(),
                    packaged.uncompressedBytes() / 1024, packMs, planMs, applyMs);

            start = System.nanoTime();
            ImportPlan folderPlan = importer.plan(skill, library, "");
            double folderPlanMs = ms(start);
            start = System.nanoTime();
            importer.apply(folderPlan, true, true);
            System.out.printf(Locale.ROOT, "ExportImportBench: folder import of claude-api (%d files, %d KB, forced): "
                    + "plan %.1f ms, apply %.1f ms%n", folderPlan.items().size(), folderPlan.totalBytes() / 1024,
                    folderPlanMs, ms(start));

            Path bomb = work.resolve("bomb.skill");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
                out.putNextEntry(new ZipEntry("bomb/SKILL.md"));
                out.write("---\nname: bomb\ndescription: Use when testing.\n---\n".getBytes());
                out.putNextEntry(new ZipEntry("bomb/zeros.bin"));
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i < 101; i++) {
                    out.write(zeros);
                }
            }
            start = System.nanoTime();
            ImportPlan bombPlan = importer.plan(bomb, library, "");
            System.out.printf(Locale.ROOT, "ExportImportBench: %d KB zip bomb (101 MB unpacked) refused in %.1f ms: "
                    + "%s%n", Files.size(bomb) / 1024, ms(start), bombPlan.problems());
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
