package dev.skillfleet.desktop.ui.editor;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain highlighting of a skill's other files (scripts, templates, JSON): comments, strings, numbers and the
 * keywords most languages share. One line at a time, so a string or comment never runs past its line.
 */
final class CodeSyntax {

    static final String COMMENT = "hl-comment";
    static final String STRING = "hl-string";
    static final String NUMBER = "hl-number";
    static final String KEYWORD = "hl-keyword";

    private static final Set<String> KEYWORDS = Set.of("def", "class", "return", "if", "elif", "else", "for", "while",
            "in", "import", "from", "as", "with", "try", "except", "finally", "raise", "function", "const", "let",
            "var", "new", "this", "self", "true", "false", "null", "None", "True", "False", "async", "await", "yield",
            "lambda", "public", "private", "static", "export", "then", "fi", "do", "done", "case", "esac", "echo",
            "local", "set", "not", "and", "or", "is", "pass", "break", "continue", "switch", "default", "package",
            "func", "fn", "struct", "interface", "type", "enum", "void", "int", "string");
    private static final Set<String> HASH_COMMENTS = Set.of("py", "sh", "bash", "zsh", "rb", "pl", "r", "toml", "ps1",
            "conf", "cfg", "ini", "env", "mk", "dockerfile", "makefile");
    private static final Set<String> SLASH_COMMENTS = Set.of("js", "mjs", "cjs", "ts", "tsx", "jsx", "java", "kt",
            "c", "h", "cpp", "hpp", "cc", "cs", "go", "rs", "swift", "scala", "dart", "css", "scss", "less", "php");
    private static final Pattern TOKENS = Pattern.compile(
            "(?<string>\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^'\\\\]|\\\\.)*'?|`[^`]*`?)"
                    + "|(?<number>\\b\\d+(?:\\.\\d+)?\\b)"
                    + "|(?<word>\\b[A-Za-z_][A-Za-z0-9_]*\\b)");

    private final String lineComment;

    private CodeSyntax(String lineComment) {
        this.lineComment = lineComment;
    }

    /** The syntax for a file name, by extension; null for a file that gets no highlighting (plain text). */
    static CodeSyntax forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? lower : lower.substring(dot + 1);
        if (HASH_COMMENTS.contains(ext)) {
            return new CodeSyntax("#");
        }
        if (SLASH_COMMENTS.contains(ext)) {
            return new CodeSyntax("//");
        }
        if (ext.equals("json") || ext.equals("jsonl") || ext.equals("html") || ext.equals("xml") || ext.equals("svg")
                || ext.equals("csv")) {
            return new CodeSyntax(null);
        }
        return null;
    }

    void highlight(String text, Highlights.Builder out) {
        int pos = 0;
        while (pos < text.length()) {
            int end = FrontmatterLayout.lineEnd(text, pos);
            line(text.substring(pos, end), pos, out);
            pos = FrontmatterLayout.nextLine(text, end);
            if (end == text.length()) {
                break;
            }
        }
    }

    private void line(String line, int start, Highlights.Builder out) {
        String trimmed = line.stripLeading();
        if (lineComment != null && trimmed.startsWith(lineComment)) {
            out.add(start + line.length() - trimmed.length(), start + line.length(), COMMENT);
            return;
        }
        int commentAt = lineComment == null ? -1 : trailingComment(line);
        Matcher m = TOKENS.matcher(line).region(0, commentAt >= 0 ? commentAt : line.length());
        while (m.find()) {
            if (m.group("string") != null) {
                out.add(start + m.start(), start + m.end(), STRING);
            } else if (m.group("number") != null) {
                out.add(start + m.start(), start + m.end(), NUMBER);
            } else if (KEYWORDS.contains(m.group("word"))) {
                out.add(start + m.start(), start + m.end(), KEYWORD);
            }
        }
        if (commentAt >= 0) {
            out.add(start + commentAt, start + line.length(), COMMENT);
        }
    }

    /** Where a trailing comment starts (its marker after a blank, outside quotes); -1 when none. */
    private int trailingComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (line.startsWith(lineComment, i) && i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }
}
