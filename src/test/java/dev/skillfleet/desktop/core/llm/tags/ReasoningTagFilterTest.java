package dev.skillfleet.desktop.core.llm.tags;

import dev.skillfleet.desktop.core.llm.ReasoningTags;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReasoningTagFilterTest {

    @Test
    void otherEventsPassThroughUntouchedAndInOrder() {
        Recorder downstream = new Recorder();
        ReasoningTagFilter filter = new ReasoningTagFilter(ReasoningTags.ON, downstream);
        StreamEvent.Reasoning fieldReasoning = new StreamEvent.Reasoning("<think>from the reasoning field");
        StreamEvent.Usage usage = new StreamEvent.Usage(12, 34, 56.5);
        StreamEvent.Finished finished = new StreamEvent.Finished("stop");

        filter.onEvent(fieldReasoning);
        filter.onEvent(new StreamEvent.Content("<think>inline</think>Answer"));
        filter.onEvent(usage);
        filter.onEvent(finished);
        filter.finish();

        assertThat(downstream.events).hasSize(5);
        assertThat(downstream.events.get(0)).isSameAs(fieldReasoning);
        assertThat(downstream.events.get(1)).isEqualTo(new StreamEvent.Reasoning("inline"));
        assertThat(downstream.events.get(2)).isEqualTo(new StreamEvent.Content("Answer"));
        assertThat(downstream.events.get(3)).isSameAs(usage);
        assertThat(downstream.events.get(4)).isSameAs(finished);
    }

    @Test
    void heldTextAndAnUnclosedBlockAreFlushedBeforeFinished() {
        Recorder downstream = new Recorder();
        ReasoningTagFilter filter = new ReasoningTagFilter(ReasoningTags.ON, downstream);
        StreamEvent.Finished finished = new StreamEvent.Finished("length");

        filter.onEvent(new StreamEvent.Content("<think>cut off mid </thi"));
        filter.onEvent(finished);
        filter.finish();

        assertThat(downstream.events).containsExactly(
                new StreamEvent.Reasoning("cut off mid "), new StreamEvent.Reasoning("</thi"), finished);
    }

    @Test
    void finishWithoutAFinishedEventFlushesTheTail() {
        Recorder downstream = new Recorder();
        ReasoningTagFilter filter = new ReasoningTagFilter(ReasoningTags.ON, downstream);

        filter.onEvent(new StreamEvent.Content("truncated <"));
        assertThat(downstream.texts()).containsExactly("truncated ");
        filter.finish();

        assertThat(downstream.texts()).containsExactly("truncated ", "<");
    }

    @Test
    void offModeChangesNothing() {
        Recorder downstream = new Recorder();
        ReasoningTagFilter filter = new ReasoningTagFilter(ReasoningTags.OFF, downstream);
        StreamEvent.Content content = new StreamEvent.Content("<think>x</think>");

        filter.onEvent(content);
        filter.onEvent(new StreamEvent.Finished(null));
        filter.finish();

        assertThat(downstream.events).containsExactly(content, new StreamEvent.Finished(null));
    }

    @Test
    void forcedOpenAppliesToTheContentEvents() {
        Recorder downstream = new Recorder();
        ReasoningTagFilter filter = new ReasoningTagFilter(ReasoningTags.FORCED_OPEN, downstream);

        filter.onEvent(new StreamEvent.Content("plan</thi"));
        filter.onEvent(new StreamEvent.Content("nk>\n\nanswer"));
        filter.finish();

        assertThat(downstream.events).containsExactly(
                new StreamEvent.Reasoning("plan"), new StreamEvent.Content("answer"));
    }
}
