package dev.skillfleet.desktop.core.refine;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown body as lines, each marked whether it belongs to a fenced code block (the fences included), so rules
 * that rewrite prose never touch code: blank lines, trailing spaces and "just" all mean something in a code sample.
 *
 * <p>Works on {@code \n} text. {@link #text()} gives the lines back exactly, so an unchanged body renders unchanged.
 */
final class MarkdownLines {

    final List<String> lines;
    final List<Boolean> code;
    /** Whether the text ended with a line break (the last line is then not an empty line of its own). */
    final boolean endsWithBreak;

    private MarkdownLines(List<String> lines, List<Boolean> code, boolean endsWithBreak) {
        this.lines = lines;
        this.code = code;
        this.endsWithBreak = endsWithBreak;
    }

    static MarkdownLines of(String body) {
        List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
        boolean endsWithBreak = body.endsWith("\n");
        if (endsWithBreak || body.isEmpty()) {
            lines.removeLast();
        }
        return new MarkdownLines(lines, fencedCode(lines), endsWithBreak);
    }

    int size() {
        return lines.size();
    }

    boolean isCode(int i) {
        return code.get(i);
    }

    String text() {
        return String.join("\n", lines) + (endsWithBreak && !lines.isEmpty() ? "\n" : "");
    }

    /**
     * Marks the lines of fenced blocks: a fence is three or more backticks or tildes indented at most three spaces,
     * closed by a fence of the same character at least as long (CommonMark). An unclosed fence runs to the end.
     */
    static List<Boolean> fencedCode(List<String> lines) {
        List<Boolean> code = new ArrayList<>(lines.size());
        char fenceChar = 0;
        int fenceLength = 0;
        for (String line : lines) {
            int indent = FrontmatterText.indentOf(line);
            int run = indent <= 3 ? run(line, indent) : 0;
            if (fenceChar == 0) {
                if (run >= 3 && !(line.charAt(indent) == '`' && line.indexOf('`', indent + run) >= 0)) {
                    fenceChar = line.charAt(indent);
                    fenceLength = run;
                    code.add(true);
                } else {
                    code.add(false);
                }
            } else {
                code.add(true);
                if (run >= fenceLength && line.charAt(indent) == fenceChar && line.substring(indent + run).isBlank()) {
                    fenceChar = 0;
                }
            }
        }
        return code;
    }

    private static int run(String line, int from) {
        if (from >= line.length() || line.charAt(from) != '`' && line.charAt(from) != '~') {
            return 0;
        }
        char c = line.charAt(from);
        int i = from;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        return i - from;
    }
}
