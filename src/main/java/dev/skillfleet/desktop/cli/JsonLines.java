package dev.skillfleet.desktop.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes one JSON object per line straight to the output with Jackson's streaming generator: no data binding and
 * no string per line, so printing 10,000 skills costs little more than the characters themselves. Call
 * {@link #finish()} at the end; the target is flushed, never closed.
 */
final class JsonLines {

    // Root values separated by a line break: each object is its own line.
    private static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator("\n")
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final JsonGenerator json;
    private boolean any;

    JsonLines(Writer out) {
        try {
            json = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonLines start() {
        any = true;
        return call(json::writeStartObject);
    }

    JsonLines field(String name, String value) {
        return call(() -> json.writeStringField(name, value));
    }

    JsonLines field(String name, boolean value) {
        return call(() -> json.writeBooleanField(name, value));
    }

    JsonLines field(String name, int value) {
        return call(() -> json.writeNumberField(name, value));
    }

    JsonLines field(String name, List<String> values) {
        return call(() -> {
            json.writeArrayFieldStart(name);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        });
    }

    void end() {
        call(json::writeEndObject);
    }

    /** Ends the last line and flushes. */
    void finish() {
        call(() -> {
            if (any) {
                json.writeRaw('\n');
            }
            json.flush();
        });
    }

    private interface Write {
        void run() throws IOException;
    }

    private JsonLines call(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
