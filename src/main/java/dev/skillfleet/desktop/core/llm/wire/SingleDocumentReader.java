package dev.skillfleet.desktop.core.llm.wire;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.llm.ModelException;
import okhttp3.Response;

import java.io.IOException;

/**
 * A server asked to stream that answers with one JSON document instead (it ignored {@code stream}, or it reports
 * an error with status 200): the document goes to the decoder as a single message.
 */
public final class SingleDocumentReader {

    private SingleDocumentReader() {
    }

    public static void read(Response response, StreamDecoder decoder, CancelToken cancel) throws ModelException {
        String document;
        try (response) {
            document = response.body().string();
        } catch (IOException e) {
            if (cancel.cancelled()) {
                throw Failures.cancelled();
            }
            decoder.onEnd(e);
            return;
        }
        decoder.onMessage(null, document);
        try {
            decoder.onEnd(null);
        } catch (ModelException e) {
            if (e.kind() != ModelException.Kind.INTERRUPTED) {
                throw e;
            }
            // Nothing was cut off here: the server sent a whole document, just not an answer.
            throw Failures.protocol("The server answered with a JSON document instead of a stream, and it held no"
                    + " complete answer.", e.getCause());
        }
    }
}
