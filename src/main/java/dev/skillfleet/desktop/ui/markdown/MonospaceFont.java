package dev.skillfleet.desktop.ui.markdown;

import java.util.List;
import java.util.Set;

import javafx.scene.text.Font;

import atlantafx.base.theme.Styles;

/**
 * Picks the monospace family for code. JavaFX CSS takes a single name in -fx-font-family (no fallback list), so
 * markdown.css says plain "monospace" and this adds a one-rule stylesheet naming the first preferred font that is
 * actually installed.
 */
final class MonospaceFont {

    private static final List<String> PREFERRED = List.of(
            "JetBrains Mono", "Cascadia Mono", "SF Mono", "Menlo", "Consolas", "DejaVu Sans Mono", "Liberation Mono");

    private MonospaceFont() {
    }

    /** A data: URI stylesheet; computed once because listing the system's fonts is slow the first time. */
    static String stylesheet() {
        return Holder.STYLESHEET;
    }

    /** The chosen family, or "monospace" when none of the preferred fonts is installed. */
    static String family() {
        return Holder.FAMILY;
    }

    static String choose(Set<String> installed) {
        return PREFERRED.stream().filter(installed::contains).findFirst().orElse("monospace");
    }

    private static final class Holder {
        static final String FAMILY = choose(Set.copyOf(Font.getFamilies()));
        static final String STYLESHEET = Styles.toDataURI(
                ".markdown .md-mono { -fx-font-family: \"" + FAMILY + "\"; }");
    }
}
