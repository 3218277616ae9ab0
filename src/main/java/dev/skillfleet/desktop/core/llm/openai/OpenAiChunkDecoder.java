package dev.skillfleet.desktop.core.llm.openai;

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
 * Decodes {@code chat.completion.chunk} events (wire-formats.md §2). The answer is complete once the server sent
 * a {@code finish_reason} or {@code [DONE]}; the usage figures come after the finish reason, so reading goes on
 * until {@code [DONE]} or the end of the body.
 *
 * <p>Data that is not JSON: blank is skipped; text that clearly is an error ({@link ErrorText#looksLikeError})
 * ends the stream as the server's error; anything else is skipped. An {@code event: error} is an error whatever
 * its data. A whole non-streamed completion ({@code choices[0].message}) is read like one big chunk.
 */
final class OpenAiChunkDecoder implements StreamDecoder {

    private static final String DONE = "[DONE]";

    private final StreamListener listener;
    private final UsageTally usage = new UsageTally();
    private boolean finished;
    private boolean done;

    OpenAiChunkDecoder(StreamListener listener) {
        this.listener = listener;
    }

    @Override
    public boolean onMessage(String type, String data) throws ModelException {
        if ("error".equals(type)) {
            throw Failures.serverError(errorWords(data));
        }
        String text = data.strip();
        if (text.equals(DONE)) {
            done = true;
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        JsonNode chunk = Json.parseOrNull(text);
        if (chunk == null || !chunk.isObject()) {
            if (chunk == null && ErrorText.looksLikeError(text)) {
                throw Failures.serverError(text);
            }
            return true;
        }
        JsonNode error = chunk.get("error");
        if (error != null && !error.isNull()) {
            throw Failures.serverError(ErrorText.fromJson(chunk));
        }
        JsonNode choices = chunk.get("choices");
        if (choices != null && choices.isArray() && !choices.isEmpty()) {
            onChoice(choices.get(0));
        }
        usage.addUsage(Json.object(chunk, "usage"));
        usage.addTimings(Json.object(chunk, "timings"));
        return true;
    }

    private void onChoice(JsonNode choice) throws ModelException {
        JsonNode delta = Json.object(choice, "delta");
        if (delta == null) {
            delta = Json.object(choice, "message");
        }
        if (delta != null) {
            // Reasoning first: some servers send "content": "" in the same chunk.
            String reasoning = Json.firstText(delta, "reasoning_content", "reasoning", "thinking");
            if (reasoning != null) {
                listener.onEvent(new StreamEvent.Reasoning(reasoning));
            }
            String content = Json.text(delta, "content");
            if (content != null && !content.isEmpty()) {
                listener.onEvent(new StreamEvent.Content(content));
            }
        }
        String reason = Json.text(choice, "finish_reason");
        if (reason == null || finished) {
            return;
        }
        if (reason.equals("error")) {
            // OpenRouter's way of saying the provider failed mid-answer, with no error object to quote.
            throw Failures.serverError("The model stopped with an error before finishing its answer.");
        }
        finished = true;
        listener.onEvent(new StreamEvent.Finished(reason));
    }

    @Override
    public void onEnd(IOException failure) throws ModelException {
        if (!finished && !done) {
            throw Failures.interrupted(failure);
        }
        if (!finished) {
            listener.onEvent(new StreamEvent.Finished("stop"));
        }
        StreamEvent.Usage figures = usage.toEvent();
        if (figures != null) {
            listener.onEvent(figures);
        }
    }

    private static String errorWords(String data) {
        JsonNode json = Json.parseOrNull(data);
        String words = json == null ? null : ErrorText.fromJson(json);
        return words != null ? words : data;
    }
}
