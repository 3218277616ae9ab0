package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.commonmark.node.Document;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The Preview tab: the body rendered by the same renderer as the chat and the library. Rendered only while the tab
 * is showing and only when the body changed: parsed in the background, built into nodes on the FX thread.
 */
final class PreviewPane {

    private final ScrollPane scroll = new ScrollPane();
    private final MarkdownRenderer renderer;
    private final Executor background;
    private String rendered;
    private String requested;

    PreviewPane(MarkdownRenderer renderer, Executor background) {
        this.renderer = renderer;
        this.background = background;
        scroll.setId("editor-preview");
        scroll.getStyleClass().add("editor-preview");
        scroll.setFitToWidth(true);
        scroll.setContent(new StackPane());
    }

    ScrollPane node() {
        return scroll;
    }

    /** Renders {@code body} unless it is what is shown already (or on its way). */
    void show(String body) {
        if (Objects.equals(body, rendered) || Objects.equals(body, requested)) {
            return;
        }
        requested = body;
        background.execute(() -> {
            Document document = MarkdownRenderer.parse(body);
            Platform.runLater(() -> {
                if (!body.equals(requested)) {
                    return; // a newer body is on its way
                }
                var content = renderer.render(document);
                StackPane pad = new StackPane(content);
                pad.setPadding(new Insets(12, 16, 16, 16));
                scroll.setContent(pad);
                rendered = body;
                requested = null;
            });
        });
    }
}
