package dev.skillfleet.desktop.core.refine;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A proposed new text for one file of a skill, as hunks the user accepts or rejects one by one. Nothing is written:
 * {@link #apply} gives the text to save.
 *
 * <p>The diff works on lines without their breaks, so a CRLF file compares cleanly with a proposal written with LF.
 * Each original line keeps its own break when it stays; new lines get the file's usual break (CRLF when most of its
 * lines end so, else LF); and the last line ends with a break exactly when the original's did. Saving a proposal
 * therefore never changes a file's line endings, only the lines a hunk replaced.
 */
public final class Proposal {

    private final String original;
    private final List<String> reasons;
    private final List<String> originalLines;
    private final List<String> originalBreaks;
    private final String newLineBreak;
    private final boolean endsWithBreak;
    private final List<Hunk> hunks;
    private final String proposed;

    private Proposal(String original, String proposedText, List<String> reasons) {
        this.original = original;
        this.reasons = List.copyOf(reasons);
        this.originalLines = new ArrayList<>();
        this.originalBreaks = new ArrayList<>();
        split(original, originalLines, originalBreaks);
        long crlf = originalBreaks.stream().filter("\r\n"::equals).count();
        long lf = originalBreaks.stream().filter("\n"::equals).count();
        this.newLineBreak = crlf > lf ? "\r\n" : "\n";
        this.endsWithBreak = original.isEmpty() ? proposedText.endsWith("\n") : original.endsWith("\n");
        List<String> proposedLines = new ArrayList<>();
        split(proposedText, proposedLines, new ArrayList<>());
        this.hunks = hunks(DiffUtils.diff(originalLines, proposedLines));
        this.proposed = apply(IntStream.range(0, hunks.size()).boxed().toList());
    }

    /**
     * @param original the file as it is (any line breaks)
     * @param proposed the text proposed for it; only its lines count, not its line breaks
     * @param reasons  one sentence per change, for the user
     */
    public static Proposal of(String original, String proposed, List<String> reasons) {
        return new Proposal(Objects.requireNonNull(original, "original"), Objects.requireNonNull(proposed, "proposed"),
                reasons);
    }

    /** A proposal that changes nothing (no hunks), with why when there is something to say. */
    public static Proposal none(String original, List<String> reasons) {
        return of(original, original, reasons);
    }

    public String original() {
        return original;
    }

    /** The text with every hunk applied, in the original's line breaks: what "accept all" saves. */
    public String proposed() {
        return proposed;
    }

    public List<String> reasons() {
        return reasons;
    }

    public List<Hunk> hunks() {
        return hunks;
    }

    public boolean isEmpty() {
        return hunks.isEmpty();
    }

    /** The original with only the accepted hunks applied; an index that is no hunk is ignored. */
    public String apply(Set<Integer> accepted) {
        return apply((Collection<Integer>) accepted);
    }

    private String apply(Collection<Integer> accepted) {
        List<String> lines = new ArrayList<>();
        List<String> breaks = new ArrayList<>();
        int at = 0;
        for (Hunk hunk : hunks) {
            keep(at, hunk.original().start(), lines, breaks);
            if (accepted.contains(hunk.index())) {
                hunk.proposedLines().forEach(line -> {
                    lines.add(line);
                    breaks.add(newLineBreak);
                });
            } else {
                keep(hunk.original().start(), hunk.original().end(), lines, breaks);
            }
            at = hunk.original().end();
        }
        keep(at, originalLines.size(), lines, breaks);
        StringBuilder text = new StringBuilder(original.length() + 64);
        for (int i = 0; i < lines.size(); i++) {
            String lineBreak = breaks.get(i);
            if (i == lines.size() - 1) {
                // The original's last line may have had no break; a line that was last and no longer is needs one.
                lineBreak = !endsWithBreak ? "" : lineBreak.isEmpty() ? newLineBreak : lineBreak;
            } else if (lineBreak.isEmpty()) {
                lineBreak = newLineBreak;
            }
            text.append(lines.get(i)).append(lineBreak);
        }
        return text.toString();
    }

    /**
     * A standard unified diff ({@code --- a/LABEL}, {@code +++ b/LABEL}, 3 lines of context) that {@code patch -p1}
     * and {@code git apply} accept; "" when nothing changes.
     */
    public String unifiedDiff(String fileLabel) {
        return UnifiedDiff.write(fileLabel, originalLines, hunks, endsWithBreak);
    }

    private void keep(int from, int to, List<String> lines, List<String> breaks) {
        for (int i = from; i < to; i++) {
            lines.add(originalLines.get(i));
            breaks.add(originalBreaks.get(i));
        }
    }

    private static List<Hunk> hunks(Patch<String> patch) {
        List<Hunk> hunks = new ArrayList<>();
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int source = delta.getSource().getPosition();
            int target = delta.getTarget().getPosition();
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            hunks.add(new Hunk(hunks.size(), new Hunk.LineRange(source, source + removed.size()),
                    new Hunk.LineRange(target, target + added.size()), removed, added));
        }
        return List.copyOf(hunks);
    }

    /**
     * Lines and their breaks ("\r\n", "\n", or "" for a last line without one). A lone CR stays in its line, as the
     * SKILL.md parser reads it.
     */
    private static void split(String text, List<String> lines, List<String> breaks) {
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(text.substring(start));
                breaks.add("");
                return;
            }
            boolean crlf = nl > start && text.charAt(nl - 1) == '\r';
            lines.add(text.substring(start, crlf ? nl - 1 : nl));
            breaks.add(crlf ? "\r\n" : "\n");
            start = nl + 1;
        }
    }
}
