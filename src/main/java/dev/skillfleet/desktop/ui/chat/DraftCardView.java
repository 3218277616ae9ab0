package dev.skillfleet.desktop.ui.chat;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A draft the assistant wrote, shown in the answer: name, path, validity, "Open folder"; a refine draft also offers
 * "Review changes" (the original's editor with the draft as a proposal) when the app wired a reviewer.
 */
final class DraftCardView extends VBox {

    DraftCardView(DraftCard draft, DesktopActions actions, ChatViewModel chat) {
        getStyleClass().add("draft-card");
        Label title = new Label(draft.name());
        title.getStyleClass().addAll(Styles.TITLE_4, "draft-name");
        Label kind = new Label(draft.category().isEmpty() ? "Draft" : "Draft \u00b7 " + draft.category());
        kind.getStyleClass().add(Styles.TEXT_MUTED);
        Label badge = new Label(draft.valid()
                ? "Valid" + (draft.warnings() > 0 ? " \u00b7 " + draft.warnings() + " warning" + (draft.warnings() == 1 ? "" : "s") : "")
                : draft.errors() + " error" + (draft.errors() == 1 ? "" : "s"));
        badge.getStyleClass().addAll("badge", draft.valid() ? Styles.SUCCESS : Styles.DANGER);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, kind, spacer, badge);
        top.setAlignment(Pos.BASELINE_LEFT);

        Label path = new Label(draft.skillFile().toString());
        path.getStyleClass().addAll("draft-path", Styles.TEXT_SMALL);
        path.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        path.setMinWidth(0);
        Button open = new Button("Open folder");
        open.getStyleClass().addAll(Styles.SMALL);
        open.setOnAction(e -> actions.openFolder(draft.folder()));
        Button copy = new Button("Copy path");
        copy.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        copy.setOnAction(e -> actions.copyToClipboard(draft.skillFile().toString()));
        HBox buttons = new HBox(6, open, copy);
        if (draft.isRefine() && chat.canReviewDraftsProperty().get()) {
            Button review = new Button("Review changes");
            review.setId("draft-review");
            review.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
            review.setTooltip(new Tooltip("Compare this draft with " + draft.refines().getFileName()
                    + " side by side in its editor and apply the changes you accept"));
            review.setOnAction(e -> chat.reviewDraft(draft));
            buttons.getChildren().addFirst(review);
        }
        getChildren().addAll(top, path, buttons);
        setSpacing(6);
        setMaxWidth(560);
    }
}
