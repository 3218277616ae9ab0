package dev.skillfleet.desktop.core.skill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Strict validation (skill-format.md section 2: what fails {@code skills-ref validate}) plus Skill Fleet's warnings.
 * Never throws for a bad skill: every problem becomes an issue in the report.
 */
public final class SkillValidator {

    private final boolean warnings;

    public SkillValidator() {
        this(true);
    }

    /**
     * @param warnings false to check only what fails validation, for callers that show nothing else (a listing's
     *                 valid mark): the quality checks are a good share of the time to load a large library
     */
    public SkillValidator(boolean warnings) {
        this.warnings = warnings;
    }

    /** Validates a skill folder, or the folder of a given SKILL.md, as it is on disk. */
    public ValidationReport validate(Path skillDirOrSkillMd) {
        return validateSkill(skillDirOrSkillMd).report();
    }

    /**
     * Like {@link #validate(Path)}, and also says which folder was checked and the skill's name, read from the same
     * parse (a command printing one result per path needs both).
     */
    public ValidatedSkill validateSkill(Path skillDirOrSkillMd) {
        Path dir = skillDir(Objects.requireNonNull(skillDirOrSkillMd, "skillDirOrSkillMd"));
        String folder = folderName(dir);
        if (Files.notExists(dir)) {
            return new ValidatedSkill(dir, folder, single("the folder \"" + dir + "\" does not exist"));
        }
        if (!Files.exists(dir)) {
            // Neither provably there nor provably absent: a folder above it cannot be searched.
            return new ValidatedSkill(dir, folder, single("the folder \"" + dir + "\" could not be read "
                    + "(permission denied)"));
        }
        if (!Files.isDirectory(dir)) {
            return new ValidatedSkill(dir, folder, single("\"" + dir + "\" is neither a skill folder nor a SKILL.md "
                    + "file"));
        }
        SkillSource source = SkillSource.read(dir);
        return new ValidatedSkill(dir, nameOf(source, folder), check(source, null));
    }

    /**
     * Like {@link #validate(Path)}, and also warns when the skill sits deeper in the library's taxonomy than
     * Skill Fleet supports.
     */
    public ValidationReport validate(Path skillDirOrSkillMd, Path libraryRoot) {
        ValidationReport report = validate(skillDirOrSkillMd);
        List<ValidationIssue> issues = new ArrayList<>(report.issues());
        FolderRules.checkDepth(Placement.of(normalize(libraryRoot), skillDir(skillDirOrSkillMd)), issues);
        return new ValidationReport(issues);
    }

    /**
     * Validates SKILL.md content that is not on disk yet, e.g. a draft in the editor.
     *
     * @param folderName the folder the skill will live in; null skips the name/folder check
     */
    public ValidationReport validateText(String folderName, String skillMd) {
        List<ValidationIssue> issues = new ArrayList<>();
        try {
            checkDocument(SkillDocumentParser.parse(skillMd), folderName, issues);
        } catch (SkillParseException e) {
            issues.add(parseError(e));
        }
        return new ValidationReport(issues);
    }

    /** Validates an already parsed document, e.g. after the editor changed one field. */
    public ValidationReport validateDocument(String folderName, SkillDocument document) {
        List<ValidationIssue> issues = new ArrayList<>();
        checkDocument(document, folderName, issues);
        return new ValidationReport(issues);
    }

    /** The report for a read skill folder; {@code placement} may be null when the library is unknown. */
    ValidationReport check(SkillSource source, Placement placement) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (source.missing()) {
            issues.add(ValidationIssue.error("SKILL.md", 0, "the folder \"" + folderName(source.dir())
                    + "\" has no SKILL.md file"));
        } else if (source.broken()) {
            issues.add(source.failureKind() == SkillSource.FailureKind.FILE
                    ? ValidationIssue.error("SKILL.md", source.failure().line(), source.failure().getMessage())
                    : parseError(source.failure()));
        } else if (warnings) {
            checkDocument(source.document(), folderName(source.dir()), issues);
        } else {
            FrontmatterRules.check(source.document(), folderName(source.dir()), issues);
        }
        if (!warnings) {
            return new ValidationReport(issues);
        }
        FolderRules.checkFolders(source.dir(), issues);
        if (placement != null) {
            FolderRules.checkDepth(placement, issues);
        }
        return new ValidationReport(issues);
    }

    private static void checkDocument(SkillDocument doc, String folderName, List<ValidationIssue> issues) {
        FrontmatterRules.check(doc, folderName, issues);
        QualityRules.check(doc, issues);
    }

    static ValidationIssue parseError(SkillParseException e) {
        return ValidationIssue.error("frontmatter", e.line(), e.getMessage());
    }

    private static ValidationReport single(String message) {
        return new ValidationReport(List.of(ValidationIssue.error("SKILL.md", 0, message)));
    }

    /** The same rule as a library scan's {@link Skill#name()}: the written name, else the folder's. */
    private static String nameOf(SkillSource source, String folder) {
        String name = source.broken() ? null : source.document().text("name");
        return name == null || name.isBlank() ? folder : name.strip();
    }

    private static String folderName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name.toString();
    }

    private static Path skillDir(Path dirOrFile) {
        Path p = normalize(dirOrFile);
        boolean isSkillFile = p.getFileName() != null && SkillFiles.isSkillFileName(p.getFileName().toString());
        return isSkillFile && Files.isRegularFile(p) ? p.getParent() : p;
    }

    private static Path normalize(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
