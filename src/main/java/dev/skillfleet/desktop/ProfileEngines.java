package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.cache.TieredCache;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.model.ModelEngine;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.settings.ProfileManager;
import dev.skillfleet.desktop.ui.chat.Engines;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One engine per profile, built on first use and kept while the profile is unchanged (an edited profile is a new
 * record, so it gets a new engine with its new settings and key).
 */
final class ProfileEngines implements Engines {

    private final CachedLibrary library;
    private final ProfileManager profiles;
    private final ModelClients clients;
    private final TieredCache cache;
    private final Map<EndpointProfile, TurnRunner> runners = new ConcurrentHashMap<>();
    private volatile TurnRunner offline;

    ProfileEngines(CachedLibrary library, ProfileManager profiles, ModelClients clients, TieredCache cache) {
        this.library = library;
        this.profiles = profiles;
        this.clients = clients;
        this.cache = cache;
    }

    @Override
    public TurnRunner runnerFor(EndpointProfile profile) throws IOException {
        if (profile.isOffline()) {
            if (offline == null) {
                offline = new TurnRunner(new StreamingAssistant(new IntentClassifier(), OfflineEngine.handlers(library)));
            }
            return offline;
        }
        TurnRunner known = runners.get(profile);
        if (known != null) {
            return known;
        }
        Optional<Endpoint> endpoint = profiles.endpoint(profile);
        TurnRunner runner = endpoint.isEmpty() ? runnerFor(EndpointProfile.OFFLINE)
                : new TurnRunner(ModelEngine.assistant(endpoint.get(), clients.get(), library, new IntentClassifier(),
                        cache, profile.cacheCompletions()));
        runners.put(profile, runner);
        return runner;
    }
}
