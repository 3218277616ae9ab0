package dev.skillfleet.desktop.core.llm.tags;

import dev.skillfleet.desktop.core.llm.StreamEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.skillfleet.desktop.core.llm.ReasoningTags.FORCED_OPEN;
import static dev.skillfleet.desktop.core.llm.ReasoningTags.OFF;
import static dev.skillfleet.desktop.core.llm.ReasoningTags.ON;
import static dev.skillfleet.desktop.core.llm.tags.Recorder.Segment.c;
import static dev.skillfleet.desktop.core.llm.tags.Recorder.Segment.r;
import static org.assertj.core.api.Assertions.assertThat;

class InlineReasoningParserTest {

    @ParameterizedTest
    @EnumSource(TagPair.class)
    void everyTagPairSeparatesReasoningFromTheAnswer(TagPair pair) {
        String text = "Intro " + pair.opener().text() + "weighing options" + pair.closer().text() + "The answer.";

        assertThat(Parse.whole(ON, text)).containsExactly(c("Intro "), r("weighing options"), c("The answer."));
    }

    @ParameterizedTest
    @EnumSource(TagPair.class)
    void everyTagPairEndsForcedOpenReasoning(TagPair pair) {
        assertThat(Parse.whole(FORCED_OPEN, "hmm" + pair.closer().text() + "Done."))
                .containsExactly(r("hmm"), c("Done."));
    }

    @Test
    void theSevenPairsFromTheWireFormatNotesAreAllKnown() {
        assertThat(Tags.OPENERS).extracting(Tag::text).containsExactly(
                "<think>", "<thinking>", "<reason>", "<reasoning>", "<thought>", "<|begin_of_thought|>",
                "◁think▷");
        assertThat(Tags.CLOSERS).extracting(Tag::text).containsExactly(
                "</think>", "</thinking>", "</reason>", "</reasoning>", "</thought>", "<|end_of_thought|>", "◁/think▷");
    }

    @Test
    void textBeforeTheFirstTagIsContent() {
        assertThat(Parse.whole(ON, "Let me check.<think>checking</think>Checked."))
                .containsExactly(c("Let me check."), r("checking"), c("Checked."));
    }

    @Test
    void severalThinkBlocksAlternateWithTheAnswer() {
        String text = "<think>first</think>Part one. <thinking>second</thinking>Part two.<think>third</think>End";

        assertThat(Parse.whole(ON, text)).containsExactly(
                r("first"), c("Part one. "), r("second"), c("Part two."), r("third"), c("End"));
    }

    @Test
    void aCloserMustMatchItsOpenersPair() {
        assertThat(Parse.whole(ON, "<think>about </thinking> and </reason></think>answer"))
                .containsExactly(r("about </thinking> and </reason>"), c("answer"));
    }

    @Test
    void aCloserWithoutAnOpenerIsTextInOnMode() {
        String prose = "Models end their thoughts with </think>, and DeepSeek uses </think> too.";

        Recorder out = Parse.chunks(ON, prose);

        assertThat(out.segments()).containsExactly(c(prose));
        assertThat(out.reasoning()).isEmpty();
    }

    @Test
    void anOpenerInsideReasoningIsJustReasoningText() {
        assertThat(Parse.whole(ON, "<think>should I write <think>? yes</think>ok"))
                .containsExactly(r("should I write <think>? yes"), c("ok"));
    }

    @Test
    void anUnclosedOpenerIsClosedAtFinishAndItsTextStaysReasoning() {
        Recorder out = Parse.chunks(ON, "Sure. <think>still going", " and going");

        assertThat(out.segments()).containsExactly(c("Sure. "), r("still going and going"));
    }

    @Test
    void anUnclosedOpenerWithAHeldCloserPrefixFlushesItAsReasoning() {
        assertThat(Parse.chunks(ON, "<think>almost</thi").segments()).containsExactly(r("almost</thi"));
    }

    @Test
    void aHeldOpenerPrefixAtTheEndIsFlushedAsContent() {
        Recorder out = Parse.chunks(ON, "compare a <", "th");

        assertThat(out.segments()).containsExactly(c("compare a <th"));
    }

    @Test
    void upperCaseTagsAreAcceptedToo() {
        assertThat(Parse.whole(ON, "<THINK>x</Think>y")).containsExactly(r("x"), c("y"));
    }

    @Test
    void offModePassesEveryChunkThroughUnchanged() {
        Recorder out = Parse.chunks(OFF, "\n\n<think>x", "</think>\n\ny", "</think>");

        assertThat(out.events).containsExactly(
                new StreamEvent.Content("\n\n<think>x"),
                new StreamEvent.Content("</think>\n\ny"),
                new StreamEvent.Content("</think>"));
    }

    @Test
    void forcedOpenStartsInReasoningUntilTheFirstCloser() {
        assertThat(Parse.whole(FORCED_OPEN, "Okay, the user wants X.\n</think>\n\nHere is X."))
                .containsExactly(r("Okay, the user wants X.\n"), c("Here is X."));
    }

    @Test
    void forcedOpenWithoutACloserStaysReasoning() {
        Recorder out = Parse.chunks(FORCED_OPEN, "thinking ", "and never closing");

        assertThat(out.segments()).containsExactly(r("thinking and never closing"));
    }

    @Test
    void forcedOpenBehavesLikeOnAfterTheCloser() {
        String text = "plan</think>Answer mentions </think> in prose.<think>again</think>Final.";

        assertThat(Parse.whole(FORCED_OPEN, text)).containsExactly(
                r("plan"), c("Answer mentions </think> in prose."), r("again"), c("Final."));
    }

    @Test
    void forcedOpenDropsAnOpenerTheModelRepeatsAtTheStart() {
        assertThat(Parse.whole(FORCED_OPEN, "<think>\nplan</think>go"))
                .containsExactly(r("plan"), c("go"));
    }

    @Test
    void forcedOpenKeepsAnOpenerThatComesAfterReasoningText() {
        assertThat(Parse.whole(FORCED_OPEN, "use <think> here</think>go"))
                .containsExactly(r("use <think> here"), c("go"));
    }

    @Test
    void blankLinesAtTheStartOfASegmentAreDroppedButIndentationStays() {
        String text = "\n<think>\n\nreasoning\n</think>\n\n    indented code\nmore";

        assertThat(Parse.whole(ON, text)).containsExactly(r("reasoning\n"), c("    indented code\nmore"));
    }

    @Test
    void whitespaceBetweenTwoThinkBlocksIsNotAnAnswer() {
        Recorder out = Parse.chunks(ON, "<think>a</think>\n\n  <think>b</think>\n\nanswer");

        assertThat(out.events).containsExactly(
                new StreamEvent.Reasoning("a"), new StreamEvent.Reasoning("b"), new StreamEvent.Content("answer"));
    }

    @Test
    void aStreamOfOnlyTagsAndBlanksEmitsNothingEmpty() {
        Recorder out = Parse.chunks(ON, "<think></think>", "\n\n", "<think>\n</think>", " ");

        assertThat(out.events).isEmpty();
    }

    @Test
    void noEventIsEverEmpty() {
        Recorder out = Parse.chunks(ON, "", "<", "think>", "", "</think>", "<", "x", "");

        assertThat(out.texts()).isNotEmpty().allSatisfy(text -> assertThat(text).isNotEmpty());
        assertThat(out.segments()).containsExactly(c("<x"));
    }

    @Test
    void finishTwiceIsHarmlessAndLaterTextIsAFreshAnswer() {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(FORCED_OPEN, recorder);
        parser.accept("unclosed");
        parser.finish();
        parser.finish();
        parser.accept("late</think>text");
        parser.finish();

        assertThat(recorder.segments()).containsExactly(r("unclosed"), c("late</think>text"));
    }

    @Test
    void surrogatePairsSplitAcrossChunksAreNeverEmittedHalfAtATime() {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(ON, recorder);
        parser.accept("smile \uD83D");
        assertThat(recorder.texts()).containsExactly("smile ");
        parser.accept("\uDE00!");
        parser.finish();

        assertThat(recorder.texts()).containsExactly("smile ", "\uD83D\uDE00!");
    }
}
