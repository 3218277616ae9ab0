package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.skill.Severity;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import java.util.Map;
import java.util.function.IntFunction;

/**
 * The code area's gutter: the line number and, on a line with problems, an error or warning mark whose tooltip lists
 * them. When the markers change the factory is replaced, which makes RichTextFX rebuild the visible graphics only.
 */
final class ProblemGutter {

    private ProblemGutter() {
    }

    static void install(CodeArea area, ObservableValue<Map<Integer, LineMarker>> markers) {
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        Runnable refresh = () -> {
            Map<Integer, LineMarker> current = markers.getValue();
            area.setParagraphGraphicFactory(paragraph -> graphic(numbers.apply(paragraph),
                    current == null ? null : current.get(paragraph + 1)));
        };
        markers.addListener((obs, old, now) -> refresh.run());
        refresh.run();
    }

    /** Line numbers alone, for files without validation. */
    static void install(CodeArea area) {
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        area.setParagraphGraphicFactory(paragraph -> graphic(numbers.apply(paragraph), null));
    }

    private static Node graphic(Node number, LineMarker marker) {
        Region mark = mark(marker == null ? null : marker.severity());
        if (marker != null) {
            mark.setId("gutter-marker-" + marker.line());
            Tooltip tooltip = new Tooltip(marker.tooltip());
            tooltip.setShowDelay(Duration.millis(200));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
            Tooltip.install(mark, tooltip);
        }
        HBox box = new HBox(number, mark);
        // At the paragraph's first line: a wrapped paragraph keeps its number and mark beside its start.
        box.setAlignment(Pos.TOP_LEFT);
        HBox.setMargin(mark, new Insets(4, 0, 0, 0));
        box.getStyleClass().add("editor-gutter");
        return box;
    }

    /** A fixed-size mark (empty on a line without problems, so the text never shifts when one appears). */
    static Region mark(Severity severity) {
        Region mark = new Region();
        mark.getStyleClass().add("gutter-marker");
        if (severity != null) {
            mark.getStyleClass().add(severity == Severity.ERROR ? "gutter-error" : "gutter-warning");
        }
        return mark;
    }
}
