package dev.skillfleet.desktop.core.llm.tags;

import dev.skillfleet.desktop.core.llm.ReasoningTags;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.StreamListener;

import java.util.List;
import java.util.Objects;

/**
 * Splits answer text that arrives in arbitrary chunks into reasoning and content, following inline tags
 * ({@code <think>…</think>} and the other {@link TagPair}s; wire-formats.md 2.2). Not thread-safe; one per stream.
 *
 * <p>Emits {@link StreamEvent.Reasoning} and {@link StreamEvent.Content} in stream order, never an empty one, and
 * never one that straddles a tag. Choices, each against a bug seen in another client:
 * <ul>
 *   <li><b>ON</b>: an opener outside Markdown code (fenced blocks, inline spans; see {@link FenceTracker}) starts
 *       reasoning; only the closer of the same pair ends it. A closer without an opener is text, so an answer that
 *       talks about {@code </think>} stays whole. Any number of think blocks per stream.</li>
 *   <li>Inside reasoning, the closer counts even where it looks like code: a model that leaves a fence open in its
 *       thoughts must not swallow the whole answer.</li>
 *   <li><b>OFF</b>: every chunk is passed on as content, unchanged and at once.</li>
 *   <li><b>FORCED_OPEN</b>: the chat template printed the opener, so the stream starts in reasoning and the first
 *       closer of any pair ends it; after that, as ON. With no closer at all the whole stream stays reasoning: that
 *       is what the profile declares, and guessing otherwise would show thoughts as the answer. An opener before
 *       any reasoning text is dropped, for models that print the template's opener again.</li>
 *   <li>End of stream ({@link #finish()}): held-back text is emitted as what it was, and an unclosed opener is
 *       simply closed; its text stays reasoning. Nothing is ever left "thinking".</li>
 *   <li>Blank lines at the start of a segment (the usual {@code "\n\n"} after {@code </think>}, the {@code "\n"}
 *       after {@code <think>}, leading blank lines of the answer) are dropped; see {@link SegmentWriter}. OFF keeps
 *       them.</li>
 *   <li>Tags are recognised in any ASCII case ({@code <THINK>}).</li>
 * </ul>
 *
 * <p>Streaming: only a tail that could still become a tag allowed at that point is held back (a trailing
 * {@code "<th"} or {@code "◁"}, never longer than the longest tag), plus a trailing high surrogate so a character
 * is never split. Everything else is emitted by the {@link #accept} that brought it. Work is linear in the input:
 * each character is looked at a bounded number of times, and only the short held tail is ever copied again.
 */
public final class InlineReasoningParser {

    private final ReasoningTags mode;
    private final StreamListener out;
    private final SegmentWriter writer;
    private final FenceTracker fence = new FenceTracker();

    /** Closers that end the current reasoning: one pair's, or every pair's while the template's opener is open. */
    private List<Tag> closers;
    private boolean forcedOpen;
    /** The tail of the last chunk that cannot be decided yet; shorter than {@link Tags#MAX_LENGTH}. */
    private String held = "";

    public InlineReasoningParser(ReasoningTags mode, StreamListener out) {
        this.mode = Objects.requireNonNull(mode);
        this.out = Objects.requireNonNull(out);
        this.forcedOpen = mode == ReasoningTags.FORCED_OPEN;
        this.closers = forcedOpen ? Tags.CLOSERS : null;
        this.writer = new SegmentWriter(out, forcedOpen);
    }

    /** A chunk of the model's "content" as it arrived. */
    public void accept(String contentDelta) {
        if (contentDelta == null || contentDelta.isEmpty()) {
            return;
        }
        if (mode == ReasoningTags.OFF) {
            out.onEvent(new StreamEvent.Content(contentDelta));
            return;
        }
        String text = held.isEmpty() ? contentDelta : held.concat(contentDelta);
        held = "";
        scan(text);
    }

    /**
     * End of stream: emits held-back text and closes an open reasoning segment. Safe to call more than once; text
     * accepted afterwards is read as a fresh answer under ON rules.
     */
    public void finish() {
        if (mode == ReasoningTags.OFF) {
            return;
        }
        // A held tail has no tag start after its first character, so it is plain text of the current segment.
        writer.write(held, 0, held.length());
        held = "";
        closers = null;
        forcedOpen = false;
        fence.reset();
        writer.begin(false);
    }

    private void scan(String text) {
        int end = text.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int from = 0;
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (Tags.canStart(c) && tagsCountHere()) {
                if (forcedOpen && writer.atStart()) {
                    // Whether an opener is still "at the start" depends on the text before it.
                    writer.write(text, from, i);
                    from = i;
                }
                Tags.Match match = Tags.match(text, i, candidates());
                if (match.full()) {
                    writer.write(text, from, i);
                    enter(match.tag());
                    i += match.tag().length();
                    from = i;
                    continue;
                }
                if (match.partial()) {
                    writer.write(text, from, i);
                    held = text.substring(i);
                    return;
                }
            }
            if (!writer.reasoning()) {
                fence.feed(c);
            }
            i++;
        }
        writer.write(text, from, end);
        held = text.substring(end);
    }

    private boolean tagsCountHere() {
        return writer.reasoning() || !fence.nextIsCode();
    }

    private List<Tag> candidates() {
        if (!writer.reasoning()) {
            return Tags.OPENERS;
        }
        return forcedOpen && writer.atStart() ? Tags.ALL : closers;
    }

    private void enter(Tag tag) {
        if (tag.opener()) {
            // In content this starts reasoning; at the start of forced-open reasoning it is a repeated opener.
            if (!forcedOpen) {
                closers = List.of(tag.pair().closer());
            }
            writer.begin(true);
        } else {
            closers = null;
            forcedOpen = false;
            fence.reset();
            writer.begin(false);
        }
    }
}
