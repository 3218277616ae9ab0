package dev.skillfleet.desktop.ui.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.skillfleet.desktop.ui.markdown.StreamingMarkdown.Split;
import org.junit.jupiter.api.Test;

class StreamingMarkdownTest {

    private static void assertSplit(String text, String stable, String tail) {
        assertThat(StreamingMarkdown.split(text)).isEqualTo(new Split(stable, tail));
    }

    @Test
    void emptyTextIsAllTail() {
        assertSplit("", "", "");
    }

    @Test
    void textWithoutABlankLineIsAllTail() {
        assertSplit("# Title\nfirst line\nsecond line", "", "# Title\nfirst line\nsecond line");
        assertSplit("one paragraph\n", "", "one paragraph\n");
    }

    @Test
    void stableEndsAfterTheLastBlankLine() {
        assertSplit("one\n\ntwo\n\nthree is still", "one\n\ntwo\n\n", "three is still");
    }

    @Test
    void blankLineAtTheEndSettlesEverything() {
        assertSplit("one\n\ntwo\n\n", "one\n\ntwo\n\n", "");
    }

    @Test
    void whitespaceOnlyLineCountsAsBlank() {
        assertSplit("one\n  \t\ntwo", "one\n  \t\n", "two");
    }

    @Test
    void blankLineStillBeingTypedDoesNotCount() {
        // The last line has no terminator yet: "  " may still become "  - item".
        assertSplit("one\n  ", "", "one\n  ");
    }

    @Test
    void openFenceAndEverythingAfterItIsTail() {
        String text = "Intro.\n\n```python\ndef f():\n\n    return 1\n\nmore";
        assertSplit(text, "Intro.\n\n", "```python\ndef f():\n\n    return 1\n\nmore");
    }

    @Test
    void openFenceWithNoEarlierBoundaryIsAllTail() {
        assertSplit("```\na\n\nb\n", "", "```\na\n\nb\n");
    }

    @Test
    void closedFenceIsStableOnceABlankLineFollows() {
        String fence = "```js\nlet a = 1;\n\nlet b = 2;\n```\n";
        assertSplit("Intro\n\n" + fence + "\nNext para", "Intro\n\n" + fence + "\n", "Next para");
    }

    @Test
    void closedFenceWithoutBlankLineAfterItStaysInTheTail() {
        assertSplit("Intro\n\n```\na\n\nb\n```\nafter", "Intro\n\n", "```\na\n\nb\n```\nafter");
    }

    @Test
    void tildeFencesWorkLikeBacktickFences() {
        assertSplit("a\n\n~~~\nx\n\ny", "a\n\n", "~~~\nx\n\ny");
        assertSplit("~~~\nx\n\ny\n~~~\n\nz", "~~~\nx\n\ny\n~~~\n\n", "z");
    }

    @Test
    void fenceIsClosedOnlyByTheSameMarkerAtLeastAsLong() {
        // ``` does not close ~~~~, and ~~~ is shorter than ~~~~.
        String text = "~~~~\n```\n\n~~~\n\nstill code";
        assertSplit(text, "", text);
        assertSplit(text + "\n~~~~~\n\nout", text + "\n~~~~~\n\n", "out");
    }

    @Test
    void closingFenceLineMustBeComplete() {
        // "``" on the last, unterminated line might yet become "```x", so the fence is still open.
        assertSplit("```\ncode\n\n``", "", "```\ncode\n\n``");
    }

    @Test
    void backticksInTheInfoStringMeanItIsNotAFence() {
        assertSplit("```not a fence``` here\n\nnext", "```not a fence``` here\n\n", "next");
    }

    @Test
    void fencesIndentedInListItemsAndQuotesAreRecognised() {
        assertSplit("1. Run:\n\n     ```sh\n     make\n\n     make test", "1. Run:\n\n",
                "     ```sh\n     make\n\n     make test");
        assertSplit("> ```\n> a\n>\n> b", "", "> ```\n> a\n>\n> b");
    }

    @Test
    void crlfLineEndingsSplitAfterTheWholeTerminator() {
        assertSplit("one\r\n\r\ntwo\r\n", "one\r\n\r\n", "two\r\n");
        assertSplit("a\r\n\r\n```\r\nx\r\n\r\ny", "a\r\n\r\n", "```\r\nx\r\n\r\ny");
        assertSplit("```\r\nx\r\n\r\n```\r\n\r\nz", "```\r\nx\r\n\r\n```\r\n\r\n", "z");
    }

    @Test
    void bareCarriageReturnsAreLineEndingsToo() {
        assertSplit("one\r\rtwo", "one\r\r", "two");
    }

    @Test
    void stableAndTailAlwaysAddUpToTheText() {
        String message = "# Plan\r\n\r\nSteps:\n\n1. one\n2. two\n\n```java\nclass A {\n\n}\n```\n\n> quote\n\ndone";
        String previousStable = "";
        for (int end = 0; end <= message.length(); end++) {
            String prefix = message.substring(0, end);
            Split split = StreamingMarkdown.split(prefix);
            assertThat(split.stable() + split.tail()).isEqualTo(prefix);
            // As text streams in, the settled part only grows.
            assertThat(split.stable()).startsWith(previousStable);
            previousStable = split.stable();
        }
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> StreamingMarkdown.split(null));
    }
}
