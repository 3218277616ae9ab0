package dev.skillfleet.desktop.core.profiles;

import java.util.List;

/** A profile that cannot be saved, with every problem found so a form can show them all at once. */
public final class InvalidProfileException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidProfileException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One sentence per problem, e.g. "Base URL must start with http:// or https://." */
    public List<String> problems() {
        return problems;
    }
}
