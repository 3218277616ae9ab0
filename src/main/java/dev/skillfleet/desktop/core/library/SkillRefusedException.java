package dev.skillfleet.desktop.core.library;

import java.util.Objects;

/** Thrown when packaging or importing is refused; {@link #refusal()} says why. Nothing was written. */
public final class SkillRefusedException extends Exception {

    private final transient Refusal refusal;

    public SkillRefusedException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").fullText());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
