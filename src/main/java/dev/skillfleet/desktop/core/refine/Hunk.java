package dev.skillfleet.desktop.core.refine;

import java.util.List;
import java.util.Objects;

/**
 * One change of a {@link Proposal}: a run of original lines replaced by a run of proposed lines. The unit the editor
 * accepts or rejects on its own.
 *
 * @param index         position in {@link Proposal#hunks()}, what {@link Proposal#apply} takes
 * @param original      where the replaced lines are in the original text (empty for an insertion)
 * @param proposed      where the new lines are in the proposal with every hunk applied (empty for a deletion)
 * @param originalLines the replaced lines, without line breaks
 * @param proposedLines the new lines, without line breaks
 */
public record Hunk(int index, LineRange original, LineRange proposed, List<String> originalLines,
                   List<String> proposedLines) {

    public enum Kind { INSERT, DELETE, CHANGE }

    public Hunk {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(proposed, "proposed");
        originalLines = List.copyOf(originalLines);
        proposedLines = List.copyOf(proposedLines);
        if (originalLines.size() != original.count() || proposedLines.size() != proposed.count()) {
            throw new IllegalArgumentException("the lines do not fill the ranges");
        }
    }

    public Kind kind() {
        if (originalLines.isEmpty()) {
            return Kind.INSERT;
        }
        return proposedLines.isEmpty() ? Kind.DELETE : Kind.CHANGE;
    }

    /**
     * Lines {@code start} (inclusive) to {@code end} (exclusive), counted from 0; for an empty range, {@code start}
     * is the line before which the insertion goes (or after which the deletion was).
     */
    public record LineRange(int start, int end) {

        public LineRange {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad line range " + start + ".." + end);
            }
        }

        public int count() {
            return end - start;
        }

        /** The 1-based number of the first line, as an editor shows it. */
        public int firstLine() {
            return start + 1;
        }
    }
}
