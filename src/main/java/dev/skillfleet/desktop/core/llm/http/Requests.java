package dev.skillfleet.desktop.core.llm.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.wire.Failures;
import dev.skillfleet.desktop.core.llm.wire.Json;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.util.Map;

/** Builds the HTTP requests of every dialect: the endpoint's key and extra headers, JSON bodies, checked URLs. */
public final class Requests {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private Requests() {
    }

    public static Request postJson(Endpoint endpoint, String url, JsonNode body, String accept) throws ModelException {
        return build(endpoint, new Request.Builder().url(httpUrl(url)).header("Accept", accept)
                .post(RequestBody.create(Json.write(body), JSON)));
    }

    public static Request get(Endpoint endpoint, String url) throws ModelException {
        return build(endpoint, new Request.Builder().url(httpUrl(url)).header("Accept", "application/json").get());
    }

    /**
     * The endpoint's base URL without any of the given trailing paths, so that a base typed for another dialect
     * ({@code http://localhost:11434/v1} for Ollama's native API) still reaches the server root.
     */
    public static String serverRoot(Endpoint endpoint, String... suffixes) {
        String root = endpoint.url("/");
        root = root.substring(0, root.length() - 1);
        for (String suffix : suffixes) {
            if (root.endsWith(suffix)) {
                return root.substring(0, root.length() - suffix.length());
            }
        }
        return root;
    }

    private static HttpUrl httpUrl(String url) throws ModelException {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw Failures.protocol("\"" + Addresses.withoutCredentials(url) + "\" is not an http:// or https://"
                    + " address.", null);
        }
        return parsed;
    }

    private static Request build(Endpoint endpoint, Request.Builder builder) throws ModelException {
        if (endpoint.apiKey().isPresent()) {
            try {
                // A pasted key often carries a trailing newline, which HTTP headers cannot hold.
                builder.header("Authorization", "Bearer " + endpoint.apiKey().get().strip());
            } catch (IllegalArgumentException e) {
                throw Failures.protocol("The API key has characters that HTTP headers cannot hold.", null);
            }
        }
        for (Map.Entry<String, String> header : endpoint.headers().entrySet()) {
            try {
                builder.header(header.getKey(), header.getValue());
            } catch (IllegalArgumentException e) {
                // OkHttp's own message may quote the value, which can be a secret.
                throw Failures.protocol("The extra header \"" + header.getKey().strip() + "\" has a name or value"
                        + " that HTTP headers cannot hold.", null);
            }
        }
        return builder.build();
    }
}
