package dev.skillfleet.desktop.core.llm.tags;

/**
 * Follows answer text character by character and knows whether the next character is Markdown code: inside a
 * {@code ```} or {@code ~~~} fenced block, or inside an inline {@code `code`} span. A tag shown as code is an
 * example, not the model thinking.
 *
 * <p>Fed one character at a time, so fence markers split across chunks ({@code ``} + {@code `python}) need no
 * special care. Deliberately lenient where CommonMark is strict, because a missed fence turns a code sample into
 * hidden reasoning while a spurious one only shows a tag as text:
 * <ul>
 *   <li>a fence may follow any indentation, quote or list markers ({@code > - ```}), so fences nested in lists and
 *       quotes count;</li>
 *   <li>an inline span ends at its matching backtick run or at the end of the line, whichever comes first
 *       (CommonMark would let it run on, or not open it at all when unmatched; deciding that needs lookahead that
 *       would delay the stream).</li>
 * </ul>
 */
final class FenceTracker {

    /** Only indentation, quote and list markers so far on this line: a backtick run here may be a fence. */
    private boolean lineStart = true;

    /** The run of '`' or '~' being read (0 = none); its meaning is decided when a different character arrives. */
    private char runChar;
    private int runLength;
    private boolean runAtLineStart;

    /** The open fenced block (length 0 = none). */
    private char fenceChar;
    private int fenceLength;
    /** A run on this line could close the fence, if only blanks follow it up to the line break. */
    private boolean closingCandidate;

    /** Backticks of the open inline span (0 = none). */
    private int spanLength;

    /** Forgets everything: the next character starts a fresh line outside any code. */
    void reset() {
        lineStart = true;
        runChar = 0;
        runLength = 0;
        runAtLineStart = false;
        fenceChar = 0;
        fenceLength = 0;
        closingCandidate = false;
        spanLength = 0;
    }

    /**
     * Whether the character about to be fed is code. Only valid for a character that is neither '`' nor '~' (a tag
     * start always is), since that character ends any run being read.
     */
    boolean nextIsCode() {
        endRun();
        return fenceLength > 0 || spanLength > 0;
    }

    void feed(char c) {
        if (c == '`' || c == '~') {
            if (c == runChar) {
                runLength++;
                return;
            }
            endRun();
            closingCandidate = false;
            runChar = c;
            runLength = 1;
            runAtLineStart = lineStart;
            lineStart = false;
            return;
        }
        endRun();
        if (c == '\n') {
            if (closingCandidate) {
                fenceChar = 0;
                fenceLength = 0;
                closingCandidate = false;
            }
            spanLength = 0;
            lineStart = true;
            return;
        }
        boolean blank = c == ' ' || c == '\t' || c == '\r';
        if (!blank) {
            closingCandidate = false;
        }
        if (lineStart && !blank && !isMarker(c)) {
            lineStart = false;
        }
    }

    /** Gives the finished run of '`' or '~' its meaning. Idempotent. */
    private void endRun() {
        if (runChar == 0) {
            return;
        }
        char c = runChar;
        int n = runLength;
        boolean atLineStart = runAtLineStart;
        runChar = 0;
        runLength = 0;
        if (fenceLength > 0) {
            if (atLineStart && c == fenceChar && n >= fenceLength) {
                closingCandidate = true;
            }
        } else if (spanLength > 0) {
            if (c == '`' && n == spanLength) {
                spanLength = 0;
            }
        } else if (atLineStart && n >= 3) {
            fenceChar = c;
            fenceLength = n;
        } else if (c == '`') {
            spanLength = n;
        }
    }

    /** Quote and list markers that may precede a fence on its line. */
    private static boolean isMarker(char c) {
        return c == '>' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')' || (c >= '0' && c <= '9');
    }
}
