package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.core.library.SkillFolderFiles.Content;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;

/**
 * Opened files as closable tabs beside the details: text in a read-only monospace area; a binary or unreadable file
 * as a sentence saying what it is. Opening a file already open brings its tab forward with the fresh content.
 */
final class FileViewerTabs {

    private final TabPane tabs;

    FileViewerTabs(TabPane tabs, LibraryViewModel viewModel) {
        this.tabs = tabs;
        viewModel.openedFileProperty().subscribe(opened -> {
            if (opened != null) {
                show(opened);
            }
        });
    }

    private void show(OpenedFile opened) {
        Path path = opened.content().file();
        Tab tab = tabs.getTabs().stream().filter(t -> path.equals(t.getUserData())).findFirst().orElse(null);
        if (tab == null) {
            tab = new Tab(opened.entry().name());
            tab.setUserData(path);
            tab.setClosable(true);
            tab.setTooltip(new Tooltip(opened.title()));
            tab.getStyleClass().add("file-tab");
            tabs.getTabs().add(tab);
        }
        tab.setContent(content(opened));
        tabs.getSelectionModel().select(tab);
    }

    private static Node content(OpenedFile opened) {
        Label title = new Label(opened.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox header = new VBox(2, title);
        header.setPadding(new Insets(8, 12, 8, 12));
        BorderPane pane = new BorderPane();
        pane.setTop(header);
        switch (opened.content()) {
            case Content.Text text -> {
                Label size = new Label(SkillFolderFiles.formatSize(text.size()) + " \u00b7 read-only");
                size.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                header.getChildren().add(size);
                if (!text.notice().isEmpty()) {
                    Label notice = new Label(text.notice());
                    notice.setId("file-viewer-notice");
                    notice.setWrapText(true);
                    notice.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
                    header.getChildren().add(notice);
                }
                TextArea area = new TextArea(text.text());
                area.setId("file-viewer");
                area.getStyleClass().add("file-viewer");
                area.setEditable(false);
                area.setWrapText(false);
                pane.setCenter(area);
            }
            case Content.Binary binary -> pane.setCenter(message(opened.entry().name() + " is a " + binary.kind()
                    + " (" + SkillFolderFiles.formatSize(binary.size()) + "); it is not shown as text."));
            case Content.Unreadable unreadable -> pane.setCenter(message(unreadable.reason()));
        }
        return pane;
    }

    private static Node message(String text) {
        Label label = new Label(text);
        label.setId("file-viewer-message");
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane box = new StackPane(label);
        box.setPadding(new Insets(24));
        return box;
    }
}
