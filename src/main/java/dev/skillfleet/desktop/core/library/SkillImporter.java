package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a skill from a {@code .skill} package, a {@code .zip} or a folder into a library, in two steps so the UI
 * can ask first: {@link #plan} looks and writes nothing, {@link #apply} writes.
 *
 * <p>What is refused, with every reason named:
 * <ul>
 *   <li>unsafe entries, which refuse the whole import whatever the options: a path with {@code ..} segments, an
 *       absolute path, a drive letter, a backslash or a ":" in a name, a zip entry that is a symbolic link (Unix
 *       mode 0120000), a symbolic link or special file inside a source folder;</li>
 *   <li>a source without a skill: not a zip, no SKILL.md, a zip whose top level holds anything but one skill folder
 *       (or SKILL.md itself; the folder is then named after the skill's frontmatter name), encrypted entries or
 *       compression other than deflate, duplicate entries;</li>
 *   <li>more than {@link ImportLimits#maxEntries()} entries or {@link ImportLimits#maxBytes()} of files (zip bombs),
 *       checked from the zip's directory before anything is unpacked and again while unpacking;</li>
 *   <li>a category or skill name that is not one plain folder name per segment, or starts with "." or "_" (the
 *       library would hide it), and a category folder that is a symbolic link;</li>
 *   <li>an invalid skill, unless forced; a skill already at the target, unless overwriting.</li>
 * </ul>
 * Junk is left out as in packaging, plus a zip's {@code __MACOSX/} folder.
 *
 * <p>Writing never leaves a half-imported skill: files are unpacked into a staging folder inside the library
 * ({@code <root>/.import-<random>/}, hidden from scans by its leading dot), which is then renamed into place. When
 * overwriting, the old folder is renamed aside first, deleted only once the new one is in place, and renamed back if
 * that fails.
 */
public final class SkillImporter {

    private final ImportLimits limits;

    public SkillImporter() {
        this(ImportLimits.DEFAULT);
    }

    public SkillImporter(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Looks at {@code source} and says what importing it would do. Never writes and never throws for bad input:
     * every problem is in the plan.
     *
     * @param category where in the library, e.g. "python" or "web/frontend"; "" (or null) is the top level
     */
    public ImportPlan plan(Path source, Path libraryRoot, String category) {
        Path src = source.toAbsolutePath().normalize();
        Path root = libraryRoot.toAbsolutePath().normalize();
        String cat = category == null ? "" : category;
        List<String> problems = new ArrayList<>(destinationProblems(root, cat));
        try (ImportSource opened = ImportSource.open(src, limits)) {
            return new ImportPlanner(limits).plan(opened, src, root, cat, problems);
        } catch (ImportSource.NotReadableException e) {
            problems.add(e.getMessage());
            return ImportPlanner.unreadable(src, root, cat, problems);
        } catch (IOException e) {
            problems.add("it could not be read (" + e.getMessage() + ")");
            return ImportPlanner.unreadable(src, root, cat, problems);
        }
    }

    /** Imports as planned, refusing an invalid skill. */
    public ImportResult apply(ImportPlan plan, boolean overwriteExisting) throws SkillRefusedException, IOException {
        return apply(plan, overwriteExisting, false);
    }

    /**
     * Imports as planned. The source is looked at again first: when it changed since the plan was made, the import
     * is refused rather than writing something the user did not see.
     *
     * @param overwriteExisting replace a skill already at the target
     * @param force             import even when the skill fails validation (it is then listed with its errors)
     * @throws SkillRefusedException when the plan (or the source as it is now) is refused; nothing was written
     * @throws IOException           when writing fails; the library is left as it was
     */
    public ImportResult apply(ImportPlan plan, boolean overwriteExisting, boolean force)
            throws SkillRefusedException, IOException {
        Optional<Refusal> refusal = plan.refusal(overwriteExisting, force);
        if (refusal.isPresent()) {
            throw new SkillRefusedException(refusal.get());
        }
        List<String> problems = new ArrayList<>(destinationProblems(plan.libraryRoot(), plan.category()));
        ImportSource src;
        try {
            src = ImportSource.open(plan.source(), limits);
        } catch (ImportSource.NotReadableException e) {
            throw new SkillRefusedException(new Refusal(Refusal.Reason.BAD_INPUT, "Cannot import " + plan.sourceName()
                    + ": " + e.getMessage(), List.of(), plan.report()));
        }
        try (src) {
            ImportPlan now = new ImportPlanner(limits).plan(src, plan.source(), plan.libraryRoot(), plan.category(),
                    problems);
            refusal = now.refusal(overwriteExisting, force);
            if (refusal.isPresent()) {
                throw new SkillRefusedException(refusal.get());
            }
            if (!now.items().equals(plan.items()) || !Objects.equals(now.target(), plan.target())) {
                throw new SkillRefusedException(new Refusal(Refusal.Reason.BAD_INPUT, "Cannot import "
                        + plan.sourceName() + ": it changed since it was checked; check it again", List.of(),
                        now.report()));
            }
            return new StagedInstall(now, src, limits).install(overwriteExisting);
        }
    }

    private static List<String> destinationProblems(Path root, String category) {
        List<String> problems = new ArrayList<>();
        if (!java.nio.file.Files.isDirectory(root)) {
            problems.add("the library folder " + root + " does not exist");
        }
        problems.addAll(SafeNames.categoryProblems(category));
        return problems;
    }
}
