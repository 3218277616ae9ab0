package dev.skillfleet.desktop.core.intent;

/** What a user message asks for; each is routed to its own handler. */
public enum Intent {
    CREATE_SKILL("create a skill"),
    QUERY("search the library"),
    REFINE("refine a skill"),
    CHAT("just chat");

    private final String label;

    Intent(String label) {
        this.label = label;
    }

    /** A short, human phrase for the intent, used when the assistant asks which one was meant. */
    public String label() {
        return label;
    }
}
