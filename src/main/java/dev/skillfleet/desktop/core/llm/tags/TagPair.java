package dev.skillfleet.desktop.core.llm.tags;

/**
 * The inline reasoning tag pairs seen in the wild (wire-formats.md 2.2). A closer only ends reasoning that its own
 * opener started, so a model that talks about {@code </thinking>} inside {@code <think>} is not cut short.
 */
enum TagPair {
    THINK("<think>", "</think>"),
    THINKING("<thinking>", "</thinking>"),
    REASON("<reason>", "</reason>"),
    REASONING("<reasoning>", "</reasoning>"),
    THOUGHT("<thought>", "</thought>"),
    BEGIN_OF_THOUGHT("<|begin_of_thought|>", "<|end_of_thought|>"),
    /** Kimi's variant: U+25C1 and U+25B7, one Java char each but three bytes in UTF-8. */
    TRIANGLE_THINK("\u25C1think\u25B7", "\u25C1/think\u25B7");

    private final Tag opener;
    private final Tag closer;

    TagPair(String opener, String closer) {
        this.opener = new Tag(opener, this, true);
        this.closer = new Tag(closer, this, false);
    }

    Tag opener() {
        return opener;
    }

    Tag closer() {
        return closer;
    }
}
