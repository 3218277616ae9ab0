package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.cache.TieredCache;
import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.core.config.AppInfo;
import dev.skillfleet.desktop.core.config.KnownSkillFolders;
import dev.skillfleet.desktop.core.config.LibraryLocation;
import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.library.Trash;
import dev.skillfleet.desktop.core.model.ModelSkillRefiner;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.refine.RuleRefiner;
import dev.skillfleet.desktop.core.refine.SkillRefiner;
import dev.skillfleet.desktop.core.settings.AppSettings;
import dev.skillfleet.desktop.core.settings.ProfileManager;
import dev.skillfleet.desktop.core.settings.SettingsStore;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.store.SessionDatabase;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.StoreException;
import dev.skillfleet.desktop.ui.about.AboutView;
import dev.skillfleet.desktop.ui.about.AboutViewModel;
import dev.skillfleet.desktop.ui.chat.ChatView;
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.chat.Engines;
import dev.skillfleet.desktop.ui.diagnostics.DiagnosticsView;
import dev.skillfleet.desktop.ui.diagnostics.DiagnosticsViewModel;
import dev.skillfleet.desktop.ui.editor.EditorWindows;
import dev.skillfleet.desktop.ui.editor.RecoveryDialog;
import dev.skillfleet.desktop.ui.editor.RecoveryViewModel;
import dev.skillfleet.desktop.ui.editor.RefineViewModel;
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
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The composition root: builds services and ViewModels by hand and shows the window. */
public final class App extends Application {

    static volatile Optional<Path> libraryOverride = Optional.empty();
    /** A package given on the command line (a double-clicked .skill file): offered for import once the window is up. */
    static volatile Optional<Path> importOnStart = Optional.empty();
    static volatile CompletableFuture<LoadedSettings> settings;
    /** The conversation store, opened while the toolkit starts (SQLite's native library loads then). */
    static volatile CompletableFuture<OpenedStore> sessions;
    /** The app's one cache: catalogue, search results, model lists, identical completions. */
    static final TieredCache CACHE = new TieredCache();
    private static final Map<Path, CachedLibrary> LIBRARIES = new ConcurrentHashMap<>();

    /** The settings file's store and what it held when the app started. */
    record LoadedSettings(SettingsStore store, AppSettings values, AppDirectories dirs) {
        static LoadedSettings from(AppDirectories dirs) {
            SettingsStore store = new SettingsStore(dirs.config());
            return new LoadedSettings(store, store.load(), dirs);
        }
    }

    /** The store the window uses, and why it is only in memory when the file could not be opened. */
    record OpenedStore(SessionStore store, Optional<String> problem) {
        static OpenedStore open(Path dataFolder) {
            try {
                SessionStore store = SessionStore.open(dataFolder);
                return new OpenedStore(store, Optional.empty());
            } catch (StoreException e) {
                System.getLogger("skill-fleet").log(System.Logger.Level.ERROR, e.getMessage());
                return new OpenedStore(new SessionStore(SessionDatabase.inMemory()), Optional.of(
                        "Conversations are not being saved: " + e.getMessage()));
            }
        }
    }

    private ExecutorService background;
    private ChatViewModel chat;
    private SessionStore store;

    @Override
    public void start(Stage stage) {
        background = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("skill-fleet-", 0).factory());
        Path root = LibraryLocation.resolve(libraryOverride);
        LoadedSettings loaded = settings != null ? settings.join() : LoadedSettings.from(AppDirectories.forCurrentUser());
        OpenedStore opened = sessions != null ? sessions.join() : OpenedStore.open(loaded.dirs().data());
        store = opened.store();
        chat = showWindow(stage, root, loaded, background, desktopActions(), null, FileDialogs.system(), opened);
        if (Boolean.getBoolean(StartupProbe.PROPERTY)) {
            StartupProbe.reportFirstFrameAndExit(stage.getScene());
        } else if (AotTraining.enabled()) {
            AotTraining.exercise(stage.getScene(), chat);
        }
    }

    /** Builds the whole window on {@code stage}; the UI tests call this too, with temporary folders. */
    static ChatViewModel showWindow(Stage stage, Path libraryRoot, LoadedSettings settings, ExecutorService background,
                                    DesktopActions actions) {
        return showWindow(stage, libraryRoot, settings, background, actions, null);
    }

    /**
     * The same window with {@code assistant} answering instead of the offline engine (null: the offline engine);
     * the UI tests stream from a model server on loopback with this.
     */
    static ChatViewModel showWindow(Stage stage, Path libraryRoot, LoadedSettings settings, ExecutorService background,
                                    DesktopActions actions, StreamingAssistant assistant) {
        return showWindow(stage, libraryRoot, settings, background, actions, assistant, FileDialogs.system());
    }

    /** The same window with {@code dialogs} choosing files and folders; the UI tests answer with temporary paths. */
    static ChatViewModel showWindow(Stage stage, Path libraryRoot, LoadedSettings settings, ExecutorService background,
                                    DesktopActions actions, StreamingAssistant assistant, FileDialogs dialogs) {
        OpenedStore opened = OpenedStore.open(settings.dirs().data());
        ChatViewModel chat = showWindow(stage, libraryRoot, settings, background, actions, assistant, dialogs, opened);
        // After the window's own closing handlers (the sidebar finishes a pending deletion first).
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> opened.store().close());
        return chat;
    }

    /** The same window over an opened conversation store (the app opens it while the toolkit starts). */
    static ChatViewModel showWindow(Stage stage, Path libraryRoot, LoadedSettings settings, ExecutorService background,
                                    DesktopActions actions, StreamingAssistant assistant, FileDialogs dialogs,
                                    OpenedStore sessions) {
        ShellViewModel shellModel = new ShellViewModel(settings.store(), settings.values(), background,
                Platform::runLater);
        new ThemeApplier().follow(shellModel.themeProperty());

        ProfileManager profiles = ProfileManager.create(settings.store(), settings.dirs());
        ModelClients clients = new ModelClients();
        ChatViewModel chat = createChat(libraryRoot, background, assistant, profiles, clients, sessions.store());
        sessions.problem().ifPresent(chat::showNotice);
        chat.keepThinkingOpenProperty().bindBidirectional(shellModel.keepThinkingOpenProperty());
        ChatView chatView = new ChatView(chat, actions);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        SecondaryWindows windows = new SecondaryWindows(stage);
        Runnable openSettings = () -> windows.show("Endpoints", () -> {
            SettingsViewModel model = new SettingsViewModel(profiles, clients.get(), background, Platform::runLater);
            Runnable refresh = () -> chat.setProfiles(profiles.profiles(), profiles.active());
            model.getProfiles().addListener((javafx.collections.ListChangeListener<Object>) c -> refresh.run());
            model.activeIdProperty().addListener((obs, old, now) -> refresh.run());
            return new SettingsView(model);
        }, 860, 560);
        Runnable openDiagnostics = () -> windows.show("Diagnostics",
                () -> new DiagnosticsView(new DiagnosticsViewModel(CACHE)), 640, 360);
        Runnable openAbout = () -> windows.show("About", () -> new AboutView(new AboutViewModel(
                AppInfo.of(settings.dirs(), libraryRoot),
                Optional.ofNullable(System.getProperty("javafx.runtime.version")), actions)), 640, 420);
        EditorFiles editorFiles = new EditorFiles(settings.dirs().data());
        EditorWindows editors = new EditorWindows(stage, editorFiles, refineEngines(profiles, clients), background,
                actions);
        // A refine draft's "Review changes" in the chat opens the original's editor with the draft as a proposal.
        chat.setDraftReview(editors::reviewDraft);
        // Closing the app: the editor windows hide with this one, then App.stop shuts the background executor down,
        // which would interrupt or drop their last recovery copies; so those are written here first, bounded.
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> editors.flushRecovery());
        Optional<Path> toImport = importOnStart;
        AtomicReference<LibraryView> libraryBuilt = new AtomicReference<>();
        Supplier<LibraryView> library = () -> libraryBuilt.updateAndGet(built -> built != null ? built
                : createLibrary(stage, libraryRoot, settings, background, actions, dialogs, editors));
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
        Scene scene = new Scene(new ShellView(shellModel, chatView, new SessionsView(sessionsModel, transfers, dialogs),
                library, openSettings, openDiagnostics, openAbout),
                Math.min(1100, screen.getWidth() * 0.9), Math.min(760, screen.getHeight() * 0.9));
        stage.setOnHidden(e -> profiles.close());
        stage.setTitle("Skill Fleet Desktop");
        AppIcons.install(stage);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.show();
        chatView.focusInput();
        // Loads the engine's classes and the library's files while the user reads the window, so the first answer
        // is as quick as the later ones; after the first frame, so it never delays it: a post-layout listener runs
        // before the frame is drawn, so the work goes to the FX thread's queue, behind the rendering.
        FirstFrame.then(scene, () -> Platform.runLater(() -> {
            background.execute(() -> warmUp(libraryRoot));
            chatView.warmUpRendering();
            offerRecoveredChanges(stage, editorFiles, editors, background, actions);
            // Opened with a package (a double-clicked .skill): the library shows what importing it would do.
            toImport.ifPresent(file -> {
                shellModel.sectionProperty().set(ShellViewModel.Section.LIBRARY);
                library.get().importPackage(file);
            });
        }));
        return chat;
    }

    /**
     * The engines Refine… offers: the model of the profile set for new chats when it has an endpoint, then the
     * built-in rules (always there, offline).
     */
    private static RefineViewModel.Engines refineEngines(ProfileManager profiles, ModelClients clients) {
        return () -> {
            List<SkillRefiner> engines = new ArrayList<>();
            EndpointProfile active = profiles.active();
            if (!active.isOffline()) {
                try {
                    profiles.endpoint(active).ifPresent(endpoint ->
                            engines.add(new ModelSkillRefiner(endpoint, clients.get())));
                } catch (IOException e) {
                    System.getLogger("skill-fleet").log(System.Logger.Level.WARNING,
                            "Refine cannot use " + active.displayName() + ": " + e.getMessage());
                }
            }
            engines.add(new RuleRefiner());
            return engines;
        };
    }

    /**
     * The chat over the library at {@code root} (created when missing): {@code assistant} answers when given (tests);
     * otherwise each chat's profile decides — the built-in engine, or a model with the profile's key.
     */
    static ChatViewModel createChat(Path root, ExecutorService background, StreamingAssistant assistant,
                                    ProfileManager profiles, ModelClients clients, SessionStore store) {
        try {
            LibraryLocation.ensureExists(root);
        } catch (IOException e) {
            // The chat still opens; the first turn that needs the folder explains the problem in the transcript.
            System.getLogger("skill-fleet").log(System.Logger.Level.WARNING, e.getMessage());
        }
        Engines engines;
        if (assistant != null) {
            TurnRunner fixed = new TurnRunner(assistant);
            engines = profile -> fixed;
        } else {
            engines = new ProfileEngines(library(root), profiles, clients, CACHE);
        }
        ChatViewModel chat = new ChatViewModel(engines, background, new PulseFlushScheduler(), root,
                System.getProperty("user.name", "user"), store);
        chat.setProfiles(profiles.profiles(), profiles.active());
        chat.profileProperty().set(profiles.active());
        return chat;
    }

    /**
     * The library view, built the first time it is shown: it scans every root and follows them on disk until the
     * window closes.
     */
    private static LibraryView createLibrary(Stage stage, Path libraryRoot, LoadedSettings settings,
                                             ExecutorService background, DesktopActions actions, FileDialogs dialogs,
                                             EditorWindows editors) {
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
        return new LibraryView(model, skillActions, actions, dialogs, editors::open);
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
            public javafx.beans.property.ReadOnlyStringProperty currentSessionIdProperty() {
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

    /**
     * The library at {@code root}, read through the app's cache: one instance per root, shared by the chat and the
     * library view, so the view's invalidation after a change on disk is the chat's too.
     */
    static CachedLibrary library(Path root) {
        return LIBRARIES.computeIfAbsent(root.toAbsolutePath().normalize(),
                r -> new CachedLibrary(SkillLibrary.interactive(r), CACHE));
    }

    private static void warmUp(Path libraryRoot) {
        new IntentClassifier().classify("Create a Redis caching skill");
        // Through the cache: the first turn then finds the catalogue ready instead of scanning again.
        library(libraryRoot).scan();
    }

    private DesktopActions desktopActions() {
        return new DesktopActions() {
            @Override
            public void copyToClipboard(String text) {
                ClipboardContent content = new ClipboardContent();
                content.putString(text);
                Clipboard.getSystemClipboard().setContent(content);
            }

            @Override
            public void openLink(String url) {
                getHostServices().showDocument(url);
            }

            @Override
            public void openFolder(Path folder) {
                getHostServices().showDocument(folder.toUri().toString());
            }
        };
    }

    @Override
    public void stop() {
        if (chat != null) {
            chat.stop();
        }
        if (background != null) {
            background.shutdownNow();
        }
        if (store != null) {
            store.close();
        }
    }
}
