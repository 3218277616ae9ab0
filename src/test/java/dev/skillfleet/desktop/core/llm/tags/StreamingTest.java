package dev.skillfleet.desktop.core.llm.tags;

import dev.skillfleet.desktop.core.llm.ReasoningTags;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.skillfleet.desktop.core.llm.ReasoningTags.ON;
import static org.assertj.core.api.Assertions.assertThat;

/** Only what could still become a tag waits; everything else goes out with the chunk that brought it. */
class StreamingTest {

    @ParameterizedTest
    @EnumSource(ReasoningTags.class)
    void plainTextIsEmittedByTheAcceptThatBroughtIt(ReasoningTags mode) {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(mode, recorder);
        List<String> chunks = List.of("Hello", " world", ", this", " is", " 100% plain > text.", "\n", "Bye");
        for (int i = 0; i < chunks.size(); i++) {
            parser.accept(chunks.get(i));
            assertThat(recorder.texts()).as("after chunk %d", i).containsExactlyElementsOf(chunks.subList(0, i + 1));
        }
    }

    @Test
    void reasoningTextIsEmittedImmediatelyToo() {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(ON, recorder);
        parser.accept("<think>");
        parser.accept("Let me");
        assertThat(recorder.events).containsExactly(new StreamEvent.Reasoning("Let me"));
        parser.accept(" see");
        assertThat(recorder.events)
                .containsExactly(new StreamEvent.Reasoning("Let me"), new StreamEvent.Reasoning(" see"));
    }

    @Test
    void onlyATailThatCouldBecomeATagIsHeldAndItIsReleasedOnceItCannot() {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(ON, recorder);

        parser.accept("a <");
        assertThat(recorder.texts()).containsExactly("a ");
        parser.accept("th");
        assertThat(recorder.texts()).as("<th may still become <think>").containsExactly("a ");
        parser.accept("e");
        assertThat(recorder.texts()).as("<the can't").containsExactly("a ", "<the");
        parser.accept(" ◁");
        assertThat(recorder.texts()).containsExactly("a ", "<the", " ");
        parser.accept("x");
        assertThat(recorder.texts()).containsExactly("a ", "<the", " ", "◁x");
    }

    @Test
    void aCloserPrefixIsNotHeldInContentWhereNoCloserCanApply() {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(ON, recorder);

        parser.accept("write </th");

        assertThat(recorder.texts()).containsExactly("write </th");
    }

    @Test
    void aCloserPrefixIsHeldInReasoning() {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(ON, recorder);

        parser.accept("<think>hm</th");
        assertThat(recorder.texts()).containsExactly("hm");
        parser.accept("ink>ok");

        assertThat(recorder.events).containsExactly(new StreamEvent.Reasoning("hm"), new StreamEvent.Content("ok"));
    }

    @Test
    void nothingIsHeldInsideCode() {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(ON, recorder);

        parser.accept("```\n<th");

        assertThat(recorder.texts()).containsExactly("```\n<th");
    }

    @Test
    void theHeldTailIsNeverLongerThanTheLongestTag() {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(ON, recorder);
        String almost = "<|begin_of_thought|";

        parser.accept("x" + almost);

        assertThat(almost.length()).isLessThan(Tags.MAX_LENGTH);
        assertThat(recorder.texts()).containsExactly("x");
        parser.accept(">r");
        assertThat(recorder.events).containsExactly(new StreamEvent.Content("x"), new StreamEvent.Reasoning("r"));
    }

    @Test
    void leadingBlanksOfASegmentWaitOnlyUntilVisibleText() {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(ON, recorder);

        parser.accept("<think>r</think>\n");
        parser.accept("\n  ");
        assertThat(recorder.texts()).containsExactly("r");
        parser.accept("code");

        assertThat(recorder.texts()).containsExactly("r", "  code");
    }
}
