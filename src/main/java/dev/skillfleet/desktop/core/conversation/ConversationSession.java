package dev.skillfleet.desktop.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One conversation: id, user, context, ordered history and the state machine. Thread-safe: a turn runs on a
 * background thread while a UI reads; listeners are told after each change.
 */
public final class ConversationSession {

    /** The design's limits for what is sent to a model as context; older messages stay stored and shown. */
    public static final int MAX_CONTEXT_MESSAGES = 100;
    public static final int MAX_CONTEXT_CHARS = 10_000;

    private final String id;
    private final String userId;
    private final Map<String, Object> context = new ConcurrentHashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private ConversationState state = ConversationState.IDLE;

    public ConversationSession(String id, String userId) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
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

    public synchronized int messageCount() {
        return messages.size();
    }

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
            listeners.forEach(l -> l.stateChanged(previous, next));
        }
    }

    public void addMessage(Message message) {
        int count;
        synchronized (this) {
            messages.add(Objects.requireNonNull(message));
            count = messages.size();
        }
        listeners.forEach(l -> l.messageAdded(message, count));
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
