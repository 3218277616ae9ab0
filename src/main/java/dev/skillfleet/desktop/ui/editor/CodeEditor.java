package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

import java.util.concurrent.Executor;

/**
 * A code area kept in step with a ViewModel's text property, highlighted in the background, with line numbers, undo
 * (the area's own: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) and a find bar (Ctrl+F, Ctrl+H).
 *
 * <p>A change of the text that did not come from the area (a form edit, replace, a proposal accepted) is applied to
 * the area as one minimal edit, the span between the common prefix and suffix: it is one undo step, the caret stays
 * where it was, and only the changed paragraphs are redrawn.
 */
final class CodeEditor {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private final CodeArea area = new CodeArea();
    private final FindReplaceBar findBar;
    private final BorderPane node = new BorderPane();
    private boolean applying;

    /** @param wrap wrap long lines (prose: Markdown), or scroll sideways (code) */
    CodeEditor(StringProperty text, FindReplace find, Highlighter highlighter, Executor background,
               FxDelay delay, boolean wrap) {
        area.getStyleClass().add("skill-code");
        area.setWrapText(wrap);
        area.replaceText(text.get() == null ? "" : text.get());
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.textProperty().addListener((obs, old, now) -> {
            if (!applying) {
                text.set(now);
            }
        });
        text.addListener((obs, old, now) -> applyFromModel(now == null ? "" : now));
        new BackgroundHighlighting(area, highlighter, background, delay);

        findBar = new FindReplaceBar(find, area);
        node.setTop(findBar);
        node.setCenter(new VirtualizedScrollPane<>(area));
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                findBar.open(false);
                e.consume();
            } else if (REPLACE.match(e)) {
                findBar.open(true);
                e.consume();
            }
        });
    }

    Node node() {
        return node;
    }

    CodeArea area() {
        return area;
    }

    /** After a load: the loaded text is where undo stops, and the caret starts at the top. */
    void startFresh() {
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    /** Puts the caret at the start of a 1-based line, scrolls it into view and focuses the area. */
    void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    private void applyFromModel(String now) {
        String current = area.getText();
        if (now.equals(current)) {
            return;
        }
        int prefix = 0;
        int max = Math.min(current.length(), now.length());
        while (prefix < max && current.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && current.charAt(current.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        int end = current.length() - suffix;
        String inserted = now.substring(prefix, now.length() - suffix);
        int anchor = shift(area.getAnchor(), prefix, end, inserted.length());
        int caret = shift(area.getCaretPosition(), prefix, end, inserted.length());
        applying = true;
        try {
            area.replaceText(prefix, end, inserted);
        } finally {
            applying = false;
        }
        area.selectRange(anchor, caret);
    }

    /** Where a position goes when {@code [start, end)} becomes {@code length} characters. */
    private static int shift(int position, int start, int end, int length) {
        if (position <= start) {
            return position;
        }
        if (position >= end) {
            return position + length - (end - start);
        }
        return start + length;
    }
}
