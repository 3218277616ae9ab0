package dev.skillfleet.desktop.core.llm.wire;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.llm.ModelException;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Picks the reader for a successful streaming response, trusting the body's content type only where it helps. */
public final class BodyReader {

    private static final MediaType EVENT_STREAM = MediaType.get("text/event-stream");

    private BodyReader() {
    }

    /**
     * Reads the whole response into the decoder and closes it.
     *
     * @param baseUrlHint what a right base URL looks like for this dialect, for when the server sent a web page
     */
    public static void read(BodyFormat format, Response response, StreamDecoder decoder, CancelToken cancel,
                            String baseUrlHint) throws ModelException {
        MediaType type = response.body().contentType();
        if (is(type, "text", "html")) {
            response.close();
            throw Failures.protocol("The server answered with a web page instead of a model stream. Check the base"
                    + " URL: " + baseUrlHint, null);
        }
        if (format == BodyFormat.NDJSON) {
            NdjsonReader.read(response, decoder, cancel);
        } else if (is(type, "text", "event-stream")) {
            SseReader.read(response, decoder, cancel);
        } else if (type != null && type.subtype().endsWith("json") && !type.subtype().contains("ndjson")) {
            SingleDocumentReader.read(response, decoder, cancel);
        } else {
            // Proxies sometimes mislabel a stream (text/plain, or no type at all); OkHttp's reader insists on the
            // label, so the same bytes are relabelled rather than refused.
            ResponseBody body = response.body();
            Response relabelled = response.newBuilder()
                    .body(ResponseBody.create(body.source(), EVENT_STREAM, -1)).build();
            SseReader.read(relabelled, decoder, cancel);
        }
    }

    private static boolean is(MediaType media, String type, String subtype) {
        return media != null && media.type().equalsIgnoreCase(type) && media.subtype().equalsIgnoreCase(subtype);
    }
}
