package dev.skillfleet.desktop.core.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of several strings, for keys that must identify text without showing it (a conversation, a URL that may
 * hold a key). Each string is preceded by its length, so ("ab", "c") and ("a", "bc") differ.
 */
public final class Digest {

    private final MessageDigest sha;

    private Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static Digest sha256() {
        return new Digest();
    }

    public Digest add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
        return this;
    }

    /** The digest in hex; the object is spent afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
