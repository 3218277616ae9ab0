package dev.skillfleet.desktop.core.llm;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.llm.http.Secrets;
import dev.skillfleet.desktop.core.llm.http.Transport;
import dev.skillfleet.desktop.core.llm.ollama.OllamaDialect;
import dev.skillfleet.desktop.core.llm.openai.OpenAiDialect;
import dev.skillfleet.desktop.core.llm.skillfleet.SkillFleetDialect;
import dev.skillfleet.desktop.core.llm.wire.BodyReader;
import dev.skillfleet.desktop.core.llm.wire.Dialect;
import dev.skillfleet.desktop.core.llm.wire.Failures;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Talks to model servers in each of their dialects (wire-formats.md) and turns every stream into one sequence of
 * {@link StreamEvent}s. Blocking: callers run it off the UI thread. Every failure is a {@link ModelException}
 * with a message for the user, which never contains the endpoint's API key.
 */
public final class ModelClient {

    private final Transport transport;

    /** One shared client: per call it gets the endpoint's connect timeout, and streams get no read timeout. */
    public ModelClient() {
        this(new OkHttpClient.Builder().readTimeout(Duration.ZERO).callTimeout(Duration.ZERO).build());
    }

    /** Shares {@code base}'s connection pool and settings; timeouts are still set per call. */
    public ModelClient(OkHttpClient base) {
        this.transport = new Transport(base);
    }

    /**
     * Streams one chat turn on the calling thread, emitting events in order; returns normally only when the
     * stream ended properly (with a {@link StreamEvent.Finished}). Events that arrived before a failure have been
     * emitted. Cancelling the token cancels the HTTP call at once and this throws {@code CANCELLED}.
     */
    public void stream(Endpoint endpoint, ChatRequest request, StreamListener listener, CancelToken cancel)
            throws ModelException {
        Objects.requireNonNull(endpoint);
        Objects.requireNonNull(request);
        Objects.requireNonNull(listener);
        Objects.requireNonNull(cancel);
        Dialect dialect = dialect(endpoint.provider());
        try {
            if (cancel.cancelled()) {
                throw Failures.cancelled();
            }
            Response response = open(dialect, endpoint, request, cancel);
            BodyReader.read(dialect.format(), response, dialect.newDecoder(listener), cancel, dialect.baseUrlHint());
        } catch (ModelException e) {
            // Whatever broke after Stop was pressed broke because of it.
            throw Secrets.redact(cancel.cancelled() ? Failures.cancelled() : e, endpoint);
        }
    }

    /** The models the server offers (empty for a Skill Fleet server, which picks its own). */
    public List<String> listModels(Endpoint endpoint) throws ModelException {
        Dialect dialect = dialect(endpoint.provider());
        try {
            return dialect.listModels(endpoint, request -> transport.getJson(endpoint, request, dialect.baseUrlHint()));
        } catch (ModelException e) {
            throw Secrets.redact(e, endpoint);
        }
    }

    /** Asks the server whether it is there; returns one line for the user, e.g. {@code Connected: 3 models}. */
    public String testConnection(Endpoint endpoint) throws ModelException {
        Dialect dialect = dialect(endpoint.provider());
        try {
            return dialect.testConnection(endpoint,
                    request -> transport.getJson(endpoint, request, dialect.baseUrlHint()));
        } catch (ModelException e) {
            throw Secrets.redact(e, endpoint);
        }
    }

    private Response open(Dialect dialect, Endpoint endpoint, ChatRequest request, CancelToken cancel)
            throws ModelException {
        Request first = dialect.chatRequest(endpoint, request);
        try {
            return transport.openStream(endpoint, first, cancel, dialect.baseUrlHint());
        } catch (ModelException refusal) {
            Request second = cancel.cancelled() ? null : dialect.retryAfterRefusal(refusal, endpoint, request);
            if (second == null) {
                throw refusal;
            }
            return transport.openStream(endpoint, second, cancel, dialect.baseUrlHint());
        }
    }

    private static Dialect dialect(Provider provider) {
        return switch (provider) {
            case OPENAI -> new OpenAiDialect();
            case OLLAMA -> new OllamaDialect();
            case SKILLFLEET -> new SkillFleetDialect();
        };
    }
}
