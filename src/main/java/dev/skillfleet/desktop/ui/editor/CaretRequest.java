package dev.skillfleet.desktop.ui.editor;

/**
 * A request that the view put the caret at the start of a line and scroll it into view. Each request is new (the
 * serial differs), so asking for the same line twice moves the caret twice.
 *
 * @param line 1-based line
 */
public record CaretRequest(int line, long serial) {
}
