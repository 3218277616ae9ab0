package dev.skillfleet.desktop.core.llm.wire;

import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.ModelException.Kind;

/** The failures every dialect reports in the same words. */
public final class Failures {

    public static final String CUT_OFF = "The answer was cut off: the connection closed before the model finished.";
    public static final String STOPPED = "Stopped.";

    private Failures() {
    }

    public static ModelException interrupted(Throwable cause) {
        return new ModelException(Kind.INTERRUPTED, CUT_OFF, 0, null, cause);
    }

    public static ModelException cancelled() {
        return new ModelException(Kind.CANCELLED, STOPPED);
    }

    /** An error the server reported inside a stream that had started (HTTP 200). */
    public static ModelException serverError(String words) {
        String text = words == null || words.isBlank()
                ? "The server reported an error without saying what went wrong." : ErrorText.clip(words);
        return new ModelException(Kind.SERVER_ERROR, text);
    }

    public static ModelException protocol(String message, Throwable cause) {
        return new ModelException(Kind.PROTOCOL, message, 0, null, cause);
    }
}
