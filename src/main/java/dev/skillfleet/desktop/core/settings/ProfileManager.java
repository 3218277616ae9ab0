package dev.skillfleet.desktop.core.settings;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.profiles.ProfileBook;
import dev.skillfleet.desktop.core.secrets.OpenedSecretStore;
import dev.skillfleet.desktop.core.secrets.SecretStore;
import dev.skillfleet.desktop.core.secrets.SecretStores;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the settings window does with endpoint profiles: list, add, change, delete, choose the active one, and set
 * or clear a profile's API key. Profiles go to the settings file through the shared {@link SettingsStore}; keys go
 * to the {@link SecretStore} and only a "has a key" flag to the file.
 *
 * <p>The keystore is opened on first use, not at start-up: opening it may take up to two seconds, and a window that
 * never touches a key never waits for it. Methods that may open it or write files block; call them off the UI thread.
 * Invalid input throws {@link IllegalArgumentException} (an {@code InvalidProfileException} lists every problem).
 */
public final class ProfileManager implements AutoCloseable {

    private final SettingsStore settings;
    private final Supplier<OpenedSecretStore> openSecrets;
    private OpenedSecretStore secrets;

    public ProfileManager(SettingsStore settings, Supplier<OpenedSecretStore> openSecrets) {
        this.settings = settings;
        this.openSecrets = openSecrets;
    }

    /** Keys in the OS keystore, or the 0600 file in {@code dirs.config()} when there is none. */
    public static ProfileManager create(SettingsStore settings, AppDirectories dirs) {
        return new ProfileManager(settings, () -> SecretStores.open(dirs));
    }

    /** Every profile, the built-in offline one first. */
    public List<EndpointProfile> profiles() {
        return book().all();
    }

    public EndpointProfile active() {
        return book().active();
    }

    /** By id or display name, ignoring case. */
    public Optional<EndpointProfile> find(String nameOrId) {
        return book().find(nameOrId);
    }

    /** A free id for a new profile with this name, e.g. "LM Studio" → "lm-studio". */
    public String newId(String displayName) {
        return book().newId(displayName);
    }

    /** Adds a profile and, when given, its key. Returns the profile as stored. */
    public synchronized EndpointProfile add(EndpointProfile profile, Optional<String> apiKey) throws IOException {
        Optional<String> key = clean(apiKey);
        EndpointProfile stored = profile.withHasApiKey(key.isPresent());
        book().withAdded(stored); // refuse a clash before anything reaches the keystore
        if (key.isPresent()) {
            secrets().store().put(stored.id(), key.get());
        }
        try {
            settings.update(s -> s.withProfileBook(s.profileBook().withAdded(stored)));
        } catch (IOException | RuntimeException e) {
            if (key.isPresent()) {
                forgetKeyQuietly(stored.id());
            }
            throw e;
        }
        return stored;
    }

    /** Saves changes to a profile (matched by id). Its key is untouched: see {@link #setApiKey}. */
    public synchronized EndpointProfile update(EndpointProfile profile) throws IOException {
        AppSettings saved = settings.update(s -> {
            ProfileBook book = s.profileBook();
            boolean hasKey = book.byId(profile.id()).map(EndpointProfile::hasApiKey).orElse(false);
            return s.withProfileBook(book.withReplaced(profile.withHasApiKey(hasKey)));
        });
        return saved.profileBook().byId(profile.id()).orElseThrow();
    }

    /** Deletes a profile and its key; the built-in one cannot be deleted. An active profile hands over to offline. */
    public synchronized void delete(String id) throws IOException {
        boolean hadKey = book().byId(id).map(EndpointProfile::hasApiKey).orElse(false);
        settings.update(s -> s.withProfileBook(s.profileBook().without(id)));
        if (hadKey) {
            SecretStore store = secrets().store();
            try {
                store.delete(id);
            } catch (IOException e) {
                throw new IOException("The profile was deleted, but its API key is still in " + store.location()
                        + ": " + e.getMessage(), e);
            }
        }
    }

    /** The profile new chats use from now on, also after a restart. */
    public synchronized void setActive(String id) throws IOException {
        settings.update(s -> s.withProfileBook(s.profileBook().withActive(id)));
    }

    /** The profile's key, for sending requests; empty when it has none. Never display it. */
    public synchronized Optional<String> apiKey(String id) throws IOException {
        boolean hasKey = book().byId(id).map(EndpointProfile::hasApiKey).orElse(false);
        return hasKey ? secrets().store().get(id) : Optional.empty();
    }

    /** Stores or replaces the profile's key (surrounding spaces and line breaks removed). */
    public synchronized EndpointProfile setApiKey(String id, String apiKey) throws IOException {
        String key = clean(Optional.ofNullable(apiKey))
                .orElseThrow(() -> new IllegalArgumentException("The API key is empty."));
        EndpointProfile profile = requireCustom(id);
        secrets().store().put(id, key);
        return markKey(profile, true);
    }

    /** Removes the profile's key from the keystore. */
    public synchronized EndpointProfile clearApiKey(String id) throws IOException {
        EndpointProfile profile = requireCustom(id);
        secrets().store().delete(id);
        return markKey(profile, false);
    }

    /** How to reach the profile's model, its key included; empty for the offline profile. */
    public Optional<Endpoint> endpoint(EndpointProfile profile) throws IOException {
        return profile.toEndpoint(profile.hasApiKey() ? apiKey(profile.id()) : Optional.empty());
    }

    /** Set when the settings file was unreadable at start and was set aside. */
    public Optional<String> settingsNotice() {
        return settings.notice();
    }

    /** Set when keys go to the fallback file because there is no keystore. Opens the keystore if not yet open. */
    public synchronized Optional<String> keyStoreNotice() {
        return secrets().notice();
    }

    /** "the system keystore" or the key file's path, e.g. for "Your key is kept in …". */
    public synchronized String keyStoreLocation() {
        return secrets().store().location();
    }

    @Override
    public synchronized void close() {
        if (secrets != null) {
            secrets.store().close();
        }
    }

    private ProfileBook book() {
        return settings.current().profileBook();
    }

    private synchronized OpenedSecretStore secrets() {
        if (secrets == null) {
            secrets = openSecrets.get();
        }
        return secrets;
    }

    private EndpointProfile requireCustom(String id) {
        EndpointProfile profile = book().byId(id)
                .orElseThrow(() -> new IllegalArgumentException("There is no profile with the id \"" + id + "\"."));
        if (profile.isOffline()) {
            throw new IllegalArgumentException("The built-in offline profile uses no API key.");
        }
        return profile;
    }

    private EndpointProfile markKey(EndpointProfile profile, boolean hasKey) throws IOException {
        if (profile.hasApiKey() == hasKey) {
            return profile;
        }
        AppSettings saved = settings.update(s -> s.withProfileBook(s.profileBook()
                .withReplaced(s.profileBook().byId(profile.id()).orElseThrow().withHasApiKey(hasKey))));
        return saved.profileBook().byId(profile.id()).orElseThrow();
    }

    private void forgetKeyQuietly(String id) {
        try {
            secrets().store().delete(id);
        } catch (IOException | RuntimeException ignored) {
            // The add already failed and says so; a key without a profile is never read.
        }
    }

    private static Optional<String> clean(Optional<String> key) {
        return key.map(String::strip).filter(k -> !k.isEmpty());
    }
}
