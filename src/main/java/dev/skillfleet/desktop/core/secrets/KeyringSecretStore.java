package dev.skillfleet.desktop.core.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.io.IOException;
import java.util.Optional;

/**
 * API keys in the OS keystore (Secret Service on Linux, the macOS Keychain, Windows Credential Manager) through
 * java-keyring, under the service "Skill Fleet Desktop" with one account per profile id.
 */
public final class KeyringSecretStore implements SecretStore {

    static final String SERVICE = "Skill Fleet Desktop";
    private static final String PROBE_ACCOUNT = "probe";

    private final Keyring keyring;

    private KeyringSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Connects to the keystore and asks it for an entry that does not exist, which proves it answers. May block for
     * as long as the OS service takes: {@link SecretStores} runs it with a time limit.
     */
    static KeyringSecretStore connect() throws BackendNotSupportedException {
        Keyring keyring = Keyring.create();
        try {
            keyring.getPassword(SERVICE, PROBE_ACCOUNT);
        } catch (PasswordAccessException expected) {
            // "No such entry" and "could not read" are the same exception here; the connection itself worked.
        }
        return new KeyringSecretStore(keyring);
    }

    @Override
    public Optional<String> get(String profileId) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(profileId)));
        } catch (PasswordAccessException e) {
            // java-keyring reports a missing entry this way on every backend.
            return Optional.empty();
        }
    }

    @Override
    public void put(String profileId, String secret) throws IOException {
        try {
            keyring.setPassword(SERVICE, account(profileId), secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new IOException("The system keystore did not store the API key (" + safeMessage(e, secret) + ").");
        }
    }

    @Override
    public void delete(String profileId) throws IOException {
        try {
            keyring.deletePassword(SERVICE, account(profileId));
        } catch (PasswordAccessException e) {
            if (get(profileId).isPresent()) {
                throw new IOException("The system keystore did not remove the API key (" + e.getMessage() + ").");
            }
            // Not there: nothing to remove.
        }
    }

    @Override
    public String location() {
        return "the system keystore";
    }

    @Override
    public void close() {
        try {
            keyring.close();
        } catch (Exception ignored) {
            // Closing only releases the connection to the keystore service.
        }
    }

    private static String account(String profileId) {
        return "profile:" + profileId;
    }

    /** Native backends build messages from their arguments; make sure the key is not among them. */
    private static String safeMessage(Exception e, String secret) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return secret.isEmpty() ? message : message.replace(secret, "***");
    }

    @Override
    public String toString() {
        return "KeyringSecretStore[" + keyring.getKeyringStorageType() + "]";
    }
}
