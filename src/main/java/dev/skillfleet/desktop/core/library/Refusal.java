package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.util.List;
import java.util.Objects;

/**
 * Why a package or an import did not happen. Whenever there is a refusal, nothing was written.
 *
 * @param reason  what kind of refusal, so a caller can offer the matching way out (only {@link Reason#INVALID} and
 *                {@link Reason#NAME_CLASH} can be overridden, by forcing or by overwriting)
 * @param message one sentence for the user, naming the file, e.g. "Cannot import x.zip: entry ../evil.sh would be
 *                written outside the skill folder"
 * @param details further lines, one finding each (every offending entry, every validation error)
 * @param report  the skill's validation report when there is one, else an empty report
 */
public record Refusal(Reason reason, String message, List<String> details, ValidationReport report) {

    public enum Reason {
        /** The source or the destination cannot be used: missing, not a zip, no skill in it, too large, bad name. */
        BAD_INPUT,
        /** Something would be written outside the skill folder, or a symbolic link is involved. Never overridable. */
        UNSAFE,
        /** The skill fails validation; an import may be forced, a package never. */
        INVALID,
        /** A skill already exists where the import would go; importing again with overwrite replaces it. */
        NAME_CLASH
    }

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        details = List.copyOf(details);
        report = report == null ? ValidationReport.empty() : report;
    }

    /** The message followed by each detail on its own indented line. */
    public String fullText() {
        StringBuilder sb = new StringBuilder(message);
        details.forEach(d -> sb.append(System.lineSeparator()).append("  ").append(d));
        return sb.toString();
    }
}
