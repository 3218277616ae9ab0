package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.refine.AppliedFix;
import dev.skillfleet.desktop.core.refine.FixRefusedException;
import dev.skillfleet.desktop.core.refine.FixResult;
import dev.skillfleet.desktop.core.refine.FolderFix;
import dev.skillfleet.desktop.core.refine.FolderFixer;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code fix}: the rule-based fixes of a skill's validation problems as a unified diff, the same fixes the editor's
 * "fix validation problems" proposes; with {@code --write}, applied.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Proposes rule-based fixes for a skill's validation problems and prints them as a unified diff "
                + "(reasons on stderr): quotes YAML values that keep the frontmatter from parsing, lower-cases and "
                + "hyphenates the name (and renames the folder to match), cuts an over-long description at a "
                + "sentence boundary, moves keys the spec does not allow into metadata, adds a missing "
                + "\"## When to Use\" section. Only the lines a fix concerns change.",
                "Without --write nothing is changed. A folder rename is printed first, as \"rename: OLD \u2192 NEW\"."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the skill is valid with the fixes (or already was)", "1:still invalid after the fixes, no "
                + "SKILL.md, or --write could not apply them", "2:bad usage"})
final class FixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--write", description = "Apply the fixes: SKILL.md is replaced atomically, then the folder is "
            + "renamed (refused, with nothing written, when a folder of the new name exists).")
    boolean write;

    @Parameters(paramLabel = "SKILL_DIR", description = "The skill folder (or its SKILL.md).")
    Path skillDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        FolderFixer fixer = new FolderFixer();
        FolderFix fix;
        try {
            fix = fixer.propose(skillDir);
        } catch (FixRefusedException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        FixResult result = fix.result();
        if (!result.changesAnything()) {
            err.println(result.after().valid() ? "nothing to fix" : "nothing to fix by rule");
            return summary(err, result.after(), false);
        }
        String folder = fix.dir().getFileName().toString();
        result.newFolderName().ifPresent(name -> out.println("rename: " + folder + " \u2192 " + name));
        out.print(result.proposal().unifiedDiff(folder + "/" + fix.file().getFileName()));
        result.proposal().reasons().forEach(reason -> err.println("\u00b7 " + reason));
        if (write && !applied(fixer, fix, err)) {
            return 1;
        }
        return summary(err, result.after(), true);
    }

    private static boolean applied(FolderFixer fixer, FolderFix fix, PrintWriter err) {
        AppliedFix applied;
        try {
            applied = fixer.write(fix);
        } catch (FixRefusedException e) {
            err.println("error: " + e.getMessage());
            return false;
        }
        if (applied.fileWritten()) {
            err.println("wrote " + fix.file());
        }
        applied.renamedTo().ifPresent(to -> err.println("renamed " + fix.dir() + " \u2192 " + to.getFileName()));
        applied.renameProblem().ifPresent(problem -> err.println("error: " + problem));
        return applied.complete();
    }

    /** "valid with the fixes (2 warnings)", or the errors that remain; the exit code that goes with it. */
    private static int summary(PrintWriter err, ValidationReport after, boolean fixed) {
        List<ValidationIssue> errors = after.errors();
        String with = fixed ? " with the fixes" : "";
        if (errors.isEmpty()) {
            if (fixed) {
                int warnings = after.warnings().size();
                err.println("valid" + with + (warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)"
                        : " warnings)")));
            }
            return 0;
        }
        err.println("still invalid" + with + ":");
        errors.forEach(issue -> err.println("  error: " + IssueText.of(issue)));
        return 1;
    }
}
