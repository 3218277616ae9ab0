package dev.skillfleet.desktop.core.llm.tags;

import org.junit.jupiter.api.Test;

import static dev.skillfleet.desktop.core.llm.ReasoningTags.FORCED_OPEN;
import static dev.skillfleet.desktop.core.llm.ReasoningTags.ON;
import static dev.skillfleet.desktop.core.llm.tags.Recorder.Segment.c;
import static dev.skillfleet.desktop.core.llm.tags.Recorder.Segment.r;
import static org.assertj.core.api.Assertions.assertThat;

/** Tags shown as Markdown code are examples, not thinking. */
class CodeFenceTest {

    private static final String TUTORIAL = """
            To hide reasoning, wrap it like this:

            ```xml
            <think>
            private notes
            </think>
            ```

            Done.""";

    @Test
    void tagsInsideABacktickFenceStayContent() {
        assertThat(Parse.whole(ON, TUTORIAL)).containsExactly(c(TUTORIAL));
    }

    @Test
    void tagsInsideATildeFenceStayContent() {
        String text = "~~~\n<thinking>x</thinking>\n◁think▷y◁/think▷\n~~~\n";

        assertThat(Parse.whole(ON, text)).containsExactly(c(text));
    }

    @Test
    void aTagAfterTheFenceClosesIsThinkingAgain() {
        assertThat(Parse.whole(ON, "```\n<think>\n```\n<think>real</think>answer"))
                .containsExactly(c("```\n<think>\n```\n"), r("real"), c("answer"));
    }

    @Test
    void fenceMarkersSplitAcrossChunksAreStillFences() {
        Recorder out = Parse.chunks(ON, "``", "`python\n", "x = '<th", "ink>'\n`", "``", "\n", "<think>r</think>a");

        assertThat(out.segments()).containsExactly(c("```python\nx = '<think>'\n```\n"), r("r"), c("a"));
    }

    @Test
    void onlyALongEnoughRunOfTheSameCharacterClosesAFence() {
        String inside = "````\n```\n~~~~\n<think>still code\n````\n";

        assertThat(Parse.whole(ON, inside + "<think>r</think>a")).containsExactly(c(inside), r("r"), c("a"));
    }

    @Test
    void aFenceLineWithTextAfterTheMarkersDoesNotClose() {
        String inside = "```\n``` <think> not a close\n";

        assertThat(Parse.whole(ON, inside + "<think>")).containsExactly(c(inside + "<think>"));
    }

    @Test
    void fencesInsideListsAndQuotesCount() {
        String text = "1. Example:\n   ```\n   <think>\n   ```\n> ```\n> </think> <think>\n> ```\n";

        assertThat(Parse.whole(ON, text)).containsExactly(c(text));
    }

    @Test
    void anInlineCodeSpanHidesATag() {
        String text = "Use `<think>` and ``<|begin_of_thought|>`` to open.";

        assertThat(Parse.whole(ON, text)).containsExactly(c(text));
    }

    @Test
    void anInlineSpanEndsAtItsMatchingRunAndAtTheEndOfTheLine() {
        assertThat(Parse.whole(ON, "`a`` <b>` <think>x</think>y"))
                .as("`` does not close a single-backtick span, the second ` does")
                .containsExactly(c("`a`` <b>` "), r("x"), c("y"));
        assertThat(Parse.whole(ON, "a stray ` here\n<think>x</think>y"))
                .containsExactly(c("a stray ` here\n"), r("x"), c("y"));
    }

    @Test
    void aFenceLeftOpenInsideReasoningDoesNotSwallowTheAnswer() {
        assertThat(Parse.whole(ON, "<think>try:\n```\ncode</think>The answer"))
                .containsExactly(r("try:\n```\ncode"), c("The answer"));
    }

    @Test
    void fenceStateStartsFreshAfterReasoning() {
        assertThat(Parse.whole(ON, "`<think>`\n<think>x</think>```\n<think>\n```\n<think>y</think>z"))
                .containsExactly(c("`<think>`\n"), r("x"), c("```\n<think>\n```\n"), r("y"), c("z"));
    }

    @Test
    void forcedOpenAnswerAfterTheCloserRespectsFences() {
        assertThat(Parse.whole(FORCED_OPEN, "plan</think>\n\n```\n<think>\n```\n"))
                .containsExactly(r("plan"), c("```\n<think>\n```\n"));
    }

    @Test
    void trackerReportsCodeOnlyWhereMarkdownWouldShowCode() {
        FenceTracker tracker = new FenceTracker();
        feed(tracker, "text ");
        assertThat(tracker.nextIsCode()).isFalse();
        feed(tracker, "`");
        assertThat(tracker.nextIsCode()).as("inside an inline span").isTrue();
        feed(tracker, "x`");
        assertThat(tracker.nextIsCode()).isFalse();
        feed(tracker, "\n~~");
        assertThat(tracker.nextIsCode()).as("two tildes are strikethrough, not a fence").isFalse();
        feed(tracker, "\n  ~~~~ info");
        assertThat(tracker.nextIsCode()).isTrue();
        feed(tracker, "\n~~~ \t");
        assertThat(tracker.nextIsCode()).as("a short run does not close").isTrue();
        feed(tracker, "\n~~~~~  \r\n");
        assertThat(tracker.nextIsCode()).isFalse();
        feed(tracker, "```");
        tracker.reset();
        assertThat(tracker.nextIsCode()).isFalse();
    }

    private static void feed(FenceTracker tracker, String text) {
        text.chars().forEach(c -> tracker.feed((char) c));
    }
}
