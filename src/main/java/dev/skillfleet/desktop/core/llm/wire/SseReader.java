package dev.skillfleet.desktop.core.llm.wire;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.llm.ModelException;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

import java.io.IOException;

/**
 * Reads a {@code text/event-stream} body with OkHttp's own SSE reader, on the calling thread, feeding every event
 * to a decoder. OkHttp handles the framing (CRLF, {@code data:} with or without the space, multi-line data joined
 * with {@code \n}, comments) and decodes whole lines, so a multi-byte character split across network reads is
 * decoded only once complete.
 */
public final class SseReader {

    private SseReader() {
    }

    /** Reads until the decoder's end marker or the end of the body, then ends the decoder. Closes the response. */
    public static void read(Response response, StreamDecoder decoder, CancelToken cancel) throws ModelException {
        Adapter adapter = new Adapter(decoder, cancel);
        // processResponse closes the response and reports every way the body can end to the adapter.
        EventSources.processResponse(response, adapter);
        adapter.finish();
    }

    /**
     * OkHttp's listener cannot throw checked exceptions, so a decoder's verdict travels out as a {@link Stop}:
     * processResponse catches it, stops reading, and hands it back through {@link #onFailure}.
     */
    private static final class Adapter extends EventSourceListener {
        private final StreamDecoder decoder;
        private final CancelToken cancel;
        private Throwable failure;

        Adapter(StreamDecoder decoder, CancelToken cancel) {
            this.decoder = decoder;
            this.cancel = cancel;
        }

        @Override
        public void onEvent(EventSource source, String id, String type, String data) {
            // Events already buffered must not reach the listener once the user pressed Stop.
            if (cancel.cancelled()) {
                throw new Stop(Failures.cancelled());
            }
            boolean more;
            try {
                more = decoder.onMessage(type, data);
            } catch (ModelException e) {
                throw new Stop(e);
            }
            if (!more) {
                throw new Stop(null);
            }
        }

        @Override
        public void onFailure(EventSource source, Throwable t, Response response) {
            failure = t;
        }

        void finish() throws ModelException {
            switch (failure) {
                case null -> decoder.onEnd(null);
                case Stop stop when stop.verdict != null -> throw stop.verdict;
                case Stop _ -> decoder.onEnd(null);
                case IOException _ when cancel.cancelled() -> throw Failures.cancelled();
                case IOException io -> decoder.onEnd(io);
                // A bug in a listener downstream: let it surface as itself.
                case RuntimeException bug -> throw bug;
                case Error error -> throw error;
                default -> throw Failures.protocol("The event stream could not be read.", failure);
            }
        }
    }

    private static final class Stop extends RuntimeException {
        final transient ModelException verdict;

        Stop(ModelException verdict) {
            super(null, null, false, false);
            this.verdict = verdict;
        }
    }
}
