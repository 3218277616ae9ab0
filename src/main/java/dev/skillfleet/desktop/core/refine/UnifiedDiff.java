package dev.skillfleet.desktop.core.refine;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes hunks as a unified diff, the way GNU diff and git do: hunks closer than twice the context merge, a count of
 * 1 is left out of the {@code @@} line, and a file without a final line break gets the
 * {@code \ No newline at end of file} marker, so the diff applies back to exactly the same bytes.
 */
final class UnifiedDiff {

    static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedDiff() {
    }

    static String write(String label, List<String> original, List<Hunk> hunks, boolean endsWithBreak) {
        if (hunks.isEmpty()) {
            return "";
        }
        int proposedSize = original.size();
        for (Hunk hunk : hunks) {
            proposedSize += hunk.proposed().count() - hunk.original().count();
        }
        StringBuilder diff = new StringBuilder();
        diff.append("--- a/").append(label).append('\n').append("+++ b/").append(label).append('\n');
        int i = 0;
        while (i < hunks.size()) {
            int j = i;
            while (j + 1 < hunks.size()
                    && hunks.get(j + 1).original().start() - hunks.get(j).original().end() <= 2 * CONTEXT) {
                j++;
            }
            group(diff, original, hunks.subList(i, j + 1), proposedSize, endsWithBreak);
            i = j + 1;
        }
        return diff.toString();
    }

    private static void group(StringBuilder diff, List<String> original, List<Hunk> group, int proposedSize,
                              boolean endsWithBreak) {
        Hunk first = group.getFirst();
        Hunk last = group.getLast();
        int fromOriginal = Math.max(0, first.original().start() - CONTEXT);
        int fromProposed = first.proposed().start() - (first.original().start() - fromOriginal);
        int toOriginal = Math.min(original.size(), last.original().end() + CONTEXT);
        int toProposed = last.proposed().end() + (toOriginal - last.original().end());
        diff.append("@@ -").append(range(fromOriginal, toOriginal - fromOriginal)).append(" +")
                .append(range(fromProposed, toProposed - fromProposed)).append(" @@\n");
        int lastOriginal = endsWithBreak ? -1 : original.size() - 1;
        int lastProposed = endsWithBreak ? -1 : proposedSize - 1;
        int o = fromOriginal;
        int p = fromProposed;
        List<Hunk> pending = new ArrayList<>(group);
        while (o < toOriginal || !pending.isEmpty()) {
            Hunk next = pending.isEmpty() ? null : pending.getFirst();
            if (next != null && next.original().start() == o) {
                for (String line : next.originalLines()) {
                    line(diff, '-', line, o == lastOriginal);
                    o++;
                }
                for (String line : next.proposedLines()) {
                    line(diff, '+', line, p == lastProposed);
                    p++;
                }
                pending.removeFirst();
            } else {
                boolean endsOriginal = o == lastOriginal;
                boolean endsProposed = p == lastProposed;
                if (endsOriginal == endsProposed) {
                    line(diff, ' ', original.get(o), endsOriginal);
                } else {
                    // The same text, with a line break on one side only: to diff and patch, a changed line.
                    line(diff, '-', original.get(o), endsOriginal);
                    line(diff, '+', original.get(o), endsProposed);
                }
                o++;
                p++;
            }
        }
    }

    private static void line(StringBuilder diff, char sign, String text, boolean noNewlineAfter) {
        diff.append(sign).append(text).append('\n');
        if (noNewlineAfter) {
            diff.append(NO_NEWLINE).append('\n');
        }
    }

    /** "3,2"; "3" for one line; for no lines, the line before the range: "0,0" at the very start. */
    private static String range(int start, int count) {
        if (count == 1) {
            return String.valueOf(start + 1);
        }
        return (count == 0 ? start : start + 1) + "," + count;
    }
}
