package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.SessionSummary;
import dev.skillfleet.desktop.core.store.StoredMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a stored session for the chat, on a background thread: the session itself and only the newest page of its
 * active branch (a long history is read page by page as the user scrolls up, never held whole).
 */
final class StoredHistory {

    /** Messages read at a time: a screenful and more. */
    static final int PAGE = 50;

    /** A session as the chat shows it first. */
    record Loaded(ConversationSession session, SessionSummary summary, List<StoredMessage> page) {
        boolean hasOlder() {
            return !page.isEmpty() && page.getFirst().depth() > 0;
        }

        /**
         * The page as the transcript shows it: a question still waiting keeps its options live, and a message whose
         * answer never started (the app closed first) is followed by a placeholder offering Retry.
         */
        List<MessageViewModel> viewModels() {
            List<MessageViewModel> shown = new ArrayList<>(page.size() + 1);
            boolean awaiting = session.state() == ConversationState.AWAITING_INPUT;
            for (int i = 0; i < page.size(); i++) {
                shown.add(MessageViewModel.stored(page.get(i), awaiting && i == page.size() - 1));
            }
            if (session.state() == ConversationState.ERROR && !page.isEmpty()
                    && page.getLast().message().role() == Role.USER) {
                shown.add(MessageViewModel.neverAnswered());
            }
            return shown;
        }
    }

    private final SessionStore store;

    StoredHistory(SessionStore store) {
        this.store = store;
    }

    /**
     * The session with its newest page; with {@code focusMessageId}, that message's branch becomes the active one and
     * enough pages are read to include it. Empty when the session is gone.
     */
    Optional<Loaded> load(String sessionId, String focusMessageId) {
        if (focusMessageId != null) {
            store.showBranchOf(sessionId, focusMessageId);
        }
        Optional<ConversationSession> session = store.open(sessionId);
        Optional<SessionSummary> summary = store.summary(sessionId);
        if (session.isEmpty() || summary.isEmpty()) {
            return Optional.empty();
        }
        List<StoredMessage> page = new ArrayList<>(store.page(sessionId, null, PAGE));
        while (focusMessageId != null && !page.isEmpty() && page.getFirst().depth() > 0
                && page.stream().noneMatch(m -> m.id().equals(focusMessageId))) {
            page.addAll(0, store.page(sessionId, page.getFirst().id(), PAGE));
        }
        return Optional.of(new Loaded(session.get(), summary.get(), page));
    }

    /** The page before {@code firstShownId}, oldest first. */
    List<StoredMessage> older(String sessionId, String firstShownId) {
        return store.page(sessionId, firstShownId, PAGE);
    }
}
