package dev.skillfleet.desktop.core.llm.http;

import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelException;

/**
 * Keeps the API key out of every failure the client reports: servers echo keys in error messages (a 401 that
 * quotes the "incorrect" key), and a message ends up on screen, in logs and in bug reports.
 */
public final class Secrets {

    private static final String MASK = "***";

    private Secrets() {
    }

    public static ModelException redact(ModelException e, Endpoint endpoint) {
        if (endpoint.apiKey().isEmpty() || e.getMessage() == null) {
            return e;
        }
        String key = endpoint.apiKey().get().strip();
        if (key.isEmpty() || !e.getMessage().contains(key)) {
            return e;
        }
        ModelException clean = new ModelException(e.kind(), e.getMessage().replace(key, MASK), e.status(),
                e.retryAfter().orElse(null), e.getCause());
        clean.setStackTrace(e.getStackTrace());
        return clean;
    }
}
