package dev.skillfleet.desktop.core.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach a model. The API key is a secret: {@link #toString()} never shows it, and nothing that
 * logs or reports an endpoint may print {@link #apiKey()}.
 *
 * @param baseUrl the base the API paths are appended to, e.g. {@code http://localhost:11434/v1}
 */
public record Endpoint(Provider provider, URI baseUrl, String model, Optional<String> apiKey,
                       Map<String, String> headers, ReasoningTags reasoningTags, Duration connectTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    public Endpoint {
        Objects.requireNonNull(provider);
        Objects.requireNonNull(baseUrl);
        model = model == null ? "" : model;
        apiKey = apiKey == null ? Optional.empty() : apiKey.filter(k -> !k.isBlank());
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        reasoningTags = reasoningTags == null ? ReasoningTags.ON : reasoningTags;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    }

    public static Endpoint of(Provider provider, String baseUrl, String model) {
        return new Endpoint(provider, URI.create(baseUrl), model, Optional.empty(), Map.of(), ReasoningTags.ON, null);
    }

    public Endpoint withApiKey(String key) {
        return new Endpoint(provider, baseUrl, model, Optional.ofNullable(key), headers, reasoningTags, connectTimeout);
    }

    public Endpoint withReasoningTags(ReasoningTags tags) {
        return new Endpoint(provider, baseUrl, model, apiKey, headers, tags, connectTimeout);
    }

    public Endpoint withConnectTimeout(Duration timeout) {
        return new Endpoint(provider, baseUrl, model, apiKey, headers, reasoningTags, timeout);
    }

    /** The base URL joined with an API path, with exactly one slash between them. */
    public String url(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + (path.startsWith("/") ? path : "/" + path);
    }

    @Override
    public String toString() {
        return "Endpoint[" + provider + " " + baseUrl + " model=" + model + (apiKey.isPresent() ? " key=***" : "")
                + " headers=" + headers.keySet() + " reasoningTags=" + reasoningTags + "]";
    }
}
