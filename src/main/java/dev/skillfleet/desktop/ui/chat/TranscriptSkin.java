package dev.skillfleet.desktop.ui.chat;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.VirtualFlow;

import java.util.List;

/**
 * The transcript's skin: a {@link ListViewSkin} whose flow does not restyle a cell that still shows the same message.
 *
 * <p>{@link VirtualFlow} lays its cells out by giving each its index again, and styles any cell that needs a layout
 * ({@code cell.applyCss()}) so that it measures right. That restyles the cell's whole subtree, and while an answer
 * streams in, its cell needs a layout every frame: with a 2,000-line answer (thousands of text nodes) the restyling
 * alone took 20–40 ms of each frame, and up to 140 ms at times. A cell that keeps its message keeps its nodes, and
 * what is added to them is added before the frame's CSS pass (in the chat's per-frame flush and the answer's
 * rendering timer), which styles it; so only a new cell or a cell given another message is restyled here.
 */
final class TranscriptSkin extends ListViewSkin<MessageViewModel> {

    TranscriptSkin(ListView<MessageViewModel> list) {
        super(list);
    }

    /** The flow, for the view to follow its scroll position and scroll to a message. */
    VirtualFlow<ListCell<MessageViewModel>> flow() {
        return getVirtualFlow();
    }

    @Override
    protected VirtualFlow<ListCell<MessageViewModel>> createVirtualFlow() {
        return new Flow();
    }

    private static final class Flow extends VirtualFlow<ListCell<MessageViewModel>> {

        /** Set on a cell once the flow has styled it; a cell without it is new to the flow. */
        private static final Object STYLED = new Object();

        @Override
        protected void setCellIndex(ListCell<MessageViewModel> cell, int index) {
            if (showsSameMessage(cell, index)) {
                cell.updateIndex(index);
                return;
            }
            super.setCellIndex(cell, index);
            cell.getProperties().put(STYLED, Boolean.TRUE);
        }

        private static boolean showsSameMessage(ListCell<MessageViewModel> cell, int index) {
            if (cell.getScene() == null || cell.getIndex() != index || cell.isEmpty()
                    || !cell.getProperties().containsKey(STYLED) || cell.getListView() == null) {
                return false;
            }
            List<MessageViewModel> items = cell.getListView().getItems();
            return items != null && index >= 0 && index < items.size() && items.get(index) == cell.getItem();
        }
    }
}
