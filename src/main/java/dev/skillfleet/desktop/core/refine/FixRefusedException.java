package dev.skillfleet.desktop.core.refine;

/** A skill folder that cannot be fixed on disk, with a message for the user; nothing was changed. */
public final class FixRefusedException extends Exception {

    public FixRefusedException(String message) {
        super(message);
    }
}
