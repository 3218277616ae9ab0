package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.refine.FixResult;
import dev.skillfleet.desktop.core.refine.Hunk;
import dev.skillfleet.desktop.core.refine.Proposal;
import dev.skillfleet.desktop.core.refine.SkillFixer;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewing a real fix: a corpus skill with its name broken and its "When to Use" section removed gets two hunks
 * from {@link SkillFixer}; accepting and rejecting them picks exactly those changes. No toolkit needed.
 */
class ProposalReviewViewModelTest {

    static final String BROKEN_NAME = "name: DSPy Basics";
    static final String FIXED_NAME = "name: dspy-basics";

    @TempDir
    Path temp;
    private String broken;
    private Proposal proposal;
    private ProposalReviewViewModel model;

    /** dspy-basics with an invalid name and without its When to Use section: the fixer proposes two hunks. */
    static String brokenDspyBasics(Path temp) throws Exception {
        Path skill = Corpus.copy(Corpus.source().resolve("skill-fleet-taxonomy/dspy/dspy-basics"),
                temp.resolve("dspy-basics"));
        String text = Files.readString(skill.resolve("SKILL.md"));
        int section = text.indexOf("## When to Use This Skill");
        int next = text.indexOf("\n## ", section + 1) + 1;
        assertThat(section).isPositive();
        assertThat(text).contains(FIXED_NAME);
        String broken = (text.substring(0, section) + text.substring(next)).replace(FIXED_NAME, BROKEN_NAME);
        Files.writeString(skill.resolve("SKILL.md"), broken);
        return Files.readString(skill.resolve("SKILL.md"));
    }

    @BeforeEach
    void fix() throws Exception {
        broken = brokenDspyBasics(temp);
        FixResult result = new SkillFixer().fix(broken, "dspy-basics");
        proposal = result.proposal();
        assertThat(result.newFolderName()).isEmpty();
        assertThat(proposal.hunks()).hasSize(2);
        model = new ProposalReviewViewModel(proposal);
    }

    @Test
    void everyHunkIsAcceptedAtFirstSoTheResultIsTheWholeProposal() {
        assertThat(model.acceptedHunks()).containsExactly(0, 1);
        assertThat(model.isAccepted(0)).isTrue();
        assertThat(model.result()).isEqualTo(proposal.proposed()).isNotEqualTo(broken);
        assertThat(model.canApply()).isTrue();
        assertThat(model.acceptedCountProperty().get()).isEqualTo(2);
        assertThat(model.reasons()).isEqualTo(proposal.reasons()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void acceptingOnlyTheNameFixChangesOnlyTheNameLine() {
        Hunk name = proposal.hunks().get(0);
        assertThat(name.originalLines()).containsExactly(BROKEN_NAME);
        assertThat(name.proposedLines()).containsExactly(FIXED_NAME);

        model.reject(1);

        assertThat(model.acceptedHunks()).containsExactly(0);
        assertThat(model.result()).isEqualTo(broken.replace(BROKEN_NAME, FIXED_NAME));
        assertThat(model.canApply()).isTrue();
    }

    @Test
    void acceptingOnlyTheSectionAddsItAndKeepsTheBrokenName() {
        Hunk section = proposal.hunks().get(1);
        assertThat(section.kind()).isEqualTo(Hunk.Kind.INSERT);
        assertThat(section.proposedLines()).anyMatch(line -> line.startsWith("## When to Use"));

        model.reject(0);

        assertThat(model.result()).isEqualTo(proposal.apply(Set.of(1)))
                .contains(BROKEN_NAME).contains("## When to Use")
                .isEqualTo(proposal.proposed().replace(FIXED_NAME, BROKEN_NAME));
    }

    @Test
    void rejectingEverythingGivesTheOriginalAndNothingToApply() {
        List<Boolean> canApply = new ArrayList<>();
        model.canApplyProperty().subscribe((Boolean on) -> canApply.add(on));

        model.rejectAll();

        assertThat(model.result()).isEqualTo(broken);
        assertThat(model.acceptedHunks()).isEmpty();
        assertThat(model.canApply()).isFalse();
        assertThat(canApply).containsExactly(true, false);

        model.accept(1);
        assertThat(model.canApply()).isTrue();
        model.acceptAll();
        assertThat(model.result()).isEqualTo(proposal.proposed());
    }

    @Test
    void theRowsShowEveryLineOfBothSidesWithAHeadingBeforeEachHunk() {
        List<ProposalRow> rows = model.rows();
        List<String> left = rows.stream().filter(r -> r.left() != null && r.kind() != ProposalRow.Kind.HEADER)
                .map(ProposalRow::left).toList();
        List<String> right = rows.stream().filter(r -> r.right() != null && r.kind() != ProposalRow.Kind.HEADER)
                .map(ProposalRow::right).toList();
        assertThat(String.join("\n", left) + "\n").isEqualTo(broken);
        assertThat(String.join("\n", right) + "\n").isEqualTo(proposal.proposed());
        assertThat(rows).filteredOn(r -> r.kind() == ProposalRow.Kind.HEADER)
                .extracting(ProposalRow::hunk).containsExactly(0, 1);
        // Line numbers count up without gaps on each side.
        assertThat(rows.stream().filter(r -> r.kind() != ProposalRow.Kind.HEADER).mapToInt(ProposalRow::leftLine)
                .filter(n -> n > 0).toArray()).isEqualTo(IntStream.rangeClosed(1, left.size()).toArray());
        assertThat(rows.stream().filter(r -> r.kind() != ProposalRow.Kind.HEADER).mapToInt(ProposalRow::rightLine)
                .filter(n -> n > 0).toArray()).isEqualTo(IntStream.rangeClosed(1, right.size()).toArray());
    }

    @Test
    void aCrlfReplacementOfUnequalSizePairsLinesThenLeavesTheRestAgainstNothing() {
        Proposal crlf = Proposal.of("a\r\nb\r\nc\r\n", "a\nB1\nB2\nc\n", List.of("b becomes two lines"));
        ProposalReviewViewModel review = new ProposalReviewViewModel(crlf);

        assertThat(review.rows()).containsExactly(
                ProposalRow.context(1, "a", 1),
                ProposalRow.header(0, 2, 2),
                new ProposalRow(ProposalRow.Kind.CHANGE, 0, 2, "b", 2, "B1"),
                new ProposalRow(ProposalRow.Kind.CHANGE, 0, 0, null, 3, "B2"),
                ProposalRow.context(3, "c", 4));
        assertThat(review.result()).isEqualTo("a\r\nB1\r\nB2\r\nc\r\n");
        review.reject(0);
        assertThat(review.result()).isEqualTo("a\r\nb\r\nc\r\n");
    }
}
