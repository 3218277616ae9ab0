package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.assistant.UserFacingException;
import dev.skillfleet.desktop.core.engine.DraftStore;
import dev.skillfleet.desktop.core.skill.Severity;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "New skill" without a model: writes a draft from a {@link SkillTemplate}. The request is checked completely
 * before anything is written, with the same folder rules as promotion and the validator's rules for the generated
 * SKILL.md, so a draft that is written always validates and can always be promoted to where it says.
 */
public final class NewSkillDrafter {

    private final SkillLibrary library;
    private final DraftStore drafts;
    private final SkillValidator validator = new SkillValidator();

    public NewSkillDrafter(SkillLibrary library) {
        this(library, Clock.systemDefaultZone());
    }

    /** @param clock the time in the new draft's id */
    public NewSkillDrafter(SkillLibrary library, Clock clock) {
        this.library = Objects.requireNonNull(library, "library");
        this.drafts = new DraftStore(library.root(), clock);
    }

    /**
     * What creating the request would report, without writing anything: for showing problems beside the dialog's
     * fields while the user types. Issues carry no line numbers (the SKILL.md does not exist yet).
     */
    public ValidationReport check(NewSkillRequest request) {
        List<ValidationIssue> issues = new ArrayList<>();
        Optional<String> nameProblem = LibraryPaths.nameProblem(request.name());
        Optional<String> categoryProblem = LibraryPaths.categoryProblem(request.category());
        nameProblem.ifPresent(p -> issues.add(error("name", p)));
        categoryProblem.ifPresent(p -> issues.add(error("category", p)));
        Path root = library.root();
        if (!Files.isDirectory(root)) {
            issues.add(error(null, "The library folder " + root + " does not exist; create it or choose another "
                    + "library."));
        } else if (nameProblem.isEmpty() && categoryProblem.isEmpty()) {
            LibraryPaths.escapeProblem(root, LibraryPaths.place(root, request.category(), request.name()))
                    .ifPresent(p -> issues.add(error("category", p)));
            LibraryPaths.escapeProblem(root, root.resolve(DraftStore.DRAFTS).resolve("draft"))
                    .ifPresent(p -> issues.add(error(null, p)));
        }
        String skillMd = SkillTemplates.skillMd(request.template(), request.name(), request.description());
        for (ValidationIssue issue : validator.validateText(request.name(), skillMd).issues()) {
            // The name's folder problem is already reported in its own words; the validator's would repeat it.
            if (!(nameProblem.isPresent() && "name".equals(issue.field()))) {
                issues.add(new ValidationIssue(issue.severity(), issue.field(), 0, sentence(issue.message())));
            }
        }
        return new ValidationReport(issues);
    }

    /**
     * Writes the draft, or returns why not (then nothing was written).
     *
     * @throws UserFacingException when the request is fine but the disk refuses the write (read-only library…)
     */
    public NewSkillResult create(NewSkillRequest request) throws UserFacingException {
        ValidationReport report = check(request);
        if (!report.valid()) {
            return new NewSkillResult.Rejected(report);
        }
        Map<String, String> files = SkillTemplates.files(request.template(), request.name(), request.description());
        Path skillMd = drafts.writeFiles(request.category(), request.name(), files);
        Path target = LibraryPaths.place(library.root(), request.category(), request.name());
        return new NewSkillResult.Created(skillMd, target, report);
    }

    private static ValidationIssue error(String field, String message) {
        return new ValidationIssue(Severity.ERROR, field, 0, message);
    }

    /** The validator writes clauses ("name is missing; …"); the dialog shows sentences. */
    private static String sentence(String clause) {
        String text = Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
