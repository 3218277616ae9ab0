package dev.skillfleet.desktop.core.cache;

import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.llm.ModelException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The models a server offers, kept in the {@link CacheTier#GLOBAL} tier: a settings page asks for them each time it
 * opens, and the list changes only when someone installs a model. Keyed by the server (dialect and base URL), never by
 * the API key: the key is a secret and keys are shown in diagnostics. Failures are not kept, so the next request
 * tries again; {@link #refresh} drops the list when the user asks for a fresh one.
 */
public final class CachedModelCatalog {

    private final ModelClient client;
    private final TieredCache cache;

    public CachedModelCatalog(ModelClient client, TieredCache cache) {
        this.client = Objects.requireNonNull(client);
        this.cache = Objects.requireNonNull(cache);
    }

    /** The server's models, from the cache when listed within the tier's time to live. */
    public List<String> models(Endpoint endpoint) throws ModelException {
        CacheKey<List<String>> key = key(endpoint);
        Optional<List<String>> cached = cache.getIfPresent(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        List<String> models = List.copyOf(client.listModels(endpoint));
        cache.put(key, models);
        return models;
    }

    /** Forgets the server's list, so the next {@link #models} asks the server. */
    public void refresh(Endpoint endpoint) {
        cache.invalidate(key(endpoint));
    }

    private static CacheKey<List<String>> key(Endpoint endpoint) {
        // The whole URL only as a digest: servers that differ in a query parameter are told apart, and none is shown.
        return CacheKey.of(CacheTier.GLOBAL, "models", EndpointScope.of(endpoint),
                Digest.sha256().add(endpoint.baseUrl().toString()).hex());
    }
}
