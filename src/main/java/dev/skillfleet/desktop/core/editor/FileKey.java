package dev.skillfleet.desktop.core.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The folder or file name under which the app keeps its data about one edited file (history, recovery copy): a
 * readable slug of the file's last path parts and a hash of its whole path, e.g.
 * {@code async-skill.md-3f9c2a41d07be615}.
 * The hash keeps apart files that share a name (two skills called {@code async} in different libraries); the slug lets
 * a user browsing the data folder see which file a folder belongs to.
 *
 * <p>The path is made absolute and normalized, and its folder's symbolic links are resolved when the folder exists,
 * so a skill reached through a linked folder ({@code ~/.claude/skills/x -> ~/library/x}) has one history, not two.
 */
public record FileKey(Path file, String value) {

    private static final int SLUG_CHARS = 48;
    private static final int HASH_CHARS = 16;

    public static FileKey of(Path file) {
        Path canonical = canonical(file);
        String hash = FileFingerprint.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8))
                .substring(0, HASH_CHARS);
        return new FileKey(canonical, slug(canonical) + "-" + hash);
    }

    /** The absolute, normalized path; its folder's links resolved when the folder exists. */
    static Path canonical(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent != null && absolute.getFileName() != null) {
            try {
                return parent.toRealPath().resolve(absolute.getFileName());
            } catch (IOException e) {
                // A folder that is gone: its path as written is the best name there is.
            }
        }
        return absolute;
    }

    /** The file's folder and name in plain characters, e.g. {@code async-skill.md}. */
    private static String slug(Path file) {
        Path parent = file.getParent();
        String name = (parent != null && parent.getFileName() != null ? parent.getFileName() + "-" : "")
                + (file.getFileName() != null ? file.getFileName() : "root");
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "")
                .toLowerCase(Locale.ROOT);
        if (slug.length() > SLUG_CHARS) {
            slug = slug.substring(slug.length() - SLUG_CHARS).replaceAll("^[-.]+", "");
        }
        return slug.isEmpty() ? "file" : slug;
    }
}
