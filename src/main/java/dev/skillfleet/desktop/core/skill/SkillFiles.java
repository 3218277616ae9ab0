package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finding and safely reading SKILL.md files: a library may hold anything, and one bad file must not stop a scan. */
final class SkillFiles {

    static final String SKILL_MD = "SKILL.md";
    static final String LOWERCASE_SKILL_MD = "skill.md";
    /** Far above any real skill; bigger files are almost certainly not skills and would stall the UI. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private SkillFiles() {
    }

    /**
     * The skill file of a folder: SKILL.md, else skill.md. Names are compared exactly from the listing, because on a
     * case-insensitive disk {@code exists("SKILL.md")} is also true for skill.md.
     */
    static Path find(Path dir) {
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
        } catch (IOException | SecurityException e) {
            return null;
        }
        return lower;
    }

    static boolean isSkillFileName(String name) {
        return name.equals(SKILL_MD) || name.equals(LOWERCASE_SKILL_MD);
    }

    /** Reads a SKILL.md as strict UTF-8 text; anything else becomes a parse error the user can act on. */
    static String read(Path file) throws SkillParseException {
        String shown = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                throw new SkillParseException(shown + " is a link to a file that does not exist", 0);
            }
            // Also keeps a named pipe called SKILL.md from blocking the scan forever.
            if (!Files.isRegularFile(file)) {
                throw new SkillParseException(shown + " is not a regular file", 0);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SkillParseException(shown + " is " + (size / (1024 * 1024)) + " MB; files over 5 MB are "
                        + "not read as skills", 0);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded read: the file may have grown since size() was taken.
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException | SecurityException e) {
            throw new SkillParseException(shown + " could not be read: " + describe(e), 0);
        }
        if (bytes.length > MAX_BYTES) {
            throw new SkillParseException(shown + " is larger than 5 MB; it is not read as a skill", 0);
        }
        return decode(bytes, shown);
    }

    static String decode(byte[] bytes, String shown) throws SkillParseException {
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
        String type = e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException
                ? "permission denied"
                : e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + " (" + e.getMessage() + ")";
    }
}
