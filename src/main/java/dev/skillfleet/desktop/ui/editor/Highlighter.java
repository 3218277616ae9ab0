package dev.skillfleet.desktop.ui.editor;

import java.util.Locale;

/**
 * Computes a text's highlighting; pure and thread-safe, so the view runs it off the FX thread and applies the result
 * in one update.
 */
@FunctionalInterface
public interface Highlighter {

    Highlights highlight(String text);

    /** SKILL.md and other Markdown: the YAML frontmatter (when the text opens one) and the Markdown body. */
    static Highlighter skillMarkdown() {
        return text -> {
            Highlights.Builder out = Highlights.builder(text.length());
            FrontmatterLayout layout = FrontmatterLayout.of(text);
            if (layout.frontmatter()) {
                int open = text.startsWith("\uFEFF") ? 1 : 0;
                out.add(open, FrontmatterLayout.lineEnd(text, open), "hl-yaml-fence");
                YamlSyntax.highlight(text, layout.yamlStart(), layout.yamlEnd(), out);
                if (layout.closed()) {
                    out.add(layout.yamlEnd(), FrontmatterLayout.lineEnd(text, layout.yamlEnd()), "hl-yaml-fence");
                }
            }
            MarkdownSyntax.highlight(text, layout.bodyStart(), text.length(), out);
            return out.build();
        };
    }

    /** A skill's other file, by its name: Markdown, YAML, code with comments and strings, or no highlighting. */
    static Highlighter forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return skillMarkdown();
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return text -> {
                Highlights.Builder out = Highlights.builder(text.length());
                YamlSyntax.highlight(text, 0, text.length(), out);
                return out.build();
            };
        }
        CodeSyntax code = CodeSyntax.forFileName(fileName);
        if (code == null) {
            return text -> Highlights.builder(text.length()).build();
        }
        return text -> {
            Highlights.Builder out = Highlights.builder(text.length());
            code.highlight(text, out);
            return out.build();
        };
    }
}
