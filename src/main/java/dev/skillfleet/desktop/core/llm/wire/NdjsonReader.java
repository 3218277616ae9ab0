package dev.skillfleet.desktop.core.llm.wire;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.llm.ModelException;
import okhttp3.Response;
import okio.BufferedSource;

import java.io.IOException;

/**
 * Reads a newline-delimited JSON body line by line on the calling thread. Lines are decoded from bytes only once
 * complete, so a multi-byte character split across network reads arrives whole.
 */
public final class NdjsonReader {

    private NdjsonReader() {
    }

    /** Reads until the decoder's end marker or the end of the body, then ends the decoder. Closes the response. */
    public static void read(Response response, StreamDecoder decoder, CancelToken cancel) throws ModelException {
        IOException failure = null;
        try (response) {
            BufferedSource source = response.body().source();
            String line;
            while ((line = source.readUtf8Line()) != null) {
                if (cancel.cancelled()) {
                    throw Failures.cancelled();
                }
                if (!decoder.onMessage(null, line)) {
                    break;
                }
            }
        } catch (IOException e) {
            if (cancel.cancelled()) {
                throw Failures.cancelled();
            }
            failure = e;
        }
        decoder.onEnd(failure);
    }
}
