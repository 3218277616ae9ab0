package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.library.AvailableSkillsXml;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code xml}: the library's {@code <available_skills>} catalogue, for an agent's system prompt. */
@Command(name = "xml", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the library's <available_skills> XML, the skill catalogue agents are given: the name, "
                + "description and SKILL.md location of every skill, sorted by path.",
                "Broken skills (no readable SKILL.md) are left out and named on stderr; skills with validation "
                        + "errors are listed, since agents load them. Drafts are never listed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed (or written)", "1:the output file could not be written",
                "2:bad usage, or no library folder at DIR"})
final class XmlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--library", paramLabel = "DIR", description = "The skill library (" + LibraryArgs.LIBRARY_DEFAULT
            + "). It must exist.")
    Path library;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the XML to FILE (replaced atomically) "
            + "instead of printing it.")
    Path output;

    @Override
    public Integer call() {
        Path root = LibraryArgs.existingLibrary(spec, library);
        if (root == null) {
            return 2;
        }
        LibraryScan scan = new SkillLibrary(root).scan();
        PrintWriter err = spec.commandLine().getErr();
        for (Skill broken : AvailableSkillsXml.leftOut(scan)) {
            String why = broken.report().errors().stream().findFirst().map(ValidationIssue::toString).orElse("broken");
            err.println("left out " + broken.dir() + ": " + why);
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(AvailableSkillsXml.render(scan));
            out.flush();
            return 0;
        }
        try {
            AvailableSkillsXml.write(scan, output);
        } catch (IOException e) {
            LibraryArgs.error(spec, "cannot write " + output.toAbsolutePath() + ": " + e);
            return 1;
        }
        int count = AvailableSkillsXml.included(scan).size();
        out.println("Wrote " + count + (count == 1 ? " skill" : " skills") + " to " + output.toAbsolutePath().normalize());
        out.flush();
        return 0;
    }
}
