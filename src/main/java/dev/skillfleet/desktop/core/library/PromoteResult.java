package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a promotion ended. Only {@link Promoted} changed anything on disk; for the others the draft and the library are
 * exactly as they were, and {@link #message()} says why in a sentence that names the paths.
 */
public sealed interface PromoteResult {

    String message();

    /** The draft now lives at {@code target}; its {@code _drafts/<id>/} folder is gone if it held nothing else. */
    record Promoted(Path target) implements PromoteResult {
        public Promoted {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String message() {
            return "Promoted the draft to " + target + ".";
        }
    }

    /** The draft fails validation; promoting again with {@code force} moves it anyway. */
    record Invalid(Path draft, ValidationReport report) implements PromoteResult {
        public Invalid {
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(report, "report");
        }

        @Override
        public String message() {
            int errors = report.errors().size();
            return "The draft " + draft + " has " + errors + (errors == 1 ? " validation error" : " validation errors")
                    + ", so it was not promoted: " + report.errors().stream().map(ValidationIssue::toString)
                    .collect(Collectors.joining("; ")) + ". Fix the draft, or promote it anyway with force.";
        }
    }

    /** A skill (or anything else) is already at the target; promoting again with {@code overwrite} replaces it. */
    record TargetExists(Path target) implements PromoteResult {
        public TargetExists {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String message() {
            return "A skill already exists at " + target + ", so the draft was not promoted. Promote again with "
                    + "overwrite to replace it (the existing skill is deleted).";
        }
    }

    /** The promotion is not possible as asked (unsafe name, outside the library, a disk error…). */
    record Refused(String reason) implements PromoteResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return reason;
        }
    }
}
