package dev.skillfleet.desktop.cli;

import java.io.PrintWriter;
import java.util.List;

/** {@code validate}'s two output formats. */
final class ResultPrinter {

    private ResultPrinter() {
    }

    /** One object per skill: {@code {"path","name","valid","errors":[…],"warnings":[…]}}. */
    static void jsonl(PrintWriter out, List<SkillResult> results) {
        JsonLines json = new JsonLines(out);
        for (SkillResult r : results) {
            json.start().field("path", r.path()).field("name", r.name()).field("valid", r.valid())
                    .field("errors", r.errors()).field("warnings", r.warnings()).end();
        }
        json.finish();
    }

    /**
     * A block per skill ("✓ name  path" or "✗ …", then its errors and warnings indented) and a summary line, e.g.
     * {@code 21 skills: 19 valid, 2 invalid (2 errors, 31 warnings)}.
     */
    static void text(PrintWriter out, List<SkillResult> results) {
        StringBuilder text = new StringBuilder();
        int invalid = 0;
        int errors = 0;
        int warnings = 0;
        for (SkillResult r : results) {
            text.append(r.valid() ? "\u2713 " : "\u2717 ").append(r.name()).append("  ").append(r.path()).append('\n');
            r.errors().forEach(e -> text.append("    error:   ").append(e).append('\n'));
            r.warnings().forEach(w -> text.append("    warning: ").append(w).append('\n'));
            invalid += r.valid() ? 0 : 1;
            errors += r.errors().size();
            warnings += r.warnings().size();
        }
        text.append(count(results.size(), "skill")).append(": ").append(results.size() - invalid).append(" valid, ")
                .append(invalid).append(" invalid (").append(count(errors, "error")).append(", ")
                .append(count(warnings, "warning")).append(")\n");
        out.print(text);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
