package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One stored session as a file: Markdown for people (the branch being shown; thinking optional) or JSON for
 * {@link SessionImport} and scripts (every branch; the format is described on {@link SessionJson}). Each reads the
 * session in one transaction, so an export is consistent while the window goes on writing.
 */
public final class SessionExport {

    /** The JSON's {@code "format"} and {@code "version"}. */
    public static final String FORMAT = SessionJson.FORMAT;
    public static final int VERSION = SessionJson.VERSION;

    public enum Format {
        MARKDOWN,
        JSON
    }

    private SessionExport() {
    }

    /**
     * The session as Markdown; empty when there is no such session (or it is deleted).
     *
     * @param thinking include each answer's thinking, collapsed, before the answer
     * @param zone     the time zone the message times are shown in
     */
    public static Optional<String> markdown(SessionStore store, String sessionId, boolean thinking, ZoneId zone) {
        return SessionSnapshot.read(store, sessionId).map(s -> SessionMarkdown.write(s, thinking, zone));
    }

    /** The session as JSON, the whole tree; empty when there is no such session (or it is deleted). */
    public static Optional<String> json(SessionStore store, String sessionId) {
        return SessionSnapshot.read(store, sessionId).map(SessionJson::write);
    }

    public static Optional<String> render(SessionStore store, String sessionId, Format format, boolean thinking,
                                          ZoneId zone) {
        return format == Format.JSON ? json(store, sessionId) : markdown(store, sessionId, thinking, zone);
    }

    /**
     * Writes the export to {@code target} atomically (a crash leaves the old file or the new one, never half).
     *
     * @return false, writing nothing, when there is no such session
     */
    public static boolean write(SessionStore store, String sessionId, Format format, boolean thinking, ZoneId zone,
                                Path target) throws IOException {
        Optional<String> text = render(store, sessionId, format, thinking, zone);
        if (text.isEmpty()) {
            return false;
        }
        AtomicFiles.writeString(target, text.get());
        return true;
    }
}
