package dev.skillfleet.desktop.core.llm.tags;

import dev.skillfleet.desktop.core.llm.ReasoningTags;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.StreamListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.skillfleet.desktop.core.llm.ReasoningTags.FORCED_OPEN;
import static dev.skillfleet.desktop.core.llm.ReasoningTags.ON;
import static dev.skillfleet.desktop.core.llm.tags.Recorder.Segment.c;
import static dev.skillfleet.desktop.core.llm.tags.Recorder.Segment.r;
import static org.assertj.core.api.Assertions.assertThat;

/** However the stream is cut into chunks, the result is the one the whole text gives. */
class ChunkingTest {

    /** Every pair, a fence split-prone marker, prose closers, near-miss prefixes and a surrogate pair. */
    private static final String SAMPLE = String.join("",
            "Hi <b>there</b> <th <|x plan:\n",
            "<think>\nfirst </thinking> thought\n</think>\n\n",
            "Answer with `<think>` inline and </think> in prose 😀.\n",
            "```python\nprint('<think>')\n```\n",
            "<thinking>two</thinking>",
            "<reason>three</reason>",
            "<reasoning>four</reasoning>",
            "<thought>five</thought>",
            "<|begin_of_thought|>six<|end_of_thought|>",
            "◁think▷seven◁/think▷",
            "~~~\n◁think▷ in tildes\n~~~\nend ◁ <");

    @Test
    void theSampleItselfParsesAsIntended() {
        Recorder out = Parse.chunks(ON, SAMPLE);

        assertThat(out.segments()).containsExactly(
                c("Hi <b>there</b> <th <|x plan:\n"),
                r("first </thinking> thought\n"),
                c("Answer with `<think>` inline and </think> in prose 😀.\n```python\nprint('<think>')\n```\n"),
                r("twothreefourfivesixseven"),
                c("~~~\n◁think▷ in tildes\n~~~\nend ◁ <"));
        assertThat(out.events).filteredOn(StreamEvent.Reasoning.class::isInstance).extracting(Object::toString)
                .endsWith("Reasoning[text=two]", "Reasoning[text=three]", "Reasoning[text=four]",
                        "Reasoning[text=five]", "Reasoning[text=six]", "Reasoning[text=seven]");
    }

    @ParameterizedTest
    @EnumSource(ReasoningTags.class)
    void everySingleSplitPointGivesTheUnsplitResult(ReasoningTags mode) {
        List<Recorder.Segment> whole = Parse.whole(mode, SAMPLE);
        for (int i = 0; i <= SAMPLE.length(); i++) {
            Recorder out = Parse.chunks(mode, SAMPLE.substring(0, i), SAMPLE.substring(i));
            assertThat(out.segments()).as("split at %d", i).isEqualTo(whole);
            assertThat(out.texts()).as("split at %d", i).doesNotContain("");
        }
    }

    @ParameterizedTest
    @EnumSource(ReasoningTags.class)
    void everyPairOfSplitPointsAroundTagsGivesTheUnsplitResult(ReasoningTags mode) {
        String text = "a<think>b</think>\n\nc\n``~\n```\n<x>\n```\n"
                + "◁think▷d◁/think▷<|begin_of_thought|>e<|end_of_thought|>f";
        List<Recorder.Segment> whole = Parse.whole(mode, text);
        if (mode == ON) {
            assertThat(whole).containsExactly(c("a"), r("b"), c("c\n``~\n```\n<x>\n```\n"), r("de"), c("f"));
        }
        for (int i = 0; i <= text.length(); i++) {
            for (int j = i; j <= text.length(); j++) {
                Recorder out = Parse.chunks(mode, text.substring(0, i), text.substring(i, j), text.substring(j));
                assertThat(out.segments()).as("split at %d and %d", i, j).isEqualTo(whole);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ReasoningTags.class)
    void oneCharacterPerChunkGivesTheUnsplitResult(ReasoningTags mode) {
        Recorder out = Parse.chunks(mode, characters(SAMPLE));

        assertThat(out.segments()).isEqualTo(Parse.whole(mode, SAMPLE));
        assertThat(out.texts()).doesNotContain("");
    }

    @ParameterizedTest
    @EnumSource(ReasoningTags.class)
    void randomChunkingsGiveTheUnsplitResult(ReasoningTags mode) {
        Random random = new Random(20250101L);
        List<Recorder.Segment> whole = Parse.whole(mode, SAMPLE);
        for (int round = 0; round < 500; round++) {
            List<String> chunks = new ArrayList<>();
            int at = 0;
            while (at < SAMPLE.length()) {
                int size = Math.min(SAMPLE.length() - at, random.nextInt(Tags.MAX_LENGTH + 4));
                chunks.add(SAMPLE.substring(at, at + size));
                at += size;
            }
            Recorder out = Parse.chunks(mode, chunks);
            assertThat(out.segments()).as("chunks %s", chunks).isEqualTo(whole);
            assertThat(out.texts()).as("chunks %s", chunks).doesNotContain("");
        }
    }

    @Test
    void forcedOpenSampleIsReasoningUpToTheFirstCloser() {
        List<Recorder.Segment> segments = Parse.whole(FORCED_OPEN, SAMPLE);

        assertThat(segments.getFirst()).isEqualTo(r("Hi <b>there</b> <th <|x plan:\n<think>\nfirst "));
        assertThat(segments.get(1).text()).startsWith(" thought\n</think>\n\nAnswer with");
    }

    @Test
    void aMegabyteAnswerOneCharacterAtATimeIsParsedWhole() {
        StringBuilder text = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append("<think>step ").append(i).append("</think>answer ").append(i).append(" <b> ◁\n");
            reasoning.append("step ").append(i);
            content.append("answer ").append(i).append(" <b> ◁\n");
        }

        Totals totals = feedOneByOne(ON, text);

        assertThat(totals.reasoning.toString()).isEqualTo(reasoning.toString());
        assertThat(totals.content.toString()).isEqualTo(content.toString());
    }

    @Test
    void aMegabyteOfNearMissTagPrefixesStaysContent() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_000_000) {
            text.append("<thinkin <|begin_of_though <reasonin ◁thin <<<< </think>");
        }

        Totals totals = feedOneByOne(ON, text);

        assertThat(totals.reasoning).isEmpty();
        assertThat(totals.content.toString()).isEqualTo(text.toString());
    }

    @Test
    void aMegabyteOfUnclosedReasoningStaysReasoning() {
        String text = "<think>" + "deep thought </thinkin ".repeat(45_000);

        Totals totals = feedOneByOne(ON, text);

        assertThat(totals.content).isEmpty();
        assertThat(totals.reasoning.toString()).isEqualTo(text.substring("<think>".length()));
    }

    private static List<String> characters(String text) {
        List<String> chars = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            chars.add(String.valueOf(text.charAt(i)));
        }
        return chars;
    }

    /** Feeds one char per chunk into a listener that keeps only the totals (a million events would not fit). */
    private static Totals feedOneByOne(ReasoningTags mode, CharSequence text) {
        Totals totals = new Totals();
        InlineReasoningParser parser = new InlineReasoningParser(mode, totals);
        for (int i = 0; i < text.length(); i++) {
            parser.accept(String.valueOf(text.charAt(i)));
        }
        parser.finish();
        return totals;
    }

    private static final class Totals implements StreamListener {
        final StringBuilder reasoning = new StringBuilder();
        final StringBuilder content = new StringBuilder();

        @Override
        public void onEvent(StreamEvent event) {
            switch (event) {
                case StreamEvent.Reasoning r -> reasoning.append(r.text());
                case StreamEvent.Content c -> content.append(c.text());
                default -> throw new AssertionError("unexpected " + event);
            }
        }
    }
}
