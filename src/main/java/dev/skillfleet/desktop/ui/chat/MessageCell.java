package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A transcript cell. Cells are recycled as the list scrolls, so only the messages on screen have nodes and
 * bindings; a cell drops its old message's bindings before taking a new one.
 */
final class MessageCell extends ListCell<MessageViewModel> {

    private final ChatViewModel chat;
    private final MarkdownRenderer markdown;
    private final DesktopActions actions;
    private AssistantMessageView assistantView;
    private UserMessageView userView;
    private MessageViewModel shown;

    MessageCell(ListView<MessageViewModel> list, ChatViewModel chat, MarkdownRenderer markdown, DesktopActions actions) {
        this.chat = chat;
        this.markdown = markdown;
        this.actions = actions;
        getStyleClass().add("message-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Wrapped text needs a width: the cell is as wide as the list's viewport.
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(MessageViewModel item, boolean empty) {
        super.updateItem(item, empty);
        if (item == shown && !empty) {
            return;
        }
        if (assistantView != null) {
            assistantView.dispose();
            assistantView = null;
        }
        if (userView != null) {
            userView.dispose();
            userView = null;
        }
        shown = empty ? null : item;
        if (shown == null) {
            setGraphic(null);
        } else if (shown.role() == Role.ASSISTANT) {
            assistantView = new AssistantMessageView(shown, chat, markdown, actions);
            setGraphic(assistantView);
        } else {
            userView = new UserMessageView(shown, chat, actions);
            setGraphic(userView);
        }
    }
}
