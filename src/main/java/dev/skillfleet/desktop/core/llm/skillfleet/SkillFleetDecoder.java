package dev.skillfleet.desktop.core.llm.skillfleet;

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
 * Reads either Skill Fleet stream format, told apart by the stream itself: named events are the documented v1
 * format, {@code data:}-only JSON with a {@code type} is the current one. The format decides what a proper end is:
 * v1 ends with the body, after at least one {@code complete} (it sends two, so the first must not end the turn);
 * the current format ends with {@code [DONE]}, and a body that ends without it was cut off.
 */
final class SkillFleetDecoder implements StreamDecoder {

    private enum Format { UNKNOWN, DOCUMENTED, DATA_ONLY }

    private final StreamListener listener;
    private final DocumentedEvents documented;
    private final DataOnlyEvents dataOnly;
    private Format format = Format.UNKNOWN;
    private boolean sawComplete;
    private boolean sawDone;
    private boolean sawAny;

    SkillFleetDecoder(StreamListener listener) {
        this.listener = listener;
        this.documented = new DocumentedEvents(listener);
        this.dataOnly = new DataOnlyEvents(listener);
    }

    @Override
    public boolean onMessage(String type, String data) throws ModelException {
        sawAny = true;
        if (data.strip().equals("[DONE]")) {
            sawDone = true;
            return false;
        }
        if (type != null && DocumentedEvents.NAMES.contains(type)) {
            format = format == Format.UNKNOWN ? Format.DOCUMENTED : format;
            sawComplete |= documented.onEvent(type, data);
            return true;
        }
        JsonNode json = Json.parseOrNull(data);
        if (json != null && json.isObject() && json.hasNonNull("type")) {
            format = format == Format.UNKNOWN ? Format.DATA_ONLY : format;
            dataOnly.onEvent(json);
        } else if (json == null && ErrorText.looksLikeError(data)) {
            throw Failures.serverError(data);
        }
        return true;
    }

    @Override
    public void onEnd(IOException failure) throws ModelException {
        boolean proper = sawDone || (format == Format.DOCUMENTED && sawComplete && failure == null);
        if (proper) {
            listener.onEvent(new StreamEvent.Finished("stop"));
            return;
        }
        if (format == Format.UNKNOWN && sawAny && failure == null) {
            throw Failures.protocol("The Skill Fleet server's stream held no events this app understands. Is the"
                    + " base URL a Skill Fleet server?", null);
        }
        throw Failures.interrupted(failure);
    }
}
