package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of one skill folder, for the library's details pane: listed recursively with sizes, recognised as binary
 * or text, and read as text with a size cap. A skill folder may hold anything (fonts, archives, a stray
 * {@code node_modules}), so every step is bounded and nothing follows a symbolic link out of the folder.
 */
public final class SkillFolderFiles {

    /** How much of a file is looked at to decide whether it is text. */
    public static final int SNIFF_BYTES = 8 * 1024;
    /** The viewer's cap: bigger text files show their first part and say so. */
    public static final long VIEWER_LIMIT = 2L * 1024 * 1024;
    /** Entries listed at most; a folder with more is shown truncated rather than stalling the details pane. */
    public static final int MAX_ENTRIES = 5_000;
    static final int MAX_DEPTH = 12;

    /**
     * One file or folder of a skill.
     *
     * @param relativePath the path from the skill folder, with "/" separators, e.g. {@code references/api.md}
     * @param path         the absolute path
     * @param size         bytes of a file; for a folder, the bytes of every file listed inside it
     * @param directory    a folder (its content follows it in the listing)
     * @param link         a symbolic link; listed, never followed
     * @param depth        0 for entries directly in the skill folder
     */
    public record Entry(String relativePath, Path path, long size, boolean directory, boolean link, int depth) {

        public Entry {
            Objects.requireNonNull(relativePath, "relativePath");
            Objects.requireNonNull(path, "path");
        }

        /** The last segment of the path. */
        public String name() {
            int slash = relativePath.lastIndexOf('/');
            return slash < 0 ? relativePath : relativePath.substring(slash + 1);
        }
    }

    /**
     * A skill folder's content, depth first: SKILL.md first, then at each level the folders (each followed by its
     * content) and then the files, alphabetically.
     *
     * @param truncated more than {@link #MAX_ENTRIES} entries, or folders deeper than the walk goes, were left out
     */
    public record Listing(Path dir, List<Entry> entries, boolean truncated) {

        public Listing {
            entries = List.copyOf(entries);
        }

        public int fileCount() {
            return (int) entries.stream().filter(e -> !e.directory()).count();
        }

        /** Bytes of every file listed. */
        public long totalBytes() {
            return entries.stream().filter(e -> !e.directory()).mapToLong(Entry::size).sum();
        }
    }

    /** What opening a file gives: its text, or why it is not shown as text. */
    public sealed interface Content {

        Path file();

        /**
         * @param truncated the file is bigger than the limit and only its first part is in {@code text}
         * @param notice    a sentence for the user about what is shown (truncation, replaced bytes); "" when none
         */
        record Text(Path file, String text, long size, boolean truncated, String notice) implements Content {
        }

        /** @param kind what the file is, e.g. "PNG image", "font", "binary file" */
        record Binary(Path file, String kind, long size) implements Content {
        }

        record Unreadable(Path file, String reason) implements Content {
        }
    }

    private SkillFolderFiles() {
    }

    /** Lists {@code skillDir} recursively; an unreadable sub-folder is listed empty rather than failing. */
    public static Listing list(Path skillDir) throws IOException {
        Path dir = skillDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "not a folder");
        }
        Walk walk = new Walk();
        walk.list(dir, "", 0);
        return new Listing(dir, walk.entries, walk.truncated);
    }

    /** Reads {@code file} of {@code skillDir} for the viewer, up to {@code limit} bytes. Never throws. */
    public static Content read(Path skillDir, Path file, long limit) {
        Path target = file.toAbsolutePath().normalize();
        String shown = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        try {
            if (!target.toRealPath().startsWith(skillDir.toAbsolutePath().normalize().toRealPath())) {
                return new Content.Unreadable(target, shown + " is a link to a file outside the skill folder; it is "
                        + "not opened");
            }
            if (!Files.isRegularFile(target)) {
                return new Content.Unreadable(target, shown + " is not a regular file");
            }
            long size = Files.size(target);
            Optional<String> byName = kindFromExtension(shown);
            if (byName.isPresent()) {
                return new Content.Binary(target, byName.get(), size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(target)) {
                // Bounded: the file may have grown since size() was taken.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(limit, SNIFF_BYTES)));
            }
            boolean moreThanRead = size > bytes.length;
            Optional<String> byContent = sniff(bytes, Math.min(bytes.length, SNIFF_BYTES),
                    moreThanRead || bytes.length > SNIFF_BYTES);
            if (byContent.isPresent()) {
                return new Content.Binary(target, byContent.get(), size);
            }
            int shownBytes = (int) Math.min(bytes.length, limit);
            boolean truncated = size > shownBytes;
            return decodeText(target, bytes, shownBytes, size, truncated, limit);
        } catch (NoSuchFileException e) {
            return new Content.Unreadable(target, shown + " no longer exists");
        } catch (AccessDeniedException | SecurityException e) {
            return new Content.Unreadable(target, shown + " could not be read: permission denied");
        } catch (IOException e) {
            return new Content.Unreadable(target, shown + " could not be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /**
     * What a binary file is, by its name or its first {@link #SNIFF_BYTES} bytes; empty for a text file. Reads at
     * most those bytes.
     */
    public static Optional<String> binaryKind(Path file) throws IOException {
        Optional<String> byName = kindFromExtension(file.getFileName().toString());
        if (byName.isPresent()) {
            return byName;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES + 1);
            return sniff(head, Math.min(head.length, SNIFF_BYTES), head.length > SNIFF_BYTES);
        }
    }

    /** "0 B", "940 B", "12.3 KB", "4.0 MB": sizes as people read them (1 KB = 1024 bytes). */
    public static String formatSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /**
     * Binary when the head holds a NUL byte or is not valid UTF-8. A multi-byte character cut by the end of the
     * head is not a fault when the file goes on.
     */
    static Optional<String> sniff(byte[] bytes, int length, boolean continues) {
        Optional<String> magic = MagicNumbers.kind(bytes, length);
        if (magic.isPresent()) {
            return magic;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return Optional.of("binary file");
            }
        }
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, !continues);
        if (result.isError() || !continues && decoder.flush(out).isError()) {
            return Optional.of("binary file");
        }
        return Optional.empty();
    }

    private static Content decodeText(Path file, byte[] bytes, int length, long size, boolean truncated, long limit) {
        ByteBuffer input = ByteBuffer.wrap(bytes, 0, length);
        String notice = truncated ? "Showing the first " + formatSize(limit) + " of " + formatSize(size) + "." : "";
        try {
            CharsetDecoder decoder = strictDecoder();
            CharBuffer out = CharBuffer.allocate(length);
            // A cut file may end inside a character: that tail is dropped, not reported.
            CoderResult result = decoder.decode(input, out, !truncated);
            if (result.isError()) {
                result.throwException();
            }
            if (!truncated) {
                decoder.flush(out);
            }
            return new Content.Text(file, out.flip().toString(), size, truncated, notice);
        } catch (CharacterCodingException e) {
            // The head was text, a later part is not: show it with replacement characters and say so.
            // new String(...) replaces every malformed sequence with U+FFFD.
            String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
            String replaced = "Some bytes are not UTF-8 text and are shown as \uFFFD.";
            return new Content.Text(file, text, size, truncated, notice.isEmpty() ? replaced : notice + " " + replaced);
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static Optional<String> kindFromExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BinaryExtensions.KINDS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** A depth-first walk that keeps folders before files and stops at the entry cap. */
    private static final class Walk {
        final List<Entry> entries = new ArrayList<>();
        boolean truncated;

        /** Lists {@code dir}'s content and returns the bytes of the files listed in it. */
        long list(Path dir, String prefix, int depth) {
            List<Child> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path child : stream) {
                    BasicFileAttributes attrs = Files.readAttributes(child, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    children.add(new Child(child, attrs));
                }
            } catch (IOException | SecurityException e) {
                return 0; // an unreadable folder is listed empty
            }
            children.sort(Child.ORDER);
            long total = 0;
            for (Child child : children) {
                if (entries.size() >= MAX_ENTRIES) {
                    truncated = true;
                    return total;
                }
                String name = child.path().getFileName().toString();
                String relative = prefix.isEmpty() ? name : prefix + "/" + name;
                BasicFileAttributes attrs = child.attrs();
                if (attrs.isDirectory()) {
                    int at = entries.size();
                    entries.add(null); // its size is known once its content is listed
                    long size = 0;
                    if (depth + 1 < MAX_DEPTH) {
                        size = list(child.path(), relative, depth + 1);
                    } else {
                        truncated = true;
                    }
                    entries.set(at, new Entry(relative, child.path(), size, true, false, depth));
                    total += size;
                } else {
                    long size = attrs.isSymbolicLink() ? 0 : attrs.size();
                    entries.add(new Entry(relative, child.path(), size, false, attrs.isSymbolicLink(), depth));
                    total += size;
                }
            }
            return total;
        }
    }

    private record Child(Path path, BasicFileAttributes attrs) {
        static final Comparator<Child> ORDER = Comparator
                .comparing((Child c) -> !c.path().getFileName().toString().equals("SKILL.md"))
                .thenComparing(c -> !c.attrs().isDirectory())
                .thenComparing(c -> c.path().getFileName().toString().toLowerCase(Locale.ROOT))
                .thenComparing(c -> c.path().getFileName().toString());
    }
}
