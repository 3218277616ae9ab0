package dev.skillfleet.desktop.core.editor;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The encodings the editor reads and writes back unchanged. A byte-order mark decides (UTF-8, UTF-16 LE or BE); a
 * file without one is UTF-8, the encoding of nearly every skill. Decoding is strict: bytes that are not valid in the
 * encoding are refused with their position, never replaced by U+FFFD, because saving a replaced character would
 * silently destroy what was there.
 */
public enum TextEncoding {

    UTF_8(StandardCharsets.UTF_8, new byte[0], "UTF-8"),
    UTF_8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8 with BOM"),
    UTF_16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16 LE"),
    UTF_16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16 BE");

    private final Charset charset;
    private final byte[] bom;
    private final String label;

    TextEncoding(Charset charset, byte[] bom, String label) {
        this.charset = charset;
        this.bom = bom;
        this.label = label;
    }

    public Charset charset() {
        return charset;
    }

    public boolean hasBom() {
        return bom.length > 0;
    }

    /** For the status bar: "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE". */
    public String label() {
        return label;
    }

    /** The encoding the bytes announce by their byte-order mark; UTF-8 when they have none. */
    public static TextEncoding detect(byte[] bytes) {
        for (TextEncoding encoding : new TextEncoding[] {UTF_8_BOM, UTF_16LE_BOM, UTF_16BE_BOM}) {
            if (bytes.length >= encoding.bom.length
                    && Arrays.equals(bytes, 0, encoding.bom.length, encoding.bom, 0, encoding.bom.length)) {
                return encoding;
            }
        }
        return UTF_8;
    }

    /**
     * The text after the byte-order mark.
     *
     * @throws MalformedText with the offending byte's offset (counted from the file's first byte) when the bytes are
     *                       not valid in this encoding
     */
    String decode(byte[] bytes) throws MalformedText {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom.length, bytes.length - bom.length);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new MalformedText(in.position());
        }
        return out.flip().toString();
    }

    /** The text in this encoding, byte-order mark first. */
    byte[] encode(String text) {
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer body;
        try {
            body = encoder.encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            // Only a lone surrogate gets here: the editor's text is Java text, and these encodings cover all of
            // Unicode. Writing a replacement would change the text behind the user's back, so refuse.
            throw new IllegalArgumentException("The text holds a broken character (a lone UTF-16 surrogate) that "
                    + label + " cannot store", e);
        }
        byte[] bytes = new byte[bom.length + body.remaining()];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        body.get(bytes, bom.length, body.remaining());
        return bytes;
    }

    /** Bytes that are not valid in the encoding, at this offset of the file. */
    static final class MalformedText extends Exception {

        private final int offset;

        MalformedText(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }
}
