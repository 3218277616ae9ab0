package dev.skillfleet.desktop.ui.editor;

/** A range of a text, {@code [start, end)} in characters: a match of find, what the view selects. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: " + start + ".." + end);
        }
    }
}
