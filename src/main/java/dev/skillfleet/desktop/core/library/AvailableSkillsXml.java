package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.io.AtomicFiles;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Skill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code <available_skills>} XML agents are given as their skill catalogue (skill-format.md section 4): no XML
 * declaration, two-space indentation, one {@code <skill>} per skill with its name, description and the absolute path
 * of its SKILL.md, sorted by path (the skill folder's, the order of a library scan), and {@code & < > " '} escaped.
 *
 * <p>Which skills are listed: every skill an agent can load. Broken skills (no readable SKILL.md, unparseable
 * frontmatter) are left out, since an agent could not use them. Skills that load but fail strict validation (say, a
 * name differing from the folder) are listed, because agents load them all the same. Drafts are never listed.
 */
public final class AvailableSkillsXml {

    private AvailableSkillsXml() {
    }

    /** The skills {@link #render} lists, in the order it lists them. */
    public static List<Skill> included(LibraryScan scan) {
        return scan.skills().stream()
                .filter(s -> !s.broken() && !s.draft() && s.file() != null)
                .sorted(Comparator.comparing(Skill::dir))
                .toList();
    }

    /** The skills left out because they are broken; shown to the user so nothing disappears silently. */
    public static List<Skill> leftOut(LibraryScan scan) {
        return scan.skills().stream().filter(s -> !s.draft() && (s.broken() || s.file() == null)).toList();
    }

    /** The XML text, ending with a newline. */
    public static String render(LibraryScan scan) {
        StringBuilder xml = new StringBuilder("<available_skills>\n");
        for (Skill skill : included(scan)) {
            xml.append("  <skill>\n");
            element(xml, "name", skill.name());
            element(xml, "description", skill.description());
            element(xml, "location", skill.file().toAbsolutePath().normalize().toString());
            xml.append("  </skill>\n");
        }
        return xml.append("</available_skills>\n").toString();
    }

    /** Writes {@link #render} to {@code file} atomically (UTF-8). */
    public static void write(LibraryScan scan, Path file) throws IOException {
        AtomicFiles.writeString(file, render(scan));
    }

    private static void element(StringBuilder xml, String tag, String text) {
        xml.append("    <").append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
    }

    /**
     * Escapes exactly {@code & < > " '}, as the reference tools do. Not commons-text's {@code escapeXml10}: that
     * also turns U+007F–U+009F into numeric references, so the output would differ from other tools' for such text.
     * Characters XML 1.0 forbids outright (most C0 controls, which YAML lets through as "\x01" escapes, and unpaired
     * surrogates) are dropped, because a single one would make the whole catalogue unparseable.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
