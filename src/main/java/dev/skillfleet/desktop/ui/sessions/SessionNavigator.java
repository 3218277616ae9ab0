package dev.skillfleet.desktop.ui.sessions;

import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the sidebar asks of the chat, which implements it: the sidebar never knows the chat's classes. All calls on
 * the FX thread.
 */
public interface SessionNavigator {

    /** The session the chat shows; null or empty for a new chat not saved yet. */
    ReadOnlyStringProperty currentSessionIdProperty();

    /** Shows a stored session. */
    void openSession(String sessionId);

    /** Shows a stored session on the branch of {@code messageId}, scrolled to that message (a search hit). */
    void openSessionAt(String sessionId, String messageId);

    /** Starts a fresh chat. */
    void newSession();
}
