package dev.skillfleet.desktop.core.editor;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line differences between two texts, in the two forms a user reads: a unified diff (as {@code git diff} prints
 * it) and rows for a side-by-side view, each with its line numbers on both sides.
 *
 * <p>Texts are compared line by line; a text's final line break is not a line of its own, so two texts that differ
 * only in having one show no changed line (and {@link #identical()} is false only when the lines differ).
 *
 * @param unified the unified diff with three lines of context; empty when the lines are the same
 * @param rows    every line of both texts, in order, paired where a line was changed
 */
public record TextDiff(String unified, List<Row> rows) {

    private static final int CONTEXT = 3;

    public enum Kind { SAME, CHANGED, REMOVED, ADDED }

    /**
     * One row of a side-by-side view. A side without a line (the other side's line was added or removed) has line 0
     * and null text.
     */
    public record Row(Kind kind, int leftLine, String left, int rightLine, String right) {
    }

    public TextDiff {
        rows = List.copyOf(rows);
    }

    /** Whether the two texts have the same lines. */
    public boolean identical() {
        return rows.stream().allMatch(row -> row.kind() == Kind.SAME);
    }

    /**
     * @param beforeName the name shown on the unified diff's {@code ---} line (a version's time, a file name)
     * @param afterName  the same for the {@code +++} line
     */
    public static TextDiff between(String before, String after, String beforeName, String afterName) {
        List<String> left = lines(before);
        List<String> right = lines(after);
        Patch<String> patch = DiffUtils.diff(left, right);
        String unified = patch.getDeltas().isEmpty() ? ""
                : String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, left, patch, CONTEXT))
                + "\n";
        return new TextDiff(unified, rows(left, right, patch));
    }

    /** The lines of an editor text: split at line breaks, the empty piece after a final line break dropped. */
    static List<String> lines(String text) {
        String editor = LineEnding.toEditor(text);
        if (editor.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(editor.split("\n", -1)));
        if (editor.endsWith("\n")) {
            lines.removeLast();
        }
        return lines;
    }

    private static List<Row> rows(List<String> left, List<String> right, Patch<String> patch) {
        List<Row> rows = new ArrayList<>();
        int l = 0;
        int r = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            while (l < start) {
                rows.add(new Row(Kind.SAME, l + 1, left.get(l), r + 1, right.get(r)));
                l++;
                r++;
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = Math.min(removed.size(), added.size());
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                if (i < paired) {
                    rows.add(new Row(Kind.CHANGED, ++l, removed.get(i), ++r, added.get(i)));
                } else if (i < removed.size()) {
                    rows.add(new Row(Kind.REMOVED, ++l, removed.get(i), 0, null));
                } else {
                    rows.add(new Row(Kind.ADDED, 0, null, ++r, added.get(i)));
                }
            }
        }
        while (l < left.size()) {
            rows.add(new Row(Kind.SAME, l + 1, left.get(l), r + 1, right.get(r)));
            l++;
            r++;
        }
        return rows;
    }
}
