package dev.skillfleet.desktop.core.llm.tags;

/** One side of a {@link TagPair}, spelled in lower case. */
record Tag(String text, TagPair pair, boolean opener) {

    int length() {
        return text.length();
    }
}
