package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.config.LibraryLocation;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code list}: the library as the window's library view shows it, one line per skill. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the skills of a library, one line per skill, sorted by folder: category/name, "
                + "\u2713 (valid) or \u2717 (invalid, see `validate`) and the description.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (invalid skills included)", "2:bad usage, or the library folder is missing"})
final class ListCommand implements Callable<Integer> {

    /** Descriptions are cut here in text output; jsonl has them whole. */
    static final int DESCRIPTION_WIDTH = 80;
    /** A longer category/name is not padded to, so one odd skill does not push every description off screen. */
    static final int MAX_NAME_COLUMN = 48;

    @Spec
    CommandSpec spec;

    @Option(names = "--library", paramLabel = "ROOT", description = "The skill library (default: $"
            + LibraryLocation.ENV_VAR + ", else ~/SkillFleet/skills). Never created.")
    Path library;

    @Option(names = "--drafts", description = "Also list the drafts in ROOT/_drafts/ (marked \"draft\" in text).")
    boolean drafts;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text", description = "text (aligned "
            + "columns) or jsonl (one object per skill: path, name, description, category, valid). "
            + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or jsonl, not '" + format + "'");
        }
        Path root = LibraryLocation.resolve(Optional.ofNullable(library));
        String problem = LibraryRootCheck.problem(root);
        if (problem != null) {
            spec.commandLine().getErr().println("error: " + problem);
            spec.commandLine().getErr().flush();
            return 2;
        }
        // Only the valid mark is shown, so the warnings are never computed.
        LibraryScan scan = SkillLibrary.errorsOnly(root).scan(drafts);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("jsonl")) {
            jsonl(out, scan.skills());
        } else {
            out.print(text(scan.skills()));
        }
        out.flush();
        return 0;
    }

    /** {@code {"path","name","description","category","valid"}} per line; path is the absolute skill folder. */
    static void jsonl(PrintWriter out, List<Skill> skills) {
        JsonLines json = new JsonLines(out);
        for (Skill s : skills) {
            json.start().field("path", s.dir().toString()).field("name", s.name())
                    .field("description", s.description()).field("category", s.category()).field("valid", s.valid())
                    .end();
        }
        json.finish();
    }

    static String text(List<Skill> skills) {
        int width = 0;
        for (Skill s : skills) {
            width = Math.max(width, Math.min(MAX_NAME_COLUMN, label(s).length()));
        }
        StringBuilder lines = new StringBuilder(skills.size() * 128);
        for (Skill s : skills) {
            String label = label(s);
            lines.append(label).append(" ".repeat(Math.max(0, width - label.length()))).append("  ")
                    .append(s.valid() ? '\u2713' : '\u2717');
            String description = shorten(s.description());
            if (!description.isEmpty()) {
                lines.append("  ").append(description);
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    private static String label(Skill s) {
        return s.draft() ? s.qualifiedName() + " (draft)" : s.qualifiedName();
    }

    /** One line: block-scalar descriptions span several. */
    static String shorten(String description) {
        String line = description.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= DESCRIPTION_WIDTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, DESCRIPTION_WIDTH - 1)).stripTrailing() + "\u2026";
    }
}
