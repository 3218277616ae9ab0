package dev.skillfleet.desktop.core.llm.tags;

import dev.skillfleet.desktop.core.llm.ReasoningTags;

import java.util.List;

/** Runs a parser over given chunks and returns what it emitted. */
final class Parse {

    private Parse() {
    }

    static Recorder chunks(ReasoningTags mode, List<String> chunks) {
        Recorder recorder = new Recorder();
        InlineReasoningParser parser = new InlineReasoningParser(mode, recorder);
        chunks.forEach(parser::accept);
        parser.finish();
        return recorder;
    }

    static Recorder chunks(ReasoningTags mode, String... chunks) {
        return chunks(mode, List.of(chunks));
    }

    static List<Recorder.Segment> whole(ReasoningTags mode, String text) {
        return chunks(mode, text).segments();
    }
}
