package dev.skillfleet.desktop.core.llm.tags;

import dev.skillfleet.desktop.core.llm.ReasoningTags;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.StreamListener;

import java.util.Objects;

/**
 * A {@link StreamListener} stage that moves inline reasoning tags out of the answer: every event passes through
 * untouched and in order, except {@link StreamEvent.Content}, which goes through an {@link InlineReasoningParser}.
 * Not thread-safe; one per stream.
 *
 * <p>On {@link StreamEvent.Finished} the parser is finished first, so held-back text and the end of an unclosed
 * think block reach downstream before the stream is reported complete.
 */
public final class ReasoningTagFilter implements StreamListener {

    private final StreamListener downstream;
    private final InlineReasoningParser parser;

    public ReasoningTagFilter(ReasoningTags mode, StreamListener downstream) {
        this.downstream = Objects.requireNonNull(downstream);
        this.parser = new InlineReasoningParser(mode, downstream);
    }

    @Override
    public void onEvent(StreamEvent e) {
        if (e instanceof StreamEvent.Content content) {
            parser.accept(content.text());
            return;
        }
        if (e instanceof StreamEvent.Finished) {
            parser.finish();
        }
        downstream.onEvent(e);
    }

    /** End of stream, whether or not a {@link StreamEvent.Finished} came: emits whatever the parser still holds. */
    public void finish() {
        parser.finish();
    }
}
