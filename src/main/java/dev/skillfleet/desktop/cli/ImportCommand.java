package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.library.ImportPlan;
import dev.skillfleet.desktop.core.library.ImportResult;
import dev.skillfleet.desktop.core.library.Refusal;
import dev.skillfleet.desktop.core.library.SkillImporter;
import dev.skillfleet.desktop.core.library.SkillRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code import}: a .skill, .zip or folder into the library, refusing anything unsafe. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a skill from a .skill package, a .zip or a skill folder into the library, as "
                + "<library>/<category>/<name>. A zip holds one skill folder at its top level (or SKILL.md itself; "
                + "the folder is then named after the skill).",
                "Refused, with nothing written: entries that would land outside the skill folder (../, absolute "
                        + "paths, drive letters, backslashes), symbolic links, more than 10,000 entries or 100 MB "
                        + "unpacked, a source without exactly one skill, an invalid skill (unless --force) and an "
                        + "existing skill of the same name (unless --overwrite). Junk is left out as in `package`."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "1:refused (unsafe, not a skill, too large, invalid without --force, or a "
                + "skill already there without --overwrite) or writing failed", "2:bad usage, no library folder at "
                + "DIR, or nothing at FILE_OR_DIR"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--library", paramLabel = "DIR", description = "The skill library (" + LibraryArgs.LIBRARY_DEFAULT
            + "). It must exist.")
    Path library;

    @Option(names = "--category", paramLabel = "CAT", defaultValue = "",
            description = "The category folder to import into, e.g. python or web/frontend (default: the top level).")
    String category;

    @Option(names = "--overwrite", description = "Replace a skill that already exists at the target.")
    boolean overwrite;

    @Option(names = "--force", description = "Import even when the skill fails validation.")
    boolean force;

    @Parameters(paramLabel = "FILE_OR_DIR", description = "A .skill or .zip file, or a skill folder.")
    Path source;

    @Override
    public Integer call() {
        Path root = LibraryArgs.existingLibrary(spec, library);
        if (root == null) {
            return 2;
        }
        if (!Files.exists(source)) {
            LibraryArgs.error(spec, "there is no file or folder at " + source.toAbsolutePath().normalize());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SkillImporter importer = new SkillImporter();
        try {
            ImportPlan plan = importer.plan(source, root, category);
            ImportResult result = importer.apply(plan, overwrite, force);
            out.println("Imported " + plan.skillName() + " into " + result.target() + " ("
                    + LibraryArgs.files(result.files()) + ", " + LibraryArgs.size(result.bytes()) + ")"
                    + (result.replaced() ? ", replacing the skill that was there" : ""));
            LibraryArgs.listLine(out, "Left out", result.leftOut());
            if (!result.report().valid()) {
                err.println("warning: imported with --force although it is not valid:");
                result.report().errors().forEach(e -> err.println("  " + e));
            }
            return 0;
        } catch (SkillRefusedException e) {
            err.println("error: " + e.getMessage());
            Refusal.Reason reason = e.refusal().reason();
            if (reason == Refusal.Reason.NAME_CLASH) {
                err.println("Pass --overwrite to replace it.");
            } else if (reason == Refusal.Reason.INVALID) {
                err.println("Fix the errors, or pass --force to import it anyway.");
            }
            return 1;
        } catch (IOException e) {
            err.println("error: cannot import " + source + ": " + e + " (the library was left as it was)");
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
