package dev.skillfleet.desktop.core.llm.wire;

import dev.skillfleet.desktop.core.llm.ModelException;

import java.io.IOException;

/**
 * Turns one dialect's messages into {@link dev.skillfleet.desktop.core.llm.StreamEvent}s. A reader feeds it every
 * message in order, then exactly one {@link #onEnd}; the decoder alone knows what a proper end looks like.
 */
public interface StreamDecoder {

    /**
     * One SSE event or one NDJSON line.
     *
     * @param type the SSE {@code event:} name, or null when there was none (and for NDJSON)
     * @return false when this message was the stream's end marker: the reader stops reading
     * @throws ModelException when the message carries the server's error
     */
    boolean onMessage(String type, String data) throws ModelException;

    /**
     * The stream is over: after an end marker, at the end of the body, or because the connection failed.
     *
     * @param failure null when the body ended normally (or at an end marker), else what broke it
     * @throws ModelException when what arrived is not a complete answer
     */
    void onEnd(IOException failure) throws ModelException;
}
