package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

/**
 * A tree row: the name, then the count of a root or category, or the badge (and draft id) of a skill. Counts change
 * with every skill a scan adds, so a count change only sets one label's text; the cell's one tooltip is reused
 * (creating a Tooltip builds a popup window: per count change, that was most of a 5,000-skill scan's FX time).
 */
final class LibraryTreeCell extends TreeCell<LibraryNode> {

    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label badge = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final HBox box;
    private Subscription watching = Subscription.EMPTY;

    LibraryTreeCell() {
        getStyleClass().add("library-tree-cell");
        detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Long names and draft ids give way (with "…"); the badge always shows whole.
        name.setMinWidth(0);
        detail.setMinWidth(0);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(6, name, detail, spacer, badge);
        box.setMinWidth(0);
        box.setPrefWidth(1); // follow the tree's width instead of the text's, so no sideways scrolling
        box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(LibraryNode node, boolean empty) {
        super.updateItem(node, empty);
        watching.unsubscribe();
        watching = Subscription.EMPTY;
        setText(null);
        if (empty || node == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        // A reload replaces the node's skill and a scan changes its count in place: follow both while shown.
        watching = node.kind() == LibraryNode.Kind.SKILL
                ? node.skillProperty().subscribe(s -> showSkill(s))
                : node.countProperty().subscribe(c -> detail.setText(String.valueOf(c.intValue())));
        showKind(node);
        setGraphic(box);
    }

    private void showKind(LibraryNode node) {
        name.getStyleClass().remove(Styles.TEXT_BOLD);
        boolean skill = node.kind() == LibraryNode.Kind.SKILL;
        badge.setVisible(skill);
        badge.setManaged(skill);
        switch (node.kind()) {
            case ROOT -> {
                name.setText(node.label());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                tip(node.libraryRoot().toString());
            }
            case CATEGORY -> {
                name.setText(node.label());
                tip("");
            }
            case SKILL -> { }
        }
    }

    private void showSkill(LibrarySkill skill) {
        if (skill == null) {
            return;
        }
        name.setText(skill.name());
        detail.setText(skill.draft() ? "draft" : "");
        Badges.style(badge, skill.validity());
        tip(skill.draft() ? "Draft " + skill.draftId() + (skill.summary().isEmpty() ? "" : ": " + skill.summary())
                : skill.summary());
    }

    private void tip(String text) {
        if (text.isEmpty()) {
            setTooltip(null);
        } else {
            tooltip.setText(text);
            setTooltip(tooltip);
        }
    }
}
