package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.library.PackageResult;
import dev.skillfleet.desktop.core.library.SkillPackager;
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

/** {@code package}: one skill folder as a {@code .skill} file (a zip with the folder at its root). */
@Command(name = "package", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Packages a skill folder as a .skill file: a zip holding the folder itself at its root. The "
                + "skill is validated first; an invalid skill is refused with its errors and nothing is written.",
                "Left out: __pycache__/, node_modules/, *.pyc, .DS_Store, a root evals/ folder, and symbolic links "
                        + "(listed). Executable bits are kept."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:refused (invalid skill, or its SKILL.md is a link) or the file could not be "
                + "written", "2:bad usage, or no folder at SKILL_DIR"})
final class PackageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--library", paramLabel = "DIR", description = "A relative SKILL_DIR is taken inside this library "
            + "(without it: inside the current folder). Any folder can be packaged, in a library or not.")
    Path library;

    @Option(names = "--output", paramLabel = "FILE", required = true,
            description = "The .skill file to write (replaced when it exists).")
    Path output;

    @Parameters(paramLabel = "SKILL_DIR", description = "The skill folder, e.g. python/async.")
    Path skillDir;

    @Override
    public Integer call() {
        Path dir = skillDir.isAbsolute() || library == null ? skillDir : library.resolve(skillDir);
        dir = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            LibraryArgs.error(spec, "there is no folder at " + dir);
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PackageResult result = new SkillPackager().pack(dir, output);
            out.println("Packaged " + dir.getFileName() + " into " + result.file() + " ("
                    + LibraryArgs.files(result.entries()) + ", " + LibraryArgs.size(result.bytes()) + ")");
            LibraryArgs.listLine(out, "Left out", result.leftOut());
            LibraryArgs.listLine(out, "Left out symbolic links", result.linksLeftOut());
            result.report().warnings().forEach(err::println); // "WARNING body: no ## When to Use section"
            return 0;
        } catch (SkillRefusedException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: cannot write " + output.toAbsolutePath().normalize() + ": " + e);
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
