package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.StoreException;
import dev.skillfleet.desktop.core.store.StoredMessage;
import dev.skillfleet.desktop.ui.fx.CoalescingQueue;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * Reads stored conversations for the chat on the background executor — one to show, another version's branch, the page
 * above the first message shown — and hands the results to the FX thread in order with the turn's events. Only the
 * newest request to show a conversation counts: an older one that arrives late is dropped (and stops being followed).
 */
final class HistoryReader {

    /** What the chat does with the results, on the FX thread. */
    interface Results {

        void show(StoredHistory.Loaded loaded, String focusMessageId);

        void gone();

        /** The page above {@code firstShownId}, read while {@code session} was shown. */
        void older(ConversationSession session, String firstShownId, List<StoredMessage> page);

        void failed(String message);
    }

    private final SessionStore store;
    private final StoredHistory history;
    private final SessionEvents events;
    private final Executor background;
    private final CoalescingQueue<ChatUpdate> updates;
    private final Results results;
    private long generation;
    private boolean readingOlder;

    HistoryReader(SessionStore store, SessionEvents events, Executor background, CoalescingQueue<ChatUpdate> updates,
                  Results results) {
        this.store = store;
        this.history = new StoredHistory(store);
        this.events = events;
        this.background = background;
        this.updates = updates;
        this.results = results;
    }

    /** Drops whatever is being read to be shown (the user went elsewhere). FX thread. */
    void forgetPending() {
        generation++;
    }

    /** Shows the stored session {@code id}, on the branch of {@code focusMessageId} when given. FX thread. */
    void open(String id, String focusMessageId) {
        long asked = ++generation;
        background.execute(() -> guarded(() -> load(id, focusMessageId, asked)));
    }

    /** Shows the version {@code offset} places from {@code messageId} and the branch below it. FX thread. */
    void sibling(String sessionId, String messageId, int offset) {
        long asked = ++generation;
        background.execute(() -> guarded(() -> store.sibling(messageId, offset)
                .ifPresent(sibling -> load(sessionId, sibling, asked))));
    }

    /** Reads the page above {@code firstShownId} unless one is being read. FX thread. */
    void older(ConversationSession session, String firstShownId) {
        if (readingOlder) {
            return;
        }
        readingOlder = true;
        background.execute(() -> {
            try {
                List<StoredMessage> page = history.older(session.id(), firstShownId);
                updates.offer(new ChatUpdate.Apply(() -> {
                    readingOlder = false;
                    results.older(session, firstShownId, page);
                }));
            } catch (StoreException e) {
                updates.offer(new ChatUpdate.Apply(() -> {
                    readingOlder = false;
                    results.failed(e.getMessage());
                }));
            }
        });
    }

    /** Reads a little of the newest conversation, so the store's queries are compiled before the user opens one. */
    void warmUp() {
        background.execute(() -> {
            try {
                store.list().stream().findFirst().ifPresent(newest -> history.load(newest.id(), null));
            } catch (StoreException e) {
                // Only a warm-up: the real read reports the problem.
            }
        });
    }

    private void load(String id, String focusMessageId, long asked) {
        var loaded = history.load(id, focusMessageId);
        loaded.ifPresent(l -> events.follow(l.session()));
        updates.offer(new ChatUpdate.Apply(() -> {
            if (asked != generation) {
                loaded.ifPresent(l -> events.stopFollowing(l.session()));
            } else if (loaded.isEmpty()) {
                results.gone();
            } else {
                results.show(loaded.get(), focusMessageId);
            }
        }));
    }

    private void guarded(Runnable work) {
        try {
            work.run();
        } catch (StoreException e) {
            updates.offer(new ChatUpdate.Apply(() -> results.failed(e.getMessage())));
        }
    }
}
