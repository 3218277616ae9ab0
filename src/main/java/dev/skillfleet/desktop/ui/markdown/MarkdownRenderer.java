package dev.skillfleet.desktop.ui.markdown;

import java.util.List;
import java.util.Objects;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.parser.Parser;

/**
 * Renders Markdown into JavaFX nodes: a {@link VBox} with style class {@code markdown} holding one node per block.
 * No WebView and no HTML: raw HTML in the source is shown as text, images as their alt text.
 *
 * <p>The stylesheet goes on the scene, not on each rendered root. JavaFX registers every Parent under a node that
 * carries stylesheets with those stylesheets, in a list it scans linearly each time a node is styled, so styling grows
 * quadratically with the Parents of every answer alive: measured here, the twelfth long answer (2,000 list items)
 * took 13 s to style instead of 0.5 s. A scene stylesheet registers only the scene's root.
 */
public final class MarkdownRenderer {

    /** The root style class; every rule in markdown.css is scoped under it. */
    public static final String STYLE_CLASS = "markdown";

    private static final String STYLESHEET = Objects.requireNonNull(
            MarkdownRenderer.class.getResource("markdown.css"), "markdown.css missing from the class path")
            .toExternalForm();

    // Built once: commonmark parsers are immutable and safe to share between threads.
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .build();

    private final BlockRenderer blocks;

    public MarkdownRenderer(MarkdownActions actions) {
        Objects.requireNonNull(actions, "actions");
        this.blocks = new BlockRenderer(new InlineRenderer(actions), actions);
    }

    /**
     * Parses Markdown into a commonmark document. Touches no nodes, so it may run on a background thread; hand the
     * result to {@link #render(Document)} on the FX thread.
     */
    public static Document parse(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return (Document) PARSER.parse(markdown);
    }

    /** The stylesheets rendered Markdown needs: markdown.css and the monospace font choice. */
    public static List<String> stylesheets() {
        return List.of(STYLESHEET, MonospaceFont.stylesheet());
    }

    /**
     * Adds {@link #stylesheets()} to {@code scene} unless already there. Rendered roots do this themselves when they
     * join a scene; call it up front to style the scene once, before the first answer arrives.
     */
    public static void installStylesheets(Scene scene) {
        for (String stylesheet : stylesheets()) {
            if (!scene.getStylesheets().contains(stylesheet)) {
                scene.getStylesheets().add(stylesheet);
            }
        }
    }

    /** Parses and renders in one go. Call on the FX thread. */
    public Node render(String markdown) {
        return render(parse(markdown));
    }

    /** Renders an already parsed document. Call on the FX thread. */
    public Node render(Document document) {
        Objects.requireNonNull(document, "document");
        var root = new VBox();
        root.getStyleClass().add(STYLE_CLASS);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installStylesheets(scene);
            }
        });
        // Let the cell shrink the message below its longest word or code line; wrapping and scrolling handle the rest.
        root.setMinWidth(0);
        root.getChildren().setAll(blocks.renderChildren(document));
        return root;
    }
}
