package dev.skillfleet.desktop.core.llm;

/** How inline reasoning tags inside the answer text ({@code <think>…</think>} and kin) are treated, per profile. */
public enum ReasoningTags {
    /** Tags outside code fences are thinking (the default). */
    ON,
    /** Tags are ordinary text. */
    OFF,
    /** The chat template opened the tag itself: text before a lone closing tag is thinking. */
    FORCED_OPEN
}
