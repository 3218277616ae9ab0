package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.intent.Intent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a turn produces, in order. The same events drive the chat view, the command-line mode and the tests.
 * {@link Thinking} and {@link Response} are deltas: concatenating their texts gives the whole.
 */
public sealed interface TurnEvent {

    /** The wire name used by the command-line jsonl format. */
    String type();

    record Thinking(String text) implements TurnEvent {
        public Thinking {
            Objects.requireNonNull(text);
        }

        @Override
        public String type() {
            return "thinking";
        }
    }

    record Response(String text) implements TurnEvent {
        public Response {
            Objects.requireNonNull(text);
        }

        @Override
        public String type() {
            return "response";
        }
    }

    /** The assistant asks; with options the user picks one, without them the user answers in words. */
    record AwaitingInput(String question, List<String> options) implements TurnEvent {
        public AwaitingInput {
            Objects.requireNonNull(question);
            options = List.copyOf(options);
        }

        @Override
        public String type() {
            return "awaiting_input";
        }
    }

    record Error(String message) implements TurnEvent {
        public Error {
            Objects.requireNonNull(message);
        }

        @Override
        public String type() {
            return "error";
        }
    }

    /** Always the last event of a turn: the intent it was routed to, the state it left, the draft it wrote. */
    record Complete(Intent intent, ConversationState state, Optional<DraftCard> draft) implements TurnEvent {
        public Complete {
            Objects.requireNonNull(state);
            draft = draft == null ? Optional.empty() : draft;
        }

        @Override
        public String type() {
            return "complete";
        }
    }
}
