package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Finding and safely reading SKILL.md files: a library may hold anything, and one bad file must not stop a scan. */
final class SkillFiles {

    static final String SKILL_MD = "SKILL.md";
    static final String LOWERCASE_SKILL_MD = "skill.md";
    /** Far above any real skill; bigger files are almost certainly not skills and would stall the UI. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Files up to this size are read into a buffer each thread keeps, rather than a new (zeroed) array each. */
    private static final int KEPT_BUFFER = 256 * 1024;
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[KEPT_BUFFER + 1]);

    private SkillFiles() {
    }

    /**
     * The skill file of a folder: SKILL.md, else skill.md, by exact name. Two stats answer that on a case-sensitive
     * disk (a scan of 10,000 skills used to list every folder twice); when both names answer, which on a
     * case-insensitive disk they always do, the listing decides, because there {@code exists("SKILL.md")} is also
     * true for skill.md. A folder that cannot be searched gives its would-be SKILL.md, so that {@link #read}
     * reports the folder as unreadable instead of as empty.
     */
    static Path find(Path dir) {
        Path upper = dir.resolve(SKILL_MD);
        Answer upperAnswer = answer(upper);
        if (upperAnswer == Answer.UNREADABLE) {
            return upper;
        }
        Path lower = dir.resolve(LOWERCASE_SKILL_MD);
        Answer lowerAnswer = answer(lower);
        if (upperAnswer == Answer.ABSENT) {
            return lowerAnswer == Answer.FILE ? lower : null;
        }
        return lowerAnswer == Answer.ABSENT ? upper : findByListing(dir);
    }

    private enum Answer { FILE, ABSENT, UNREADABLE }

    /** A file (or a link to one, even a dangling one, which {@link #read} then reports) or not; folders are not. */
    private static Answer answer(Path candidate) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(candidate, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory() || attrs.isSymbolicLink() && Files.isDirectory(candidate)) {
                return Answer.ABSENT;
            }
            return Answer.FILE;
        } catch (AccessDeniedException | SecurityException e) {
            return Answer.UNREADABLE;
        } catch (IOException e) {
            return Answer.ABSENT;
        }
    }

    private static Path findByListing(Path dir) {
        Path lower = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!isSkillFileName(name) || Files.isDirectory(entry)) {
                    continue;
                }
                if (name.equals(SKILL_MD)) {
                    return entry;
                }
                lower = entry;
            }
        } catch (AccessDeniedException | SecurityException e) {
            return dir.resolve(SKILL_MD);
        } catch (IOException e) {
            return null;
        }
        return lower;
    }

    static boolean isSkillFileName(String name) {
        return name.equals(SKILL_MD) || name.equals(LOWERCASE_SKILL_MD);
    }

    /**
     * Reads a SKILL.md as strict UTF-8 text; anything else becomes a parse error the user can act on. One stat
     * (which also keeps a named pipe called SKILL.md from blocking the scan), then one open and read.
     */
    static String read(Path file) throws SkillParseException {
        String shown = file.getFileName().toString();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                throw new SkillParseException(shown + " is a link to a file that does not exist", 0);
            }
            checkFolderReadable(file);
            throw new SkillParseException(shown + " could not be read: " + describe(e), 0);
        }
        if (!attrs.isRegularFile()) {
            checkFolderReadable(file);
            throw new SkillParseException(shown + " is not a regular file", 0);
        }
        long size = attrs.size();
        if (size > MAX_BYTES) {
            throw new SkillParseException(shown + " is " + (size / (1024 * 1024)) + " MB; files over 5 MB are "
                    + "not read as skills", 0);
        }
        byte[] bytes;
        int length;
        try (FileChannel channel = FileChannel.open(file)) {
            // One byte more than stat said, to notice a file that grew meanwhile. Decoding copies the bytes into
            // the text anyway, so a buffer kept per thread saves allocating and zeroing the whole library again.
            ByteBuffer buffer = size < KEPT_BUFFER ? ByteBuffer.wrap(BUFFER.get(), 0, (int) size + 1)
                    : ByteBuffer.allocate((int) size + 1);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // until the end of the file, or the byte that shows it grew
            }
            bytes = buffer.array();
            length = buffer.position();
            if (length > size) {
                // It grew since the stat: read it again, bounded.
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = in.readNBytes((int) MAX_BYTES + 1);
                    length = bytes.length;
                }
            }
        } catch (IOException | SecurityException e) {
            checkFolderReadable(file);
            throw new SkillParseException(shown + " could not be read: " + describe(e), 0);
        }
        if (length > MAX_BYTES) {
            throw new SkillParseException(shown + " is larger than 5 MB; it is not read as a skill", 0);
        }
        return decode(bytes, length, shown);
    }

    /** Checked only once reading failed, so a healthy scan pays nothing for it. */
    private static void checkFolderReadable(Path file) throws SkillParseException {
        Path dir = file.getParent();
        if (dir != null && Files.isDirectory(dir) && !(Files.isReadable(dir) && Files.isExecutable(dir))) {
            throw new SkillParseException("the folder \"" + dir.getFileName() + "\" could not be read (permission "
                    + "denied), so its skills, if any, cannot be checked", 0);
        }
    }

    static String decode(byte[] bytes, String shown) throws SkillParseException {
        return decode(bytes, bytes.length, shown);
    }

    /** The first {@code length} bytes of {@code bytes} as text. */
    static String decode(byte[] bytes, int length, String shown) throws SkillParseException {
        // Fast path: the JDK's lenient decoder and String.indexOf are intrinsics, while a byte loop and a reporting
        // CharsetDecoder run interpreted in a short-lived CLI. Valid UTF-8 decodes the same either way; the lenient
        // decoder only puts U+FFFD where input is malformed (or was U+FFFD), and then the strict path below decides.
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0 && text.indexOf('\0') < 0) {
            return text;
        }
        return decodeStrictly(length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length), shown);
    }

    private static String decodeStrictly(byte[] bytes, String shown) throws SkillParseException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new SkillParseException(shown + " is a binary file (it contains NUL bytes), not Markdown text",
                        lineAt(bytes, i));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new SkillParseException(shown + " is not valid UTF-8 text (bad byte at offset " + in.position()
                    + "); save it as UTF-8", lineAt(bytes, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String describe(Exception e) {
        String type = e instanceof AccessDeniedException || e instanceof SecurityException
                ? "permission denied"
                : e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + " (" + e.getMessage() + ")";
    }
}
