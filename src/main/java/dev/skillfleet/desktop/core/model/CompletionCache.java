package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.cache.CacheKey;
import dev.skillfleet.desktop.core.cache.CacheTier;
import dev.skillfleet.desktop.core.cache.Digest;
import dev.skillfleet.desktop.core.cache.EndpointScope;
import dev.skillfleet.desktop.core.cache.TieredCache;
import dev.skillfleet.desktop.core.llm.ChatMessage;
import dev.skillfleet.desktop.core.llm.ChatRequest;
import dev.skillfleet.desktop.core.llm.Endpoint;

import java.util.Objects;
import java.util.Optional;

/**
 * Identical model requests answered from the {@link CacheTier#DEFAULT} tier. A request is identical when it goes to
 * the same server (dialect and whole base URL) and model, with the same inline-reasoning setting (it decides what of
 * the text is thinking), and the same messages. The messages include the system prompt, which holds the library's
 * facts, so an answer about an older library is never replayed for a changed one.
 *
 * <p>Left out of the key: the API key, a secret that changes nothing about the answer; the headers, which may hold
 * secrets too; a Skill Fleet server's session id and context, which repeat the messages (the history) and the one
 * user of this app. The key shows the server and a digest of the rest, never message text.
 */
final class CompletionCache {

    private static final CompletionCache OFF = new CompletionCache(null);

    private final TieredCache cache;

    private CompletionCache(TieredCache cache) {
        this.cache = cache;
    }

    /** Caching off: every request goes to the model (a profile's switch). */
    static CompletionCache off() {
        return OFF;
    }

    static CompletionCache in(TieredCache cache) {
        return new CompletionCache(Objects.requireNonNull(cache));
    }

    static CompletionCache of(TieredCache cache, boolean enabled) {
        return enabled ? in(cache) : off();
    }

    Optional<RecordedCompletion> find(Endpoint endpoint, ChatRequest request) {
        return cache == null ? Optional.empty() : cache.getIfPresent(key(endpoint, request));
    }

    void store(Endpoint endpoint, ChatRequest request, RecordedCompletion completion) {
        if (cache != null) {
            cache.put(key(endpoint, request), completion);
        }
    }

    static CacheKey<RecordedCompletion> key(Endpoint endpoint, ChatRequest request) {
        Digest digest = Digest.sha256().add(endpoint.provider().name()).add(endpoint.baseUrl().toString())
                .add(endpoint.model()).add(endpoint.reasoningTags().name());
        for (ChatMessage message : request.messages()) {
            digest.add(message.role()).add(message.content());
        }
        return CacheKey.of(CacheTier.DEFAULT, "completion", EndpointScope.of(endpoint)
                + (endpoint.model().isEmpty() ? "" : " " + endpoint.model()), digest.hex());
    }
}
