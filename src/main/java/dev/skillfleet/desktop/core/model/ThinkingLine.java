package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.TurnOutput;

/**
 * A model's reasoning on its way to the turn's thinking. Reasoning streams in pieces and seldom ends with a line
 * break; the turn's own step lines ("Checking the draft…") come right after it, so when a call's reasoning is over its
 * last line is ended here, and the next step starts on a line of its own.
 */
final class ThinkingLine {

    private final TurnOutput out;
    private boolean open;

    ThinkingLine(TurnOutput out) {
        this.out = out;
    }

    void send(String text) {
        if (text.isEmpty()) {
            return;
        }
        out.thinking(text);
        open = text.charAt(text.length() - 1) != '\n';
    }

    /** Ends the reasoning's last line if it is still open. */
    void end() {
        if (open) {
            out.thinking("\n");
            open = false;
        }
    }
}
