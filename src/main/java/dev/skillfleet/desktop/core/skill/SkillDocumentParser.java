package dev.skillfleet.desktop.core.skill;

/**
 * Splits a SKILL.md into YAML frontmatter and Markdown body.
 *
 * <p>Unlike the reference tool, which splits on the first two {@code ---} substrings anywhere, the fences here must be
 * whole lines: a {@code ---} inside a description (a horizontal rule in a block scalar) must not end the frontmatter.
 */
public final class SkillDocumentParser {

    private static final String FENCE = "---";

    private SkillDocumentParser() {
    }

    public static SkillDocument parse(String text) throws SkillParseException {
        if (text == null) {
            throw new SkillParseException("SKILL.md is empty", 0);
        }
        // A BOM is invisible in editors, so it must not make a correct file fail.
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.isBlank()) {
            throw new SkillParseException("SKILL.md is empty; it must start with a \"---\" line opening the frontmatter", 1);
        }
        int firstEnd = lineEnd(s, 0);
        if (!isFence(s, 0, firstEnd)) {
            throw new SkillParseException(
                    "SKILL.md must start with a \"---\" line opening the YAML frontmatter (name, description)", 1);
        }
        int yamlStart = nextLineStart(s, firstEnd);
        int lineNo = 2;
        int pos = yamlStart;
        while (pos < s.length()) {
            int end = lineEnd(s, pos);
            if (isFence(s, pos, end)) {
                String yaml = s.substring(yamlStart, pos);
                FrontmatterYaml.Result fm = FrontmatterYaml.read(yaml, 1);
                int bodyStart = nextLineStart(s, end);
                return new SkillDocument(fm.values(), s.substring(bodyStart), lineNo + 1, fm.keyLines());
            }
            pos = nextLineStart(s, end);
            lineNo++;
        }
        throw new SkillParseException(
                "the frontmatter opened by \"---\" on line 1 is never closed by a second \"---\" line", 1);
    }

    /** A fence is "---" at column 0 with nothing but trailing spaces, as YAML's document marker requires. */
    private static boolean isFence(String s, int start, int end) {
        if (end - start < FENCE.length() || !s.startsWith(FENCE, start)) {
            return false;
        }
        return s.substring(start + FENCE.length(), end).isBlank();
    }

    /** Index of the line terminator (or end of text), so a CRLF file is read like an LF one. */
    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        int end = nl < 0 ? s.length() : nl;
        return end > from && s.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static int nextLineStart(String s, int lineEnd) {
        if (lineEnd >= s.length()) {
            return s.length();
        }
        return s.charAt(lineEnd) == '\r' && lineEnd + 1 < s.length() && s.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2
                : lineEnd + 1;
    }
}
