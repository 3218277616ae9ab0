package dev.skillfleet.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillfleet.desktop.core.assistant.TurnEvent;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prints a turn's events as they come: jsonl (one object per event) for scripts, or text for people. The stored
 * session the turn went into is told at the end, with the other results: a {@code "session"} field of the
 * {@code complete} event, or a {@code session: ID} line on stderr.
 */
abstract sealed class EventPrinter implements Consumer<TurnEvent> {

    /** The stored session the turn is saved in; null when it is not saved. */
    String sessionId;

    static EventPrinter of(String format, PrintWriter out, PrintWriter err) {
        return "jsonl".equals(format) ? new Jsonl(out) : new Text(out, err);
    }

    EventPrinter session(String id) {
        this.sessionId = id;
        return this;
    }

    static final class Jsonl extends EventPrinter {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final PrintWriter out;

        Jsonl(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void accept(TurnEvent event) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", event.type());
            switch (event) {
                case TurnEvent.Thinking t -> json.put("text", t.text());
                case TurnEvent.Response r -> json.put("text", r.text());
                case TurnEvent.AwaitingInput a -> {
                    json.put("question", a.question());
                    json.put("options", a.options());
                }
                case TurnEvent.Error e -> json.put("message", e.message());
                case TurnEvent.Complete c -> {
                    json.put("intent", c.intent() == null ? null : c.intent().name());
                    json.put("state", c.state().name());
                    c.draft().ifPresent(d -> {
                        json.put("draft", d.skillFile().toAbsolutePath().toString());
                        // A refine draft names the skill it improves, so a script can diff or apply it.
                        if (d.refines() != null) {
                            json.put("refines", d.refines().toAbsolutePath().toString());
                        }
                    });
                    if (sessionId != null) {
                        json.put("session", sessionId);
                    }
                }
            }
            try {
                out.println(JSON.writeValueAsString(json));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        }
    }

    /** Answer on stdout; thinking, questions' options and errors on stderr, so piping the answer stays clean. */
    static final class Text extends EventPrinter {
        private final PrintWriter out;
        private final PrintWriter err;
        private boolean answerEndsWithNewline = true;

        Text(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void accept(TurnEvent event) {
            switch (event) {
                case TurnEvent.Thinking t -> err.print(t.text().lines().map(l -> "\u00b7 " + l + "\n")
                        .reduce("", String::concat));
                case TurnEvent.Response r -> {
                    out.print(r.text());
                    answerEndsWithNewline = r.text().endsWith("\n");
                }
                case TurnEvent.AwaitingInput a -> {
                    out.println(a.question());
                    for (int i = 0; i < a.options().size(); i++) {
                        out.println("  " + (i + 1) + ". " + a.options().get(i));
                    }
                }
                case TurnEvent.Error e -> err.println("error: " + e.message());
                case TurnEvent.Complete c -> {
                    if (!answerEndsWithNewline) {
                        out.println();
                    }
                    c.draft().ifPresent(d -> err.println("draft: " + d.skillFile().toAbsolutePath()));
                    if (sessionId != null) {
                        err.println("session: " + sessionId);
                    }
                }
            }
            out.flush();
            err.flush();
        }
    }
}
