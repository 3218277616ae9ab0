package dev.skillfleet.desktop.ui.markdown;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Queries over a rendered node tree, depth first, the root included. */
final class NodeTree {

    private NodeTree() {
    }

    static <T extends Node> List<T> all(Node root, Class<T> type) {
        var found = new ArrayList<T>();
        collect(root, type, found);
        return found;
    }

    static List<Node> withClass(Node root, String styleClass) {
        return all(root, Node.class).stream().filter(n -> n.getStyleClass().contains(styleClass)).toList();
    }

    static Node single(Node root, String styleClass) {
        List<Node> found = withClass(root, styleClass);
        if (found.size() != 1) {
            throw new AssertionError("expected one ." + styleClass + " but found " + found.size());
        }
        return found.getFirst();
    }

    /** The rendered text runs (not the text inside control skins). */
    static List<Text> runs(Node root) {
        return all(root, Text.class).stream().filter(t -> t.getStyleClass().contains(InlineRenderer.TEXT)).toList();
    }

    /** What a reader sees in a flow: its Text runs and link labels, in order. */
    static String text(TextFlow flow) {
        var sb = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text t) {
                sb.append(t.getText());
            } else if (child instanceof Hyperlink h) {
                sb.append(h.getText());
            }
        }
        return sb.toString();
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, type, found);
            }
        }
    }
}
