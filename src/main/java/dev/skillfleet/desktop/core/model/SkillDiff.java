package dev.skillfleet.desktop.core.model;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.List;

/**
 * A unified diff of two SKILL.md versions as a fenced Markdown block the chat can show, capped in length.
 *
 * @param added   lines added
 * @param removed lines removed
 * @param block   the fenced {@code diff} block, with a note when it was cut; "" when nothing changed
 */
record SkillDiff(int added, int removed, String block) {

    static final int MAX_LINES = 400;
    private static final int CONTEXT = 3;

    static SkillDiff of(String originalName, String revisedName, String original, String revised) {
        List<String> before = lines(original);
        List<String> after = lines(revised);
        Patch<String> patch = DiffUtils.diff(before, after);
        if (patch.getDeltas().isEmpty()) {
            return new SkillDiff(0, 0, "");
        }
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            added += delta.getTarget().size();
            removed += delta.getSource().size();
        }
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(originalName, revisedName, before, patch, CONTEXT);
        List<String> shown = diff.size() > MAX_LINES ? diff.subList(0, MAX_LINES) : diff;
        String fence = fenceFor(shown);
        StringBuilder block = new StringBuilder(fence).append("diff\n");
        shown.forEach(line -> block.append(line).append('\n'));
        block.append(fence).append('\n');
        if (diff.size() > MAX_LINES) {
            block.append("\n*The diff has ").append(diff.size()).append(" lines; the first ").append(MAX_LINES)
                    .append(" are shown. The draft holds the whole revised file.*\n");
        }
        return new SkillDiff(added, removed, block.toString());
    }

    /** Whether two versions have the same lines (line endings and a final newline aside). */
    static boolean same(String original, String revised) {
        return lines(original).equals(lines(revised));
    }

    /**
     * A fence longer than any backtick run in the diff: skills hold code blocks, and a context line such as
     * {@code " ```"} would otherwise close the diff's own fence.
     */
    private static String fenceFor(List<String> lines) {
        int longest = 0;
        for (String line : lines) {
            int run = 0;
            for (int i = 0; i < line.length(); i++) {
                run = line.charAt(i) == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static List<String> lines(String text) {
        return text.replace("\r\n", "\n").lines().toList();
    }
}
