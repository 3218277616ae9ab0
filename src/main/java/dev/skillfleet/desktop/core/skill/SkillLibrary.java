package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A skill library on disk: finds and loads its skills. Loading is lenient and a scan never fails because of one
 * skill; problems end up in each skill's report. The root is not created here.
 */
public final class SkillLibrary {

    private final Path root;
    private final SkillValidator validator = new SkillValidator();

    public SkillLibrary(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The library root, absolute and normalized. */
    public Path root() {
        return root;
    }

    /** All skills except drafts; an empty scan when the root does not exist. */
    public LibraryScan scan() {
        return scan(false);
    }

    public LibraryScan scan(boolean includeDrafts) {
        List<Path> dirs = new LibraryWalker(root, includeDrafts).find();
        // Parsing dominates a scan of thousands of skills, and each load is independent.
        List<Skill> skills = dirs.parallelStream()
                .map(this::load)
                .sorted(Comparator.comparing(Skill::dir))
                .toList();
        return new LibraryScan(root, skills);
    }

    /** Leniently loads one skill folder; never throws for a bad skill. */
    public Skill load(Path skillDir) {
        Path dir = skillDir.toAbsolutePath().normalize();
        Placement placement = Placement.of(root, dir);
        SkillSource source;
        try {
            source = readInsideRoot(dir, placement);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug on one odd file must not take the whole library down with it.
            source = SkillSource.refused(dir, SkillFiles.find(dir), "SKILL.md could not be loaded: " + e);
        }
        ValidationReport report = validator.check(source, placement == Placement.OUTSIDE ? null : placement);
        String folder = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (source.broken()) {
            return new Skill(dir, source.file(), folder, "", placement.category(), "", Map.of(), report, true,
                    placement.draft());
        }
        SkillDocument doc = source.document();
        String name = doc.text("name");
        String description = doc.text("description");
        return new Skill(dir, source.file(), name == null || name.isBlank() ? folder : name.strip(),
                description == null ? "" : description.strip(), placement.category(), doc.body(),
                doc.frontmatter(), report, false, placement.draft());
    }

    /** Inside the library, a SKILL.md that is a link to a file outside it is refused rather than read. */
    private SkillSource readInsideRoot(Path dir, Placement placement) {
        if (placement != Placement.OUTSIDE) {
            Path file = SkillFiles.find(dir);
            if (file != null && !isInsideRoot(file)) {
                return SkillSource.refused(dir, file, file.getFileName() + " links to a file outside the library, "
                        + "which is not read");
            }
        }
        return SkillSource.read(dir);
    }

    private boolean isInsideRoot(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException | SecurityException e) {
            return true; // a dangling or unreadable file is reported by the normal read
        }
    }
}
