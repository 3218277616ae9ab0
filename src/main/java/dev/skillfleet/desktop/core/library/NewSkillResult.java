package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;

/** How {@link NewSkillDrafter#create} ended: a new draft, or the reasons nothing was written. */
public sealed interface NewSkillResult {

    String message();

    /**
     * @param skillMd the new draft's SKILL.md, under {@code <root>/_drafts/<id>/}
     * @param target  where promoting it will put it; a skill may already be there (promotion then asks)
     * @param report  the draft's validation: no errors, possibly warnings (e.g. a description without "when")
     */
    record Created(Path skillMd, Path target, ValidationReport report) implements NewSkillResult {
        public Created {
            Objects.requireNonNull(skillMd, "skillMd");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(report, "report");
        }

        @Override
        public String message() {
            int warnings = report.warnings().size();
            return "Wrote the draft " + skillMd + (warnings == 0 ? "; it passes validation."
                    : "; it passes validation with " + warnings + (warnings == 1 ? " warning." : " warnings."));
        }
    }

    /** @param report the problems with the request, each naming its field ("name", "category", "description") */
    record Rejected(ValidationReport report) implements NewSkillResult {
        public Rejected {
            Objects.requireNonNull(report, "report");
        }

        @Override
        public String message() {
            return "No draft was written. " + report.errors().stream().map(ValidationIssue::message)
                    .collect(Collectors.joining(" "));
        }
    }
}
