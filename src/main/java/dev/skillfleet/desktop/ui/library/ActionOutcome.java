package dev.skillfleet.desktop.ui.library;

/**
 * How a library action ended, for the view: done or not, and a sentence for the user (naming the file) either way.
 * Whatever the outcome, the library view's message line shows the sentence too.
 */
public record ActionOutcome(boolean done, String message) {

    static ActionOutcome done(String message) {
        return new ActionOutcome(true, message);
    }

    static ActionOutcome failed(String message) {
        return new ActionOutcome(false, message);
    }
}
