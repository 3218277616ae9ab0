package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A skill library on disk: finds and loads its skills. Loading is lenient and a scan never fails because of one
 * skill; problems end up in each skill's report. The root is not created here.
 */
public final class SkillLibrary {

    private final Path root;
    private final int loaders;
    private final SkillValidator validator;

    /** A library scanned with one loader thread per core: what a command-line run wants. */
    public SkillLibrary(Path root) {
        this(root, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param loaders how many threads parse skills during a scan; a window passes one fewer than the cores, so a
     *                scan of thousands of skills never takes the CPU the FX thread needs to draw
     */
    public SkillLibrary(Path root, int loaders) {
        this(root, loaders, new SkillValidator());
    }

    private SkillLibrary(Path root, int loaders, SkillValidator validator) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.loaders = Math.max(1, loaders);
        this.validator = validator;
    }

    /**
     * A library whose skills carry validation errors only, no warnings: for a listing that shows just whether each
     * skill is valid, which it then answers sooner.
     */
    public static SkillLibrary errorsOnly(Path root) {
        return new SkillLibrary(root, Runtime.getRuntime().availableProcessors(), new SkillValidator(false));
    }

    /** A library for the window: scans leave a core to the FX thread (on a 2-core machine, one loader). */
    public static SkillLibrary interactive(Path root) {
        return new SkillLibrary(root, Runtime.getRuntime().availableProcessors() - 1);
    }

    int loaders() {
        return loaders;
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
        return scan(includeDrafts, batch -> { });
    }

    /**
     * A scan that shows its progress: skills are handed to {@code batches} as they load (in the order they finish,
     * about every {@value ProgressiveScan#BATCH_SIZE} skills or 50 ms, whichever comes first), then the complete
     * scan, sorted by path, is returned. The walk streams the folders it finds to parallel loaders, so the first
     * batch of a 10,000-skill library arrives long before the walk ends.
     *
     * <p>{@code batches} is called on the calling thread, one batch at a time, and never after this returns; every
     * skill of the result is in exactly one batch. An exception it throws ends the scan.
     *
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted (the flag stays
     *                                                    set); the scan's threads are stopped
     */
    public LibraryScan scan(boolean includeDrafts, Consumer<List<Skill>> batches) {
        return new ProgressiveScan(this, includeDrafts, Objects.requireNonNull(batches, "batches")).run();
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
