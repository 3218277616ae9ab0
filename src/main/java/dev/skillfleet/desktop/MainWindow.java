package dev.skillfleet.desktop;

import dev.skillfleet.desktop.App.LoadedSettings;
import dev.skillfleet.desktop.App.OpenedStore;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.config.AppInfo;
import dev.skillfleet.desktop.core.config.KnownSkillFolders;
import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.library.Trash;
import dev.skillfleet.desktop.core.settings.ProfileManager;
import dev.skillfleet.desktop.ui.about.AboutView;
import dev.skillfleet.desktop.ui.about.AboutViewModel;
import dev.skillfleet.desktop.ui.chat.ChatView;
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.diagnostics.DiagnosticsView;
import dev.skillfleet.desktop.ui.diagnostics.DiagnosticsViewModel;
import dev.skillfleet.desktop.ui.editor.EditorWindows;
import dev.skillfleet.desktop.ui.editor.RecoveryDialog;
import dev.skillfleet.desktop.ui.editor.RecoveryViewModel;
import dev.skillfleet.desktop.ui.fx.AppIcons;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.fx.FirstFrame;
import dev.skillfleet.desktop.ui.fx.FxDelay;
import dev.skillfleet.desktop.ui.fx.PulseFlushScheduler;
import dev.skillfleet.desktop.ui.library.FileDialogs;
import dev.skillfleet.desktop.ui.library.LibraryActionsViewModel;
import dev.skillfleet.desktop.ui.library.LibraryFolderWatcher;
import dev.skillfleet.desktop.ui.library.LibraryServices;
import dev.skillfleet.desktop.ui.library.LibraryView;
import dev.skillfleet.desktop.ui.library.LibraryViewModel;
import dev.skillfleet.desktop.ui.library.SettingsExtraRoots;
import dev.skillfleet.desktop.ui.sessions.SessionNavigator;
import dev.skillfleet.desktop.ui.sessions.SessionTransfersViewModel;
import dev.skillfleet.desktop.ui.sessions.SessionsView;
import dev.skillfleet.desktop.ui.sessions.SessionsViewModel;
import dev.skillfleet.desktop.ui.settings.SettingsView;
import dev.skillfleet.desktop.ui.settings.SettingsViewModel;
import dev.skillfleet.desktop.ui.shell.ShellView;
import dev.skillfleet.desktop.ui.shell.ShellViewModel;
import dev.skillfleet.desktop.ui.shell.ThemeApplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main window, shown in two steps so that its first frame comes as early as a bare window's: {@link #show} puts
 * up the frame (the app bar's band with the title, the theme, the window's size) with the chat's place still empty;
 * {@link #fill} builds the chat, the conversations' sidebar, the app bar's controls and what hangs off them, and puts
 * them in. The app fills the window right after the first frame; a shortcut that needs the chat before that (Ctrl+2,
 * the library) fills it first. The window icons are decoded after the first frame.
 */
final class MainWindow {

    private final Stage stage;
    private final Path libraryRoot;
    private final LoadedSettings settings;
    private final ExecutorService background;
    private final DesktopActions actions;
    private final FileDialogs dialogs;
    private final ShellViewModel shellModel;
    private final ShellView shell;
    private final SecondaryWindows windows;
    private final Supplier<OpenedStore> store;
    private final StreamingAssistant assistant;
    private Filled filled;
    private LibraryView library;

    /** What {@link #fill} built. */
    private record Filled(ChatViewModel chat, ProfileManager profiles, ModelClients clients, EditorWindows editors) {
    }

    private MainWindow(Stage stage, Path libraryRoot, LoadedSettings settings, ExecutorService background,
                       DesktopActions actions, FileDialogs dialogs, Supplier<OpenedStore> store,
                       StreamingAssistant assistant) {
        this.stage = stage;
        this.store = store;
        this.assistant = assistant;
        this.libraryRoot = libraryRoot;
        this.settings = settings;
        this.background = background;
        this.actions = actions;
        this.dialogs = dialogs;
        this.shellModel = new ShellViewModel(settings.store(), settings.values(), background, Platform::runLater);
        new ThemeApplier().follow(shellModel.themeProperty());
        this.windows = new SecondaryWindows(stage);
        this.shell = new ShellView(shellModel, this::library, this::openSettings, this::openDiagnostics,
                this::openAbout);
    }

    /**
     * Shows the frame on {@code stage}. {@code store} is asked for the conversation store when the window is filled
     * (the app opens it while the toolkit starts); {@code assistant} answers instead of each chat's profile when
     * given (tests), else null.
     */
    static MainWindow show(Stage stage, Path libraryRoot, LoadedSettings settings, ExecutorService background,
                           DesktopActions actions, FileDialogs dialogs, Supplier<OpenedStore> store,
                           StreamingAssistant assistant) {
        MainWindow window = new MainWindow(stage, libraryRoot, settings, background, actions, dialogs, store,
                assistant);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.shell, Math.min(1100, screen.getWidth() * 0.9),
                Math.min(760, screen.getHeight() * 0.9));
        stage.setTitle("Skill Fleet Desktop");
        // Decoding the icons' PNGs would take CPU from the first frame; the desktop entry (or the .exe, the bundle)
        // gives the window its icon until then.
        FirstFrame.then(scene, () -> AppIcons.install(stage));
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.show();
        return window;
    }

    /** Builds the chat and the sidebar and puts them in the frame (once; later calls return the same chat). */
    ChatViewModel fill() {
        if (filled != null) {
            return filled.chat();
        }
        OpenedStore sessions = store.get();
        ProfileManager profiles = ProfileManager.create(settings.store(), settings.dirs());
        ModelClients clients = new ModelClients();
        ChatViewModel chat = App.createChat(libraryRoot, background, assistant, profiles, clients, sessions.store());
        sessions.problem().ifPresent(chat::showNotice);
        chat.keepThinkingOpenProperty().bindBidirectional(shellModel.keepThinkingOpenProperty());
        ChatView chatView = new ChatView(chat, actions);
        EditorFiles editorFiles = new EditorFiles(settings.dirs().data());
        EditorWindows editors = new EditorWindows(stage, editorFiles, App.refineEngines(profiles, clients),
                background, actions);
        filled = new Filled(chat, profiles, clients, editors);
        // A refine draft's "Review changes" in the chat opens the original's editor with the draft as a proposal.
        chat.setDraftReview(editors::reviewDraft);
        // Closing the app: the editor windows hide with this one, then App.stop shuts the background executor down,
        // which would interrupt or drop their last recovery copies; so those are written here first, bounded.
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> editors.flushRecovery());
        SessionsViewModel sessionsModel = new SessionsViewModel(sessions.store(), navigator(chat), background,
                Platform::runLater, FxDelay.fx(), Clock.systemDefaultZone());
        // The list follows what the chat saves: a new conversation, its title, its latest use.
        chat.messageCountProperty().subscribe(count -> sessionsModel.refresh());
        chat.sessionIdProperty().subscribe(id -> sessionsModel.refresh());
        sessionsModel.start();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> sessionsModel.close());
        SessionTransfersViewModel transfers = new SessionTransfersViewModel(sessions.store(), sessionsModel,
                navigator(chat), background, Platform::runLater, ZoneId.systemDefault(),
                System.getProperty("user.name", "user"));
        stage.setOnHidden(e -> profiles.close());
        shell.showChat(chatView, new SessionsView(sessionsModel, transfers, dialogs));
        // Loads the engine's classes and the library's files while the user reads the window, so the first answer
        // is as quick as the later ones; after the chat's first frame, so it never delays it: a post-layout listener
        // runs before the frame is drawn, so the work goes to the FX thread's queue, behind the rendering.
        FirstFrame.then(stage.getScene(), () -> Platform.runLater(() -> {
            background.execute(() -> App.warmUp(libraryRoot));
            chatView.warmUpRendering();
            offerRecoveredChanges(stage, editorFiles, editors, background, actions);
            // Opened with a package (a double-clicked .skill): the library shows what importing it would do.
            Consumer<Path> importPreview = file -> {
                shellModel.sectionProperty().set(ShellViewModel.Section.LIBRARY);
                library().importPackage(file);
            };
            PackageRequests.deliverTo(importPreview);
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> PackageRequests.stopDeliveringTo(importPreview));
        }));
        return chat;
    }

    /** Fills the window right after its first frame (before it, the frame would wait), then hands the chat on. */
    void fillAfterFirstFrame(Consumer<ChatViewModel> then) {
        FirstFrame.then(stage.getScene(), () -> Platform.runLater(() -> then.accept(fill())));
        Platform.requestNextPulse(); // called after the first frame, there may be no other pulse to wait for
    }

    Scene scene() {
        return stage.getScene();
    }

    private void openSettings() {
        Filled parts = filledParts();
        windows.show("Endpoints", () -> {
            SettingsViewModel model = new SettingsViewModel(parts.profiles(), parts.clients().get(), background,
                    Platform::runLater);
            Runnable refresh = () -> parts.chat().setProfiles(parts.profiles().profiles(), parts.profiles().active());
            model.getProfiles().addListener((ListChangeListener<Object>) c -> refresh.run());
            model.activeIdProperty().addListener((obs, old, now) -> refresh.run());
            return new SettingsView(model);
        }, 860, 560);
    }

    private void openDiagnostics() {
        windows.show("Diagnostics", () -> new DiagnosticsView(new DiagnosticsViewModel(App.cache())), 640, 360);
    }

    private void openAbout() {
        windows.show("About", () -> new AboutView(new AboutViewModel(AppInfo.of(settings.dirs(), libraryRoot),
                Optional.ofNullable(System.getProperty("javafx.runtime.version")), actions)), 640, 420);
    }

    private Filled filledParts() {
        fill();
        return filled;
    }

    /**
     * The library view, built the first time it is shown: it scans every root and follows them on disk until the
     * window closes.
     */
    private LibraryView library() {
        if (library != null) {
            return library;
        }
        EditorWindows editors = filledParts().editors();
        Path home = Path.of(System.getProperty("user.home"));
        Path workingDir = Path.of("").toAbsolutePath();
        LibraryServices services = new LibraryServices(libraryRoot, App::library,
                new SettingsExtraRoots(settings.store()), LibraryFolderWatcher.factory(),
                () -> KnownSkillFolders.suggest(home, workingDir));
        LibraryViewModel model = new LibraryViewModel(services, background, Platform::runLater,
                new PulseFlushScheduler());
        model.start();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> model.close());
        LibraryActionsViewModel skillActions = new LibraryActionsViewModel(model, Trash.forThisSystem(),
                Clock.systemDefaultZone(), background, Platform::runLater);
        library = new LibraryView(model, skillActions, actions, dialogs, editors::open);
        return library;
    }

    /**
     * Unsaved editor text an earlier session left behind (it was killed): listed off the FX thread, and when there is
     * some, one window offers each copy back to open or discard. Package-private for the crash-recovery UI test.
     */
    static void offerRecoveredChanges(Stage stage, EditorFiles files, EditorWindows editors,
                                      ExecutorService background, DesktopActions actions) {
        RecoveryViewModel recovery = new RecoveryViewModel(files.recovery(), background, Platform::runLater,
                editors::recover);
        recovery.check(() -> new RecoveryDialog(stage, recovery, actions).show());
    }

    /** The sidebar's way to the chat. */
    private static SessionNavigator navigator(ChatViewModel chat) {
        return new SessionNavigator() {
            @Override
            public ReadOnlyStringProperty currentSessionIdProperty() {
                return chat.sessionIdProperty();
            }

            @Override
            public void openSession(String sessionId) {
                chat.open(sessionId);
            }

            @Override
            public void openSessionAt(String sessionId, String messageId) {
                chat.openAt(sessionId, messageId);
            }

            @Override
            public void newSession() {
                chat.newSession();
            }
        };
    }
}
