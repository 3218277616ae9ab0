package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SkillPackager#pack} wrote.
 *
 * @param file              the .skill file, absolute
 * @param entries           files in the zip (folders are implied by the paths)
 * @param bytes             size of the .skill file
 * @param uncompressedBytes total size of the packaged files
 * @param leftOut           junk left out, relative to the skill folder: "scripts/__pycache__/", ".DS_Store"…
 * @param linksLeftOut      symbolic links left out (a package holds no links), relative to the skill folder
 * @param report            the validation report (valid; warnings may remain)
 */
public record PackageResult(Path file, int entries, long bytes, long uncompressedBytes, List<String> leftOut,
                            List<String> linksLeftOut, ValidationReport report) {

    public PackageResult {
        leftOut = List.copyOf(leftOut);
        linksLeftOut = List.copyOf(linksLeftOut);
    }
}
