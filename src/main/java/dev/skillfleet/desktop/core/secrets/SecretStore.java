package dev.skillfleet.desktop.core.secrets;

import java.io.IOException;
import java.util.Optional;

/**
 * Where API keys are kept, one per profile id, away from the settings file. Implementations never put a key into
 * an exception message, a log line or {@code toString()}. Calls may block (a keystore may be slow to answer), so a
 * window calls them off its UI thread.
 */
public interface SecretStore extends AutoCloseable {

    /** The key stored for this profile, or empty when there is none. */
    Optional<String> get(String profileId) throws IOException;

    /** Stores (or replaces) this profile's key. */
    void put(String profileId, String secret) throws IOException;

    /** Removes this profile's key; removing one that is not there is fine. */
    void delete(String profileId) throws IOException;

    /** Where the keys are, for messages: "the system keystore" or the key file's path. */
    String location();

    @Override
    default void close() {
    }
}
