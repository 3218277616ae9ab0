package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.StoreException;
import dev.skillfleet.desktop.ui.fx.CoalescingQueue;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs a chat turn on the background executor: moves the branch's end first when asked (regenerate, edit), picks the
 * profile's engine and streams the turn's events into the chat's per-frame queue. Whatever goes wrong ends the turn
 * visibly; nothing is thrown back.
 */
final class TurnLauncher {

    /** What the chat does, on the FX thread, when a turn could not go as planned. */
    interface Outcome {

        /** The session was read again from the store (its branch's end was far back): show {@code fresh} instead. */
        void reopened(ConversationSession before, ConversationSession fresh);

        /** The store refused a write before anything was shown. */
        void notSaved(StoreException e);
    }

    /** One turn to run. {@code text} null: answer the branch's last message again. */
    record Turn(ConversationSession session, EndpointProfile profile, String text, MessageViewModel reply,
                boolean rewind, String rewindTo, CancelToken cancel) {
    }

    private final Engines engines;
    private final Executor background;
    private final CoalescingQueue<ChatUpdate> updates;
    private final SessionStore store;
    private final SessionEvents events;

    TurnLauncher(Engines engines, Executor background, CoalescingQueue<ChatUpdate> updates, SessionStore store,
                 SessionEvents events) {
        this.engines = engines;
        this.background = background;
        this.updates = updates;
        this.store = store;
        this.events = events;
    }

    void launch(Turn turn, Outcome outcome) {
        MessageViewModel reply = turn.reply();
        background.execute(() -> {
            try {
                ConversationSession session = turn.rewind() ? rewound(turn.session(), turn.rewindTo(), outcome)
                        : turn.session();
                TurnRunner runner = engines.runnerFor(turn.profile());
                Consumer<TurnEvent> toChat = event -> updates.offer(new ChatUpdate.Event(reply, event, System.nanoTime()));
                if (turn.text() == null) {
                    runner.regenerate(session, toChat, turn.cancel());
                } else {
                    runner.run(session, turn.text(), toChat, turn.cancel());
                }
            } catch (StoreException e) {
                updates.offer(new ChatUpdate.Apply(() -> outcome.notSaved(e)));
            } catch (RuntimeException | IOException e) {
                // A bug below (or an unreadable keystore) must not leave the window "busy": show it on the message.
                long now = System.nanoTime();
                String message = e instanceof IOException ? "Could not start this profile's engine: " + e.getMessage()
                        : "Internal error: " + e;
                updates.offer(new ChatUpdate.Event(reply, new TurnEvent.Error(message), now));
                updates.offer(new ChatUpdate.Event(reply, new TurnEvent.Complete(null, ConversationState.ERROR,
                        Optional.empty()), now));
            }
        });
    }

    /**
     * The session with its branch ending at {@code messageId}: rewound in memory when it holds that message, else
     * moved in the store and opened again (a message far back in a long history).
     */
    private ConversationSession rewound(ConversationSession current, String messageId, Outcome outcome) {
        try {
            current.rewindTo(messageId);
            return current;
        } catch (IllegalArgumentException notHeld) {
            store.rewind(current.id(), messageId);
            ConversationSession fresh = events.follow(store.open(current.id()).orElseThrow(
                    () -> new StoreException("This conversation was deleted.")));
            updates.offer(new ChatUpdate.Apply(() -> outcome.reopened(current, fresh)));
            return fresh;
        }
    }
}
