package dev.skillfleet.desktop.ui.markdown;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;

import atlantafx.base.theme.Styles;

/**
 * Builds the box for a fenced or indented code block: a header with the language and a Copy button, then the code
 * in a monospace Text that keeps its lines (no wrapping) and scrolls sideways when wider than the message.
 */
final class CodeBlockFactory {

    static final String STYLE_CLASS = "md-code-block";
    static final String COPY_LABEL = "Copy";
    static final String COPIED_LABEL = "Copied";

    private static final Duration COPIED_FEEDBACK = Duration.seconds(1.5);

    private final MarkdownActions actions;

    CodeBlockFactory(MarkdownActions actions) {
        this.actions = actions;
    }

    /**
     * @param literal the code as commonmark gives it: every line ends with a newline
     * @param info    the fence's info string ("java title=x"), or empty
     */
    VBox create(String literal, String info) {
        // The newline after the last line belongs to the fence, not the code: copying it would paste an extra line.
        String code = BlockRenderer.stripFinalNewline(literal);

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(spacer, copyButton(code));
        header.getStyleClass().add("md-code-header");
        String language = language(info);
        if (!language.isEmpty()) {
            var label = new Label(language);
            label.getStyleClass().add("md-code-lang");
            header.getChildren().addFirst(label);
        }

        var text = new Text(code);
        text.getStyleClass().addAll(InlineRenderer.TEXT, "md-code-text", InlineRenderer.MONO);
        var body = new HorizontalScroller(text);
        body.getStyleClass().add("md-code-body");

        var box = new VBox(header, body);
        box.getStyleClass().add(STYLE_CLASS);
        box.setMinWidth(0);
        return box;
    }

    private Button copyButton(String code) {
        var button = new Button(COPY_LABEL);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "md-code-copy");
        button.setMnemonicParsing(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        // Built on first use: most code blocks are never copied.
        PauseTransition[] reset = new PauseTransition[1];
        button.setOnAction(e -> {
            actions.copyToClipboard(code);
            button.setText(COPIED_LABEL);
            if (reset[0] == null) {
                reset[0] = new PauseTransition(COPIED_FEEDBACK);
                reset[0].setOnFinished(done -> button.setText(COPY_LABEL));
            }
            reset[0].playFromStart();
        });
        return button;
    }

    /** The first word of the info string, which is the language by convention; the rest is free-form. */
    static String language(String info) {
        if (info == null) {
            return "";
        }
        String trimmed = info.strip();
        int end = 0;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end);
    }
}
