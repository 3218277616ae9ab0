package dev.skillfleet.desktop.ui.shell;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.settings.AppSettings.Theme;
import dev.skillfleet.desktop.ui.chat.ChatView;
import dev.skillfleet.desktop.ui.fx.HoverTooltips;
import dev.skillfleet.desktop.ui.library.LibraryView;
import dev.skillfleet.desktop.ui.shell.ShellViewModel.Section;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The window's frame: app bar (title, the Chat | Library switch, theme), an optional notice, and the chat or the
 * library. The library is built the first time it is shown, so starting the app never waits for it.
 *
 * <p>The app shows it in two steps. First the bar's band with the title in the chosen theme, at its full height, and
 * the chat's place still empty: that is the window's first frame. {@link #showChat} then brings the chat and the
 * rest of the bar (switch, buttons, theme segments, notice) together, in the next frame. Measured through the
 * packaged launcher (headless, 15 interleaved launches), styling and laying out the bar's ten controls before the
 * first frame cost it ~30 ms.
 * Ctrl+1 shows the chat, Ctrl+2 the library, Ctrl+N starts a new chat.
 */
public final class ShellView extends BorderPane {

    private static final KeyCombination NEW_CHAT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SHOW_CHAT = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SHOW_LIBRARY =
            new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);

    private final Supplier<LibraryView> librarySupplier;
    private final Runnable openSettings;
    private final Runnable openDiagnostics;
    private final Runnable openAbout;
    private final HBox appBar = new HBox(12);
    private final VBox top = new VBox(appBar);
    private final Region emptyChat = new Region();
    private ChatView chat;
    private Node chatWithSidebar;
    private LibraryView library;
    private final ShellViewModel viewModel;

    /**
     * The frame alone: the app bar, the notice, and the section's place, empty until {@link #showChat} brings the chat;
     * the app shows this first so its first frame does not wait for the chat and the conversations to be built.
     */
    public ShellView(ShellViewModel viewModel, Supplier<LibraryView> library, Runnable openSettings,
                     Runnable openDiagnostics, Runnable openAbout) {
        this.viewModel = viewModel;
        this.librarySupplier = library;
        this.openSettings = openSettings;
        this.openDiagnostics = openDiagnostics;
        this.openAbout = openAbout;
        getStyleClass().add("shell");
        emptyChat.getStyleClass().add("shell-chat-pending");
        Label title = new Label("Skill Fleet");
        title.getStyleClass().add(Styles.TITLE_4);
        appBar.setId("app-bar");
        appBar.getChildren().add(title);
        appBar.setAlignment(Pos.CENTER_LEFT);
        // The min height is the filled bar's (its buttons'), so the band does not grow when they come in.
        appBar.setStyle("-fx-padding: 6 12 6 12; -fx-min-height: 3.42em; -fx-background-color: -color-bg-subtle;"
                + " -fx-border-color: transparent transparent -color-border-default transparent;");
        setTop(top);
        viewModel.sectionProperty().subscribe(this::show);
        // On the scene rather than this node: in the first frame nothing in the window has the focus yet, and key
        // events then go to the scene alone.
        EventHandler<KeyEvent> shortcuts = this::shortcut;
        sceneProperty().subscribe((old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
        });
    }

    private void shortcut(KeyEvent e) {
        if (NEW_CHAT.match(e) && chat != null) {
            viewModel.sectionProperty().set(Section.CHAT);
            chat.startNewChat();
            e.consume();
        } else if (SHOW_CHAT.match(e)) {
            viewModel.sectionProperty().set(Section.CHAT);
            e.consume();
        } else if (SHOW_LIBRARY.match(e)) {
            viewModel.sectionProperty().set(Section.LIBRARY);
            e.consume();
        }
    }

    /** Puts the chat, with the conversations' sidebar beside it ({@code sidebar} may be null), in its place. */
    public void showChat(ChatView chat, Node sidebar) {
        completeAppBar();
        this.chat = chat;
        this.chatWithSidebar = sidebar == null ? chat : new BorderPane(chat, null, null, null, sidebar);
        if (sidebar != null) {
            chat.leaveNewChatToSidebar();
        }
        if (viewModel.sectionProperty().get() == Section.CHAT) {
            show(Section.CHAT);
        }
    }

    private void show(Section section) {
        if (section == Section.LIBRARY) {
            if (library == null) {
                library = librarySupplier.get();
            }
            setCenter(library);
            library.focusSearch();
        } else if (chat == null) {
            setCenter(emptyChat);
        } else {
            setCenter(chatWithSidebar);
            chat.focusInput();
        }
    }

    private Node sectionSwitch(ShellViewModel viewModel) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton chatButton = new ToggleButton("Chat");
        chatButton.setId("show-chat");
        chatButton.getStyleClass().add(Styles.LEFT_PILL);
        chatButton.setUserData(Section.CHAT);
        HoverTooltips.install(chatButton, "Chat (Ctrl+1)");
        ToggleButton libraryButton = new ToggleButton("Library");
        libraryButton.setId("show-library");
        libraryButton.getStyleClass().add(Styles.RIGHT_PILL);
        libraryButton.setUserData(Section.LIBRARY);
        HoverTooltips.install(libraryButton, "Your skills: browse, search, validate (Ctrl+2)");
        group.getToggles().addAll(chatButton, libraryButton);
        viewModel.sectionProperty().subscribe(section -> group.selectToggle(
                section == Section.LIBRARY ? libraryButton : chatButton));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // a segmented switch always has one side on
            } else {
                viewModel.sectionProperty().set((Section) now.getUserData());
            }
        });
        return new HBox(0, chatButton, libraryButton);
    }

    /**
     * Follow the system, light or dark: three segments rather than a drop-down, whose list (a virtualized list view
     * in a popup) would be built and styled before the window's first frame.
     */
    private Node themeSwitch(ShellViewModel viewModel) {
        ToggleGroup group = new ToggleGroup();
        HBox segments = new HBox();
        segments.setId("theme-choice");
        for (Theme theme : Theme.values()) {
            ToggleButton segment = new ToggleButton(switch (theme) {
                case SYSTEM -> "Auto";
                case LIGHT -> "Light";
                case DARK -> "Dark";
            });
            segment.setId("theme-" + theme.name().toLowerCase(Locale.ROOT));
            segment.setUserData(theme);
            segment.setToggleGroup(group);
            segment.getStyleClass().add(theme == Theme.SYSTEM ? Styles.LEFT_PILL
                    : theme == Theme.DARK ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            HoverTooltips.install(segment, switch (theme) {
                case SYSTEM -> "Theme: follow the system's light or dark setting";
                case LIGHT -> "Theme: light";
                case DARK -> "Theme: dark";
            });
            segments.getChildren().add(segment);
        }
        viewModel.themeProperty().subscribe(theme -> group.getToggles().stream()
                .filter(t -> t.getUserData() == theme).findFirst().ifPresent(group::selectToggle));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                viewModel.themeProperty().set((Theme) now.getUserData());
            }
        });
        return segments;
    }

    /** The bar's controls and the notice, beside the title the first frame showed alone. */
    private void completeAppBar() {
        if (appBar.getChildren().size() > 1) {
            return;
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button settings = new Button("Endpoints\u2026");
        settings.setId("open-settings");
        settings.setOnAction(e -> openSettings.run());
        Button diagnostics = new Button("Diagnostics");
        diagnostics.setId("open-diagnostics");
        diagnostics.getStyleClass().add(Styles.FLAT);
        diagnostics.setOnAction(e -> openDiagnostics.run());
        Button about = new Button("About");
        about.setId("open-about");
        about.getStyleClass().add(Styles.FLAT);
        HoverTooltips.install(about, "Version, Java and JavaFX, and where your data is");
        about.setOnAction(e -> openAbout.run());
        appBar.getChildren().addAll(sectionSwitch(viewModel), spacer, about, diagnostics, settings,
                themeSwitch(viewModel));
        top.getChildren().add(notice(viewModel));
    }

    private Node notice(ShellViewModel viewModel) {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(viewModel.noticeProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        dismiss.setOnAction(e -> viewModel.dismissNotice());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, text, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(Styles.WARNING);
        box.setStyle("-fx-padding: 6 12 6 12; -fx-background-color: -color-warning-subtle;");
        box.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
