package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.TurnOutput;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A complete model answer as it streamed: its thinking and answer text in order (after inline reasoning tags were
 * split off) and the token counts the server reported, so an identical request can be answered again at once.
 * The generation speed is not kept: a replay has none.
 */
record RecordedCompletion(List<Piece> pieces, Integer promptTokens, Integer completionTokens) {

    RecordedCompletion {
        pieces = List.copyOf(pieces);
    }

    /** A run of thinking or of answer text. */
    record Piece(boolean thinking, String text) {
        Piece {
            Objects.requireNonNull(text);
        }
    }

    /** Sends the thinking to the user and the answer to {@code answer}, in the order they first came. */
    void replay(TurnOutput out, Consumer<String> answer) {
        ThinkingLine thinking = new ThinkingLine(out);
        for (Piece piece : pieces) {
            if (piece.thinking()) {
                thinking.send(piece.text());
            } else {
                answer.accept(piece.text());
            }
        }
        thinking.end();
        if (promptTokens != null || completionTokens != null) {
            out.usage(promptTokens, completionTokens, null);
        }
    }

    /** Collects a stream's pieces; only a stream that ended properly with some answer makes a recording. */
    static final class Recorder {

        // Answers cut short by the server: asking again may well give the whole answer.
        private static final Set<String> CUT_SHORT = Set.of("length", "content_filter");

        private final List<Piece> pieces = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private boolean runIsThinking;
        private boolean answered;
        private boolean finished;
        private boolean cutShort;
        private Integer promptTokens;
        private Integer completionTokens;

        void thinking(String text) {
            append(true, text);
        }

        void answer(String text) {
            answered |= !text.isBlank();
            append(false, text);
        }

        void usage(Integer prompt, Integer completion) {
            promptTokens = prompt != null ? prompt : promptTokens;
            completionTokens = completion != null ? completion : completionTokens;
        }

        void finished(String reason) {
            finished = true;
            cutShort = reason != null && CUT_SHORT.contains(reason);
        }

        /** The recording, when the answer is complete: finished, not cut short, not empty. */
        Optional<RecordedCompletion> complete() {
            if (!finished || cutShort || !answered) {
                return Optional.empty();
            }
            closeRun();
            return Optional.of(new RecordedCompletion(pieces, promptTokens, completionTokens));
        }

        private void append(boolean thinking, String text) {
            if (text.isEmpty()) {
                return;
            }
            if (!run.isEmpty() && runIsThinking != thinking) {
                closeRun();
            }
            runIsThinking = thinking;
            run.append(text);
        }

        private void closeRun() {
            if (!run.isEmpty()) {
                pieces.add(new Piece(runIsThinking, run.toString()));
                run.setLength(0);
            }
        }
    }
}
