package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The library screen: a bar (roots, actions, status), a message line for failures, the sidebar (search, filters,
 * tree or results) and, on the right, the details of the selected skill with opened files as tabs beside them.
 * Keys: Ctrl+F search, Esc clears the search, Enter/Down go to the results, Ctrl+N new skill, F5 refreshes,
 * Ctrl+W closes a file tab.
 */
public final class LibraryView extends BorderPane {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CLOSE_TAB = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    private static final KeyCombination NEW_SKILL = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final LibrarySidebar sidebar;
    private final LibraryCommands commands;

    public LibraryView(LibraryViewModel viewModel, LibraryActionsViewModel skillActions, DesktopActions actions,
                       FileDialogs dialogs) {
        this(viewModel, skillActions, actions, dialogs, null);
    }

    /** @param editSkill opens a skill folder in the editor (the details pane's Edit); null offers no Edit */
    public LibraryView(LibraryViewModel viewModel, LibraryActionsViewModel skillActions, DesktopActions actions,
                       FileDialogs dialogs, Consumer<Path> editSkill) {
        Objects.requireNonNull(dialogs, "dialogs");
        getStyleClass().add("library-view");
        getStylesheets().add(Objects.requireNonNull(LibraryView.class.getResource("library.css")).toExternalForm());
        sidebar = new LibrarySidebar(viewModel);
        commands = new LibraryCommands(viewModel, skillActions, actions, dialogs, this);

        TabPane tabs = new TabPane();
        tabs.setId("library-tabs");
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        Tab details = new Tab("Details", new SkillDetailsPane(viewModel, actions, skill -> skillButtons(commands,
                skill, editSkill)));
        details.setId("details-tab");
        details.setClosable(false);
        tabs.getTabs().add(details);
        new FileViewerTabs(tabs, viewModel);
        // Choosing another skill brings its details to the front, ahead of any file left open.
        viewModel.selectedProperty().subscribe(skill -> tabs.getSelectionModel().select(details));

        SplitPane split = new SplitPane(sidebar, tabs);
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(sidebar, false);

        LibraryToolbar toolbar = new LibraryToolbar(viewModel, sidebar.tree(), dialogs,
                new LibraryActionsBar(commands));
        setTop(new VBox(toolbar, message(viewModel)));
        setCenter(split);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                sidebar.focusSearch();
                e.consume();
            } else if (NEW_SKILL.match(e)) {
                commands.newSkill();
                e.consume();
            } else if (REFRESH.match(e)) {
                viewModel.refresh();
                e.consume();
            } else if (CLOSE_TAB.match(e)) {
                Tab selected = tabs.getSelectionModel().getSelectedItem();
                if (selected != null && selected.isClosable()) {
                    tabs.getTabs().remove(selected);
                    e.consume();
                }
            }
        });
    }

    /** Shows what importing this package (.skill, .zip) or folder would do, and imports it if the user confirms. */
    public void importPackage(Path source) {
        commands.importPackage(source);
    }

    /** Puts the caret in the search field (when the library is shown, and on Ctrl+F). */
    public void focusSearch() {
        sidebar.focusSearch();
    }

    /**
     * Edit (not for a broken skill, whose SKILL.md could not be read), then Package… for a skill; Promote… and
     * Discard… for a draft.
     */
    private static List<Node> skillButtons(LibraryCommands commands, LibrarySkill skill, Consumer<Path> editSkill) {
        List<Node> buttons = new ArrayList<>();
        if (editSkill != null && skill.validity() != Validity.BROKEN) {
            Button edit = new Button("Edit");
            edit.setId("edit-skill");
            edit.getStyleClass().addAll(Styles.SMALL);
            edit.setOnAction(e -> editSkill.accept(skill.dir()));
            buttons.add(edit);
        }
        buttons.addAll(draftOrSkillButtons(commands, skill));
        return buttons;
    }

    private static List<Node> draftOrSkillButtons(LibraryCommands commands, LibrarySkill skill) {
        if (skill.draft()) {
            Button promote = new Button("Promote\u2026");
            promote.setId("promote-draft");
            promote.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
            promote.setOnAction(e -> commands.promote(skill));
            Button discard = new Button("Discard\u2026");
            discard.setId("discard-draft");
            discard.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
            discard.setOnAction(e -> commands.discard(skill));
            return List.of(promote, discard);
        }
        Button pack = new Button("Package\u2026");
        pack.setId("package-skill");
        pack.getStyleClass().addAll(Styles.SMALL);
        pack.setOnAction(e -> commands.packageSkill(skill));
        return List.of(pack);
    }

    private static Node message(LibraryViewModel viewModel) {
        Label text = new Label();
        text.setId("library-message");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.messageProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        dismiss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> viewModel.dismissMessage());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, text, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("library-message");
        viewModel.messageIsErrorProperty().subscribe(error -> {
            box.getStyleClass().removeAll("library-message-error", "library-message-info");
            box.getStyleClass().add(error ? "library-message-error" : "library-message-info");
        });
        box.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
