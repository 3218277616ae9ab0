package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.Provider;
import dev.skillfleet.desktop.core.llm.ReasoningTags;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns chat's endpoint options into an {@link Endpoint}, or says clearly which option is wrong (exit 2). */
final class EndpointOptions {

    private EndpointOptions() {
    }

    static Optional<Endpoint> endpoint(CommandSpec spec, boolean offline, String url, String model, String apiKeyEnv,
                                       String provider, String reasoningTags, Map<String, String> env) {
        if (url == null) {
            if (model != null || apiKeyEnv != null) {
                throw usage(spec, "--model and --api-key-env need --endpoint URL");
            }
            return Optional.empty();
        }
        if (offline) {
            throw usage(spec, "--offline and --endpoint contradict each other: choose one");
        }
        Provider dialect = switch (provider.toLowerCase(Locale.ROOT)) {
            case "openai" -> Provider.OPENAI;
            case "ollama" -> Provider.OLLAMA;
            case "skillfleet" -> Provider.SKILLFLEET;
            default -> throw usage(spec, "--provider must be openai, ollama or skillfleet, not '" + provider + "'");
        };
        ReasoningTags tags = switch (reasoningTags.toLowerCase(Locale.ROOT)) {
            case "on" -> ReasoningTags.ON;
            case "off" -> ReasoningTags.OFF;
            case "forced-open" -> ReasoningTags.FORCED_OPEN;
            default -> throw usage(spec, "--reasoning-tags must be on, off or forced-open, not '" + reasoningTags + "'");
        };
        if (dialect != Provider.SKILLFLEET && (model == null || model.isBlank())) {
            throw usage(spec, "--model ID is needed for --provider " + provider.toLowerCase(Locale.ROOT));
        }
        URI base;
        try {
            base = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw usage(spec, "--endpoint is not a URL: " + url);
        }
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
            throw usage(spec, "--endpoint must be an http:// or https:// URL, e.g. http://localhost:11434/v1");
        }
        Endpoint endpoint = new Endpoint(dialect, base, model, Optional.empty(), Map.of(), tags, null);
        if (apiKeyEnv != null) {
            String key = env.get(apiKeyEnv);
            if (key == null || key.isBlank()) {
                throw usage(spec, "the environment variable " + apiKeyEnv + " (from --api-key-env) is not set");
            }
            endpoint = endpoint.withApiKey(key.strip());
        }
        return Optional.of(endpoint);
    }

    private static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
