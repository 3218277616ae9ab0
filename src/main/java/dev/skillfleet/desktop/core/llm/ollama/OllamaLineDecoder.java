package dev.skillfleet.desktop.core.llm.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.StreamListener;
import dev.skillfleet.desktop.core.llm.wire.ErrorText;
import dev.skillfleet.desktop.core.llm.wire.Failures;
import dev.skillfleet.desktop.core.llm.wire.Json;
import dev.skillfleet.desktop.core.llm.wire.StreamDecoder;

import java.io.IOException;

/**
 * Decodes Ollama's native NDJSON chat stream (wire-formats.md §3). The line with {@code "done": true} is the only
 * proper end: it carries the finish reason and the figures. Lines that are not JSON are skipped unless they
 * clearly are an error ({@link ErrorText#looksLikeError}).
 */
final class OllamaLineDecoder implements StreamDecoder {

    private static final double NANOS_PER_SECOND = 1e9;

    private final StreamListener listener;
    private boolean finished;

    OllamaLineDecoder(StreamListener listener) {
        this.listener = listener;
    }

    @Override
    public boolean onMessage(String type, String data) throws ModelException {
        String text = data.strip();
        if (text.isEmpty()) {
            return true;
        }
        JsonNode line = Json.parseOrNull(text);
        if (line == null || !line.isObject()) {
            if (line == null && ErrorText.looksLikeError(text)) {
                throw Failures.serverError(text);
            }
            return true;
        }
        JsonNode error = line.get("error");
        if (error != null && !error.isNull()) {
            throw Failures.serverError(ErrorText.fromJson(line));
        }
        JsonNode message = Json.object(line, "message");
        String thinking = Json.text(message, "thinking");
        if (thinking != null && !thinking.isEmpty()) {
            listener.onEvent(new StreamEvent.Reasoning(thinking));
        }
        String content = Json.text(message, "content");
        if (content != null && !content.isEmpty()) {
            listener.onEvent(new StreamEvent.Content(content));
        }
        JsonNode done = line.get("done");
        if (done == null || !done.asBoolean(false)) {
            return true;
        }
        finished = true;
        String reason = Json.text(line, "done_reason");
        listener.onEvent(new StreamEvent.Finished(reason == null || reason.isBlank() ? "stop" : reason));
        StreamEvent.Usage usage = usage(line);
        if (usage != null) {
            listener.onEvent(usage);
        }
        return false;
    }

    @Override
    public void onEnd(IOException failure) throws ModelException {
        if (!finished) {
            throw Failures.interrupted(failure);
        }
    }

    private static StreamEvent.Usage usage(JsonNode line) {
        Integer prompt = Json.integer(line, "prompt_eval_count");
        Integer generated = Json.integer(line, "eval_count");
        Long nanos = Json.longValue(line, "eval_duration");
        Double perSecond = generated != null && nanos != null && nanos > 0
                ? generated / (nanos / NANOS_PER_SECOND) : null;
        return prompt == null && generated == null ? null : new StreamEvent.Usage(prompt, generated, perSecond);
    }
}
