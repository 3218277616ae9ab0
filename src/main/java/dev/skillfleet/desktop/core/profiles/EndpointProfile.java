package dev.skillfleet.desktop.core.profiles;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ReasoningTags;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named way to reach a model, as stored in the settings file. It never holds the API key: {@link #hasApiKey()}
 * only says one is in the keystore, under {@link #id()}. A profile that exists is valid; the constructor throws
 * {@link InvalidProfileException} listing every problem.
 *
 * @param id               stable, lowercase; names the keystore entry, so renaming a profile keeps its key
 * @param displayName      what people see and type after {@code chat --profile}; unique, case-insensitively
 * @param baseUrl          the base API paths are appended to; empty for the offline profile
 * @param headers          extra HTTP headers sent with every request (never credentials, see the rules)
 * @param reasoningTags    how inline {@code <think>} tags in the answer are read
 * @param cacheCompletions whether answers from this profile may be cached (on unless the user turns it off)
 * @param hasApiKey        whether the keystore holds a key for this profile
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EndpointProfile(String id, String displayName, ProfileKind kind, String baseUrl, String model,
                              Map<String, String> headers, ReasoningTags reasoningTags, boolean cacheCompletions,
                              boolean hasApiKey) {

    public static final String OFFLINE_ID = "offline";

    /** The built-in engine: always present, never deleted, the default. */
    public static final EndpointProfile OFFLINE = new EndpointProfile(OFFLINE_ID, ProfileKind.OFFLINE.label(),
            ProfileKind.OFFLINE, "", "", Map.of(), ReasoningTags.ON, true, false);

    public EndpointProfile {
        id = id == null ? "" : id.strip();
        displayName = displayName == null ? "" : displayName.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        model = model == null ? "" : model.strip();
        // Insertion order is the order the user typed them in; Map.copyOf would shuffle them.
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers == null ? Map.of() : headers));
        reasoningTags = reasoningTags == null ? ReasoningTags.ON : reasoningTags;
        List<String> problems = ProfileRules.problems(id, displayName, kind, baseUrl, model, headers);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        if (kind == ProfileKind.OFFLINE) {
            baseUrl = "";
            model = "";
            headers = Map.of();
            hasApiKey = false;
        }
    }

    /** A new profile with the usual defaults: reasoning tags on, caching on, no key yet. */
    public static EndpointProfile of(String id, String displayName, ProfileKind kind, String baseUrl, String model) {
        return new EndpointProfile(id, displayName, kind, baseUrl, model, Map.of(), ReasoningTags.ON, true, false);
    }

    /** Reads a stored profile; a file from before the caching switch existed means caching on. */
    @JsonCreator
    static EndpointProfile fromJson(@JsonProperty("id") String id, @JsonProperty("displayName") String displayName,
                                    @JsonProperty("kind") ProfileKind kind, @JsonProperty("baseUrl") String baseUrl,
                                    @JsonProperty("model") String model,
                                    @JsonProperty("headers") Map<String, String> headers,
                                    @JsonProperty("reasoningTags") ReasoningTags reasoningTags,
                                    @JsonProperty("cacheCompletions") Boolean cacheCompletions,
                                    @JsonProperty("hasApiKey") boolean hasApiKey) {
        return new EndpointProfile(id, displayName, kind, baseUrl, model, headers, reasoningTags,
                cacheCompletions == null || cacheCompletions, hasApiKey);
    }

    @JsonIgnore
    public boolean isOffline() {
        return kind == ProfileKind.OFFLINE;
    }

    /**
     * How to reach this profile's model with {@code apiKey} (read from the keystore by the caller); empty for the
     * offline profile, which uses the built-in engine.
     */
    public Optional<Endpoint> toEndpoint(Optional<String> apiKey) {
        if (isOffline()) {
            return Optional.empty();
        }
        return Optional.of(new Endpoint(kind.provider().orElseThrow(), URI.create(baseUrl), model, apiKey, headers,
                reasoningTags, null));
    }

    public EndpointProfile withDisplayName(String name) {
        return new EndpointProfile(id, name, kind, baseUrl, model, headers, reasoningTags, cacheCompletions, hasApiKey);
    }

    public EndpointProfile withKind(ProfileKind newKind) {
        return new EndpointProfile(id, displayName, newKind, baseUrl, model, headers, reasoningTags, cacheCompletions,
                hasApiKey);
    }

    public EndpointProfile withBaseUrl(String url) {
        return new EndpointProfile(id, displayName, kind, url, model, headers, reasoningTags, cacheCompletions, hasApiKey);
    }

    public EndpointProfile withModel(String newModel) {
        return new EndpointProfile(id, displayName, kind, baseUrl, newModel, headers, reasoningTags, cacheCompletions,
                hasApiKey);
    }

    public EndpointProfile withHeaders(Map<String, String> newHeaders) {
        return new EndpointProfile(id, displayName, kind, baseUrl, model, newHeaders, reasoningTags, cacheCompletions,
                hasApiKey);
    }

    public EndpointProfile withReasoningTags(ReasoningTags tags) {
        return new EndpointProfile(id, displayName, kind, baseUrl, model, headers, tags, cacheCompletions, hasApiKey);
    }

    public EndpointProfile withCacheCompletions(boolean cache) {
        return new EndpointProfile(id, displayName, kind, baseUrl, model, headers, reasoningTags, cache, hasApiKey);
    }

    /** Only the profile service sets this, after storing or removing the key itself. */
    public EndpointProfile withHasApiKey(boolean stored) {
        return new EndpointProfile(id, displayName, kind, baseUrl, model, headers, reasoningTags, cacheCompletions,
                stored);
    }
}
