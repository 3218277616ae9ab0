package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Severity;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidatedSkill;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code validate}: the same checks as the editor and the library view (one {@link SkillValidator} everywhere),
 * for scripts and CI.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks skills against the Agent Skills spec (what the reference `skills-ref validate` rejects "
                + "is an error) and Skill Fleet's quality advice (warnings, which never fail).",
                "Each PATH is a skill folder or its SKILL.md (or skill.md); one result per PATH, in order, its "
                        + "path printed as given. With --library, every skill under ROOT is checked (drafts only "
                        + "with --drafts) and paths are absolute."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every skill is valid (warnings allowed)", "1:at least one skill is invalid",
                "2:bad usage, or the --library folder is missing"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--library", paramLabel = "ROOT", description = "Validate every skill in this library "
            + "(flat or category layout) instead of PATHs.")
    Path library;

    @Option(names = "--drafts", description = "With --library: also validate the drafts in ROOT/_drafts/.")
    boolean drafts;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text", description = "text (a block "
            + "per skill and a summary) or jsonl (one object per skill: path, name, valid, errors, warnings). "
            + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "A skill folder or its SKILL.md.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        checkUsage();
        PrintWriter err = spec.commandLine().getErr();
        List<SkillResult> results;
        if (library != null) {
            Path root = library.toAbsolutePath().normalize();
            String problem = LibraryRootCheck.problem(root);
            if (problem != null) {
                err.println("error: " + problem);
                err.flush();
                return 2;
            }
            results = scan(root);
        } else {
            SkillValidator validator = new SkillValidator();
            results = paths.stream().map(path -> validatePath(validator, path)).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("jsonl")) {
            ResultPrinter.jsonl(out, results);
        } else {
            ResultPrinter.text(out, results);
        }
        out.flush();
        return results.stream().allMatch(SkillResult::valid) ? 0 : 1;
    }

    private void checkUsage() {
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or jsonl, not '" + format + "'");
        }
        if (library != null && !paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give PATHs or --library ROOT, not both");
        }
        if (library == null && paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one PATH, or --library ROOT");
        }
        if (drafts && library == null) {
            throw new ParameterException(spec.commandLine(), "--drafts works with --library only");
        }
    }

    private List<SkillResult> scan(Path root) {
        LibraryScan scan = new SkillLibrary(root).scan(drafts);
        List<SkillResult> results = new ArrayList<>(scan.skills().size());
        for (Skill skill : scan.skills()) {
            results.add(SkillResult.of(skill.dir().toString(), skill.name(), skill.valid(), skill.report()));
        }
        return results;
    }

    private static SkillResult validatePath(SkillValidator validator, String given) {
        Path path;
        try {
            path = Path.of(given);
        } catch (InvalidPathException e) {
            return SkillResult.of(given, given, false, new ValidationReport(List.of(new ValidationIssue(
                    Severity.ERROR, "SKILL.md", 0, "\"" + given + "\" is not a valid path: " + e.getReason()))));
        }
        ValidatedSkill skill = validator.validateSkill(path);
        return SkillResult.of(given, skill.name(), skill.valid(), skill.report());
    }
}
