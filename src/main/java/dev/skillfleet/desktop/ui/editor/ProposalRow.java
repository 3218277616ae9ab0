package dev.skillfleet.desktop.ui.editor;

/**
 * One row of a proposal's side-by-side review: a hunk's heading (where its accept toggle sits), an unchanged line
 * shown on both sides, or one line of a hunk (original on the left, proposed on the right). A side without a line has
 * line number 0 and null text.
 *
 * @param kind      what the row shows
 * @param hunk      the hunk's index for {@link Kind#HEADER} and {@link Kind#CHANGE}; -1 for {@link Kind#CONTEXT}
 * @param leftLine  the 1-based line in the original, 0 when none
 * @param left      the original's line, null when none
 * @param rightLine the 1-based line in the proposal with every hunk applied, 0 when none
 * @param right     the proposed line, null when none
 */
public record ProposalRow(Kind kind, int hunk, int leftLine, String left, int rightLine, String right) {

    public enum Kind { HEADER, CONTEXT, CHANGE }

    static ProposalRow header(int hunk, int leftLine, int rightLine) {
        return new ProposalRow(Kind.HEADER, hunk, leftLine, null, rightLine, null);
    }

    static ProposalRow context(int leftLine, String text, int rightLine) {
        return new ProposalRow(Kind.CONTEXT, -1, leftLine, text, rightLine, text);
    }
}
