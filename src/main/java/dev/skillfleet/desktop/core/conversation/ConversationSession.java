package dev.skillfleet.desktop.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One conversation: id, user, context, the active branch of its history and the state machine. Thread-safe: a turn
 * runs on a background thread while a UI reads; listeners are told after each change (a store listener first, so a
 * message is saved before anything shows it).
 *
 * <p>Only the recent end of a long history is held ({@link #HELD_MESSAGES}); the rest stays in the store and is
 * counted in {@link #messageCount()}.
 */
public final class ConversationSession {

    /** The design's limits for what is sent to a model as context; older messages stay stored and shown. */
    public static final int MAX_CONTEXT_MESSAGES = 100;
    public static final int MAX_CONTEXT_CHARS = 10_000;

    /** How many of the newest messages are held in memory: more than a model's context needs. */
    public static final int HELD_MESSAGES = 2 * MAX_CONTEXT_MESSAGES;

    private final String id;
    private final String userId;
    private final Map<String, Object> context = new ConcurrentHashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private ConversationState state = ConversationState.IDLE;
    private int olderCount;

    public ConversationSession(String id, String userId) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
    }

    /**
     * A stored session brought back: its state, the newest messages of its active branch (oldest first) and how many
     * older ones the branch has before them.
     */
    public static ConversationSession restore(String id, String userId, ConversationState state,
                                              List<Message> newest, int olderCount) {
        ConversationSession session = new ConversationSession(id, userId);
        session.state = Objects.requireNonNull(state);
        session.messages.addAll(newest);
        session.olderCount = olderCount;
        session.trim();
        return session;
    }

    public static ConversationSession create(String userId) {
        return new ConversationSession(UUID.randomUUID().toString(), userId);
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    /** Free-form turn context (e.g. a pending question the next user message answers). */
    public Map<String, Object> context() {
        return context;
    }

    public synchronized ConversationState state() {
        return state;
    }

    /** Messages on the active branch, including those not held in memory. */
    public synchronized int messageCount() {
        return olderCount + messages.size();
    }

    /** The newest messages of the active branch held in memory (all of them for a short conversation). */
    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    /**
     * Moves the state machine.
     *
     * @throws IllegalTransitionException naming both states when the design does not allow the move
     */
    public void transitionTo(ConversationState next) {
        ConversationState previous;
        synchronized (this) {
            previous = state;
            if (!previous.canMoveTo(next)) {
                throw new IllegalTransitionException(previous, next);
            }
            state = next;
        }
        if (previous != next) {
            try {
                listeners.forEach(l -> l.stateChanged(previous, next));
            } catch (RuntimeException e) {
                // The store could not save the move: it did not happen (later listeners never heard of it).
                synchronized (this) {
                    state = previous;
                }
                throw e;
            }
        }
    }

    /**
     * Appends a message to the active branch. Listeners run in order and a failing one (the store could not save)
     * takes the message back out and throws: a message nobody could save is not part of the conversation.
     */
    public void addMessage(Message message) {
        int count;
        synchronized (this) {
            messages.add(Objects.requireNonNull(message));
            count = olderCount + messages.size();
        }
        try {
            listeners.forEach(l -> l.messageAdded(message, count));
        } catch (RuntimeException e) {
            synchronized (this) {
                messages.remove(message);
            }
            throw e;
        }
        synchronized (this) {
            trim();
        }
    }

    /** An answer still streaming, as far as it got: listeners may save it (a crash then loses only the rest). */
    public void progress(Message partial) {
        listeners.forEach(l -> l.messageProgress(partial));
    }

    /**
     * Makes the branch end at {@code messageId} (null: before the first message), so the next message starts a new
     * branch there — a sibling of the message that followed. The message must be held in memory.
     *
     * @throws IllegalArgumentException when it is not
     */
    public void rewindTo(String messageId) {
        Message leaf = null;
        int count;
        synchronized (this) {
            int keep;
            if (messageId == null) {
                if (olderCount > 0) {
                    throw new IllegalArgumentException("The first message of this session is not held in memory");
                }
                keep = 0;
            } else {
                keep = -1;
                for (int i = 0; i < messages.size(); i++) {
                    if (messages.get(i).id().equals(messageId)) {
                        keep = i + 1;
                        leaf = messages.get(i);
                    }
                }
                if (keep < 0) {
                    throw new IllegalArgumentException("Message " + messageId + " is not held in memory");
                }
            }
            messages.subList(keep, messages.size()).clear();
            count = olderCount + messages.size();
        }
        Message rewoundTo = leaf;
        listeners.forEach(l -> l.rewound(rewoundTo, count));
    }

    private void trim() {
        int excess = messages.size() - HELD_MESSAGES;
        if (excess > 0) {
            messages.subList(0, excess).clear();
            olderCount += excess;
        }
    }

    /**
     * The recent history a model may see: at most {@link #MAX_CONTEXT_MESSAGES} messages and about
     * {@link #MAX_CONTEXT_CHARS} characters, newest kept first; thinking is never included (it is not content).
     */
    public synchronized List<Message> contextWindow() {
        List<Message> window = new ArrayList<>();
        int chars = 0;
        for (int i = messages.size() - 1; i >= 0 && window.size() < MAX_CONTEXT_MESSAGES; i--) {
            Message m = messages.get(i);
            if (chars + m.content().length() > MAX_CONTEXT_CHARS && !window.isEmpty()) {
                break;
            }
            chars += m.content().length();
            window.addFirst(m);
        }
        return window;
    }

    public void addListener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }
}
