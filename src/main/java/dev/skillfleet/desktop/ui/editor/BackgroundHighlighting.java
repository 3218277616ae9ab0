package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Keeps a code area highlighted: after a short pause in typing the text is highlighted on the background executor and
 * the styles come back as one {@code setStyleSpans} on the FX thread; a result for text that has changed since is
 * dropped. Typed characters take their neighbour's style meanwhile, so the pause is not seen.
 */
final class BackgroundHighlighting {

    static final Duration DELAY = Duration.ofMillis(60);
    private static final System.Logger LOG = System.getLogger("skill-fleet");

    private final CodeArea area;
    private final Highlighter highlighter;
    private final Executor background;
    private long revision;

    BackgroundHighlighting(CodeArea area, Highlighter highlighter, Executor background, FxDelay delay) {
        this.area = area;
        this.highlighter = highlighter;
        this.background = background;
        area.textProperty().addListener((obs, old, now) -> {
            long current = ++revision;
            delay.after(DELAY, () -> {
                if (current == revision) {
                    run(current, area.getText());
                }
            });
        });
        run(revision, area.getText());
    }

    private void run(long forRevision, String text) {
        background.execute(() -> {
            StyleSpans<Collection<String>> spans;
            try {
                spans = spans(highlighter.highlight(text));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Highlighting failed; the text stays plain", e);
                return;
            }
            Platform.runLater(() -> {
                if (forRevision == revision && area.getLength() == text.length()) {
                    area.setStyleSpans(0, spans);
                }
            });
        });
    }

    static StyleSpans<Collection<String>> spans(Highlights highlights) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int pos = 0;
        for (Highlights.Span span : highlights.spans()) {
            if (span.start() > pos) {
                builder.add(List.of(), span.start() - pos);
            }
            builder.add(List.of(span.styleClass()), span.end() - span.start());
            pos = span.end();
        }
        // The builder needs one span at least, even for an empty text.
        if (highlights.length() > pos || pos == 0) {
            builder.add(List.of(), highlights.length() - pos);
        }
        return builder.create();
    }
}
