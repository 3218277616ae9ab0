package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.config.LibraryLocation;
import dev.skillfleet.desktop.core.library.DraftPromoter;
import dev.skillfleet.desktop.core.library.PromoteOptions;
import dev.skillfleet.desktop.core.library.PromoteResult;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code promote}: moves a draft from {@code _drafts/<id>/} into the library, as the window's Promote button does. */
@Command(name = "promote", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Moves a draft (<library>/_drafts/<id>/<category>/<name>) to <library>/<category>/<name>, "
                + "where <name> is the draft's frontmatter name, and prints the new folder.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:promoted", "1:refused (invalid draft without --force, existing skill without "
                + "--overwrite, unsafe name, or a disk error); nothing changed", "2:bad usage"})
final class PromoteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--library", paramLabel = "DIR", description = "The skill library holding the draft (default: $"
            + LibraryLocation.ENV_VAR + ", else ~/SkillFleet/skills).")
    Path library;

    @Option(names = "--force", description = "Promote even when the draft fails validation.")
    boolean force;

    @Option(names = "--overwrite", description = "Replace a skill that already exists at the target (it is deleted).")
    boolean overwrite;

    @Parameters(paramLabel = "DRAFT_DIR", description = "The draft's folder (or its SKILL.md).")
    Path draft;

    @Override
    public Integer call() {
        Path root = LibraryLocation.resolve(Optional.ofNullable(library));
        PromoteResult result = new DraftPromoter(new SkillLibrary(root))
                .promote(draft, new PromoteOptions(force, overwrite));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = switch (result) {
            case PromoteResult.Promoted promoted -> {
                out.println(promoted.target());
                yield 0;
            }
            case PromoteResult.Invalid invalid -> {
                err.println("error: the draft " + invalid.draft() + " fails validation, so it was not promoted:");
                for (ValidationIssue issue : invalid.report().errors()) {
                    err.println("  " + issue);
                }
                err.println("Fix the draft, or run again with --force to promote it anyway.");
                yield 1;
            }
            case PromoteResult.TargetExists exists -> {
                err.println("error: a skill already exists at " + exists.target() + ", so the draft was not "
                        + "promoted. Run again with --overwrite to replace it (the existing skill is deleted).");
                yield 1;
            }
            case PromoteResult.Refused refused -> {
                err.println("error: " + refused.reason());
                yield 1;
            }
        };
        out.flush();
        err.flush();
        return exit;
    }
}
