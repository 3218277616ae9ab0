package dev.skillfleet.desktop.ui.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StylesheetTest {

    private static String css() throws IOException {
        try (InputStream in = MarkdownRenderer.class.getResourceAsStream("markdown.css")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void colorsAreOnlyThemeLookups() throws IOException {
        String css = css().replaceAll("(?s)/\\*.*?\\*/", "");

        // A literal colour would look right in one theme and wrong in the other.
        assertThat(css).doesNotContainPattern("#[0-9a-fA-F]{3,8}\\b");
        assertThat(css).doesNotContainPattern("(?i)\\b(rgba?|hsba?)\\s*\\(");
        assertThat(css).doesNotContainPattern("(?i):\\s*(white|black|gr[ae]y|red|blue|green|transparent)\\b");
        assertThat(css).contains("-color-fg-default", "-color-bg-subtle", "-color-border-default");
    }

    @Test
    void everyRuleIsScopedToTheMarkdownRoot() throws IOException {
        String css = css().replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?s)\\{.*?}", "{}");

        for (String selector : css.split("[{},]")) {
            if (!selector.isBlank()) {
                assertThat(selector.strip()).startsWith(".markdown");
            }
        }
    }

    @Test
    void monospaceFontIsTheFirstPreferredInstalledFamily() {
        assertThat(MonospaceFont.choose(Set.of("Arial", "DejaVu Sans Mono", "Cascadia Mono")))
                .isEqualTo("Cascadia Mono");
        assertThat(MonospaceFont.choose(Set.of("Arial"))).isEqualTo("monospace");
    }
}
