package dev.skillfleet.desktop.core.editor;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * How a text file is stored: its encoding (with or without a byte-order mark) and its line breaks. The editor works
 * on text with {@code \n} line breaks; {@link #encode} turns that text back into the file's own form, so opening and
 * saving an unchanged file rewrites the very same bytes.
 *
 * <p>A file that mixes line-break styles cannot keep them all (the editor does not know which line had which); it
 * keeps the style most of its lines use — on a tie the style of its first line break — and {@link
 * #mixedLineEndings()} says so, so the editor can tell the user that saving will make them uniform.
 *
 * @param mixedLineEndings whether the file, as read, used more than one style
 */
public record TextFileFormat(TextEncoding encoding, LineEnding lineEnding, boolean mixedLineEndings) {

    /** A new file's form: UTF-8 without a byte-order mark, LF. */
    public static final TextFileFormat DEFAULT = new TextFileFormat(TextEncoding.UTF_8, LineEnding.LF, false);

    /** What a file's bytes hold: its form and its text in the editor's form ({@code \n} line breaks). */
    public record Decoded(TextFileFormat format, String text) {
    }

    /**
     * The form and text of a file's bytes.
     *
     * @param file named in the error when the bytes are not text
     * @throws UnreadableTextException when the bytes are not valid in the encoding they announce
     */
    public static Decoded decode(Path file, byte[] bytes) throws UnreadableTextException {
        TextEncoding encoding = TextEncoding.detect(bytes);
        String raw;
        try {
            raw = encoding.decode(bytes);
        } catch (TextEncoding.MalformedText e) {
            throw new UnreadableTextException(file, encoding, e.offset(), lineAt(encoding, bytes, e.offset()));
        }
        LineEnding.Count count = LineEnding.Count.of(raw);
        return new Decoded(new TextFileFormat(encoding, count.majority(), count.mixed()), LineEnding.toEditor(raw));
    }

    /** The editor's text in this form: this style of line breaks, this encoding, the byte-order mark if it had one. */
    public byte[] encode(String editorText) {
        return encoding.encode(lineEnding.fromEditor(editorText));
    }

    /** For the status bar: "UTF-8 · LF", "UTF-16 LE · CRLF". */
    public String label() {
        return encoding.label() + " \u00b7 " + lineEnding.label();
    }

    /** The 1-based line of a byte offset: the valid text before it, its line breaks counted. */
    private static int lineAt(TextEncoding encoding, byte[] bytes, int offset) {
        try {
            String before = encoding.decode(Arrays.copyOf(bytes, offset));
            return (int) LineEnding.toEditor(before).chars().filter(c -> c == '\n').count() + 1;
        } catch (TextEncoding.MalformedText e) {
            return 1; // cannot happen: the bytes before the first invalid one are valid
        }
    }
}
