package dev.skillfleet.desktop.ui.sessions;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The chat's side of the contract, as a test sees it: records what the sidebar asked for and moves the current
 * session as the chat would (a new chat has an id of its own, not stored yet).
 */
final class RecordingNavigator implements SessionNavigator {

    final List<String> calls = new CopyOnWriteArrayList<>();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");

    @Override
    public ReadOnlyStringProperty currentSessionIdProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public void openSession(String sessionId) {
        calls.add("open " + sessionId);
        current.set(sessionId);
    }

    @Override
    public void openSessionAt(String sessionId, String messageId) {
        calls.add("openAt " + sessionId + " " + messageId);
        current.set(sessionId);
    }

    @Override
    public void newSession() {
        calls.add("new");
        current.set("unsaved-" + UUID.randomUUID());
    }

    String current() {
        return current.get();
    }
}
