package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an import would do, worked out without writing anything, so the UI can show it and ask before
 * {@link SkillImporter#apply}.
 *
 * @param source         the .skill, .zip or folder, absolute
 * @param libraryRoot    the library, absolute
 * @param category       where in the library ("" = top level), e.g. "python" or "web/frontend"
 * @param skillName      the skill folder's name; "" when none could be found
 * @param target         {@code <root>/<category>/<name>}; null when there is no usable name
 * @param report         the skill's validation report; empty when its SKILL.md could not be found
 * @param nameClash      something already exists at the target
 * @param refusedEntries entries that would land outside the skill folder or are links: the whole import is refused
 * @param problems       other reasons the import cannot happen (not a zip, no SKILL.md, too large, bad category…)
 * @param leftOut        junk that is not imported ("scripts/__pycache__/", "__MACOSX/", ".DS_Store")
 * @param items          the files that would be written
 * @param totalBytes     their total size
 */
public record ImportPlan(Path source, Path libraryRoot, String category, String skillName, Path target,
                         ValidationReport report, boolean nameClash, List<RefusedEntry> refusedEntries,
                         List<String> problems, List<String> leftOut, List<Item> items, long totalBytes) {

    /**
     * One file to write.
     *
     * @param entry      its name in the source (zip entry, or path in the folder)
     * @param path       where it goes, "/"-separated and relative to the skill folder
     * @param size       bytes
     * @param executable it carries an executable bit, which is kept
     */
    public record Item(String entry, String path, long size, boolean executable) {
    }

    /** An entry that makes the import unsafe; {@link #toString()} reads "entry ../evil.sh would be written …". */
    public record RefusedEntry(String entry, String reason) {
        @Override
        public String toString() {
            return "entry " + entry + " " + reason;
        }
    }

    public ImportPlan {
        report = report == null ? ValidationReport.empty() : report;
        refusedEntries = List.copyOf(refusedEntries);
        problems = List.copyOf(problems);
        leftOut = List.copyOf(leftOut);
        items = List.copyOf(items);
    }

    /** Nothing unsafe and nothing unreadable: only validity and a name clash can still stand in the way. */
    public boolean safe() {
        return refusedEntries.isEmpty() && problems.isEmpty();
    }

    /** The skill passes validation (warnings allowed). */
    public boolean valid() {
        return report.valid();
    }

    /** The source's name as shown in messages. */
    public String sourceName() {
        return source.getFileName() == null ? source.toString() : source.getFileName().toString();
    }

    /**
     * Why {@link SkillImporter#apply} would refuse this plan with these choices, or empty when it would import.
     * Unsafe entries and problems cannot be overridden; an invalid skill can be forced, a clash overwritten.
     */
    public Optional<Refusal> refusal(boolean overwriteExisting, boolean force) {
        String prefix = "Cannot import " + sourceName() + ": ";
        if (!refusedEntries.isEmpty()) {
            List<String> details = new ArrayList<>(refusedEntries.stream().map(RefusedEntry::toString).toList());
            details.addAll(problems);
            String message = refusedEntries.size() == 1
                    ? prefix + refusedEntries.getFirst()
                    : prefix + refusedEntries.size() + " entries are unsafe, so nothing was imported";
            return Optional.of(new Refusal(Refusal.Reason.UNSAFE, message,
                    refusedEntries.size() == 1 ? problems : details, report));
        }
        if (!problems.isEmpty()) {
            return Optional.of(new Refusal(Refusal.Reason.BAD_INPUT, prefix + problems.getFirst(),
                    problems.subList(1, problems.size()), report));
        }
        if (!valid() && !force) {
            return Optional.of(new Refusal(Refusal.Reason.INVALID, prefix + "the skill \"" + skillName
                    + "\" is not valid (" + SkillPackager.count(report.errors().size(), "error") + ")",
                    report.errors().stream().map(ValidationIssue::toString).toList(), report));
        }
        if (nameClash && !overwriteExisting) {
            return Optional.of(new Refusal(Refusal.Reason.NAME_CLASH, prefix + "a skill already exists at "
                    + target, List.of(), report));
        }
        return Optional.empty();
    }
}
