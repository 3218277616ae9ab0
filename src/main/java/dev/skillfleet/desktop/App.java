package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.cache.TieredCache;
import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.core.config.LibraryLocation;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
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
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.chat.Engines;
import dev.skillfleet.desktop.ui.editor.RefineViewModel;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.fx.PulseFlushScheduler;
import dev.skillfleet.desktop.ui.library.FileDialogs;
import javafx.application.Application;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The composition root: builds services and ViewModels by hand and shows the window. */
public final class App extends Application {

    static volatile Optional<Path> libraryOverride = Optional.empty();
    static volatile CompletableFuture<LoadedSettings> settings;
    /** The conversation store, opened while the toolkit starts (SQLite's native library loads then). */
    static volatile CompletableFuture<OpenedStore> sessions;
    private static final Map<Path, CachedLibrary> LIBRARIES = new ConcurrentHashMap<>();

    /** The settings file's store and what it held when the app started. */
    record LoadedSettings(SettingsStore store, AppSettings values, AppDirectories dirs) {
        static LoadedSettings from(AppDirectories dirs) {
            SettingsStore store = new SettingsStore(dirs.config());
            return new LoadedSettings(store, store.load(), dirs);
        }
    }

    /**
     * The app's one cache: catalogue, search results, model lists, identical completions. Made on first use (start-up
     * makes it beside the toolkit): Caffeine's set-up starts the JDK's logging, ~10 ms the first frame need not wait
     * for.
     */
    static TieredCache cache() {
        return CacheHolder.CACHE;
    }

    private static final class CacheHolder {
        static final TieredCache CACHE = new TieredCache();
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
        CompletableFuture<OpenedStore> opened = sessions != null ? sessions
                : CompletableFuture.supplyAsync(() -> OpenedStore.open(loaded.dirs().data()), background);
        MainWindow window = MainWindow.show(stage, root, loaded, background, desktopActions(), FileDialogs.system(),
                opened::join, null);
        boolean probe = Boolean.getBoolean(StartupProbe.PROPERTY);
        if (probe) {
            StartupProbe.reportFirstFrame(window.scene());
        }
        // The chat and the conversations go in right after the first frame: the window is up before they are built.
        window.fillAfterFirstFrame(filled -> {
            chat = filled;
            store = opened.join().store();
            if (probe) {
                StartupProbe.reportReadyAndExit(window.scene());
            } else if (AotTraining.enabled()) {
                AotTraining.exitWhenReady(window.scene());
            }
        });
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

    /**
     * The same window with {@code dialogs} choosing files and folders (the UI tests answer with temporary paths),
     * filled at once, over a conversation store it opens and closes.
     */
    static ChatViewModel showWindow(Stage stage, Path libraryRoot, LoadedSettings settings, ExecutorService background,
                                    DesktopActions actions, StreamingAssistant assistant, FileDialogs dialogs) {
        OpenedStore opened = OpenedStore.open(settings.dirs().data());
        ChatViewModel chat = MainWindow.show(stage, libraryRoot, settings, background, actions, dialogs,
                () -> opened, assistant).fill();
        // After the window's own closing handlers (the sidebar finishes a pending deletion first).
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> opened.store().close());
        return chat;
    }

    /**
     * The engines Refine… offers: the model of the profile set for new chats when it has an endpoint, then the
     * built-in rules (always there, offline).
     */
    static RefineViewModel.Engines refineEngines(ProfileManager profiles, ModelClients clients) {
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
            engines = new ProfileEngines(library(root), profiles, clients, cache());
        }
        ChatViewModel chat = new ChatViewModel(engines, background, new PulseFlushScheduler(), root,
                System.getProperty("user.name", "user"), store);
        chat.setProfiles(profiles.profiles(), profiles.active());
        chat.profileProperty().set(profiles.active());
        return chat;
    }

    /**
     * The library at {@code root}, read through the app's cache: one instance per root, shared by the chat and the
     * library view, so the view's invalidation after a change on disk is the chat's too.
     */
    static CachedLibrary library(Path root) {
        return LIBRARIES.computeIfAbsent(root.toAbsolutePath().normalize(),
                r -> new CachedLibrary(SkillLibrary.interactive(r), cache()));
    }

    static void warmUp(Path libraryRoot) {
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
