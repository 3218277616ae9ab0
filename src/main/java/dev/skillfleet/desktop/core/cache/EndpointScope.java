package dev.skillfleet.desktop.core.cache;

import dev.skillfleet.desktop.core.llm.Endpoint;

import java.net.URI;
import java.util.Objects;

/**
 * A model server as cache keys name it, for diagnostics and for invalidating all of one server's entries: the
 * dialect and the URL without user info, query or fragment, where a key could hide ({@code https://user:key@host},
 * {@code ?api-key=…}). Never the API key or the headers.
 */
public final class EndpointScope {

    private EndpointScope() {
    }

    public static String of(Endpoint endpoint) {
        URI url = endpoint.baseUrl();
        String shown = url.getScheme() == null || url.getHost() == null ? "(unparsed URL)"
                : url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + Objects.requireNonNullElse(url.getRawPath(), "");
        return endpoint.provider() + " " + shown;
    }
}
