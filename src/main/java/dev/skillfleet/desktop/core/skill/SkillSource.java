package dev.skillfleet.desktop.core.skill;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The outcome of reading and parsing one skill folder's SKILL.md: exactly one of {@code document} and
 * {@code failure} is set, or neither when there is no SKILL.md. Reading once and sharing this keeps a library scan
 * from parsing every file twice (once to load, once to validate).
 */
record SkillSource(Path dir, Path file, SkillDocument document, SkillParseException failure,
                   SkillSource.FailureKind failureKind) {

    /** The issue field of a failure: the file itself when it could not be read as text, else its frontmatter. */
    enum FailureKind { FILE, FRONTMATTER }

    static SkillSource read(Path dir) {
        Path file = SkillFiles.find(dir);
        if (file == null && Files.isDirectory(dir) && !(Files.isReadable(dir) && Files.isExecutable(dir))) {
            return refused(dir, null, "the folder \"" + dir.getFileName() + "\" could not be read (permission "
                    + "denied), so its skills, if any, cannot be checked");
        }
        if (file == null) {
            return new SkillSource(dir, null, null, null, null);
        }
        String text;
        try {
            text = SkillFiles.read(file);
        } catch (SkillParseException e) {
            return new SkillSource(dir, file, null, e, FailureKind.FILE);
        }
        try {
            return new SkillSource(dir, file, SkillDocumentParser.parse(text), null, null);
        } catch (SkillParseException e) {
            return new SkillSource(dir, file, null, e, FailureKind.FRONTMATTER);
        }
    }

    /** A skill file that must not be read, e.g. a link pointing outside the library. */
    static SkillSource refused(Path dir, Path file, String reason) {
        return new SkillSource(dir, file, null, new SkillParseException(reason, 0), FailureKind.FILE);
    }

    /** No skill file, and nothing kept us from looking for one. */
    boolean missing() {
        return file == null && failure == null;
    }

    boolean broken() {
        return document == null;
    }
}
