package dev.skillfleet.desktop.bench;

import atlantafx.base.theme.PrimerLight;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.ui.chat.ChatView;
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.fx.PulseFlushScheduler;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Opens a stored 10,000-message session in the real chat view and measures the time from the click (the open command
 * on the FX thread) until the transcript shows its last message, and the heap the open chat holds. Two sessions are
 * opened in turn so every run really loads. The sessions are made by the offline engine through the app's own store
 * (only the generation runs with synchronous=OFF, to be quick).
 */
public final class SessionWindowBench {

    private static final int MESSAGES = Integer.parseInt(System.getenv().getOrDefault("BENCH_MESSAGES", "10000"));
    private static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "10"));

    public static void main(String[] args) throws Exception {
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Path temp = Files.createTempDirectory("session-window-bench");
        Path library = Files.createDirectories(temp.resolve("library"));
        SessionStore store = SessionStore.open(temp.resolve("data"));
        long generate = System.nanoTime();
        List<String> ids = List.of(generate(store, library), generate(store, library));
        System.out.printf(Locale.ROOT, "SessionWindowBench: 2 sessions of %,d messages generated in %.1f s; "
                + "database %.1f MB; %d cores%n", MESSAGES, (System.nanoTime() - generate) / 1e9,
                Files.size(temp.resolve("data").resolve("sessions.db")) / 1e6, Runtime.getRuntime().availableProcessors());

        if (System.getenv("BENCH_STORE_FIRST") != null) {
            // What the store alone costs cold (a fresh JVM's first read): the rest of the first open is the window.
            long t0 = System.nanoTime();
            store.open(ids.get(1)).orElseThrow();
            store.page(ids.get(1), null, 50);
            System.out.printf(Locale.ROOT, "store only, cold: open + last page %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        }
        Platform.startup(() -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        long baseline = usedHeapAfterGc();
        CompletableFuture<Object[]> ready = new CompletableFuture<>();
        Platform.runLater(() -> {
            TurnRunner runner = offline(library);
            ChatViewModel chat = new ChatViewModel(profile -> runner, background, new PulseFlushScheduler(), library,
                    "bench", store);
            ChatView view = new ChatView(chat, DesktopActions.none());
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 900, 700));
            stage.show();
            if (System.getenv("BENCH_NO_WARMUP") == null) {
                view.warmUpRendering(); // as the app does after its first frame
            }
            ready.complete(new Object[] {chat, view});
        });
        Object[] window = ready.get(30, TimeUnit.SECONDS);
        Thread.sleep(1500); // the app's first frame and warm-up are over by the time a user clicks a conversation
        ChatViewModel chat = (ChatViewModel) window[0];
        Node view = (Node) window[1];
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            String id = ids.get(run % 2);
            long start = System.nanoTime();
            Platform.runLater(() -> chat.open(id));
            waitUntilLastMessageShown(chat, view, id);
            double ms = (System.nanoTime() - start) / 1e6;
            millis.add(ms);
            System.out.printf(Locale.ROOT, "run %2d: last message on screen after %.0f ms (%d of %,d messages held)%n",
                    run + 1, ms, onFx(() -> chat.getMessages().size()), MESSAGES);
        }
        long held = usedHeapAfterGc() - baseline;
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "open a %,d-message session to its last message on screen: first %.0f ms, "
                        + "then median %.0f ms, worst %.0f ms; heap held by the open chat and window: %.1f MB%n",
                MESSAGES, millis.getFirst(), sorted.get(sorted.size() / 2), sorted.getLast(), held / 1e6);
        background.shutdownNow();
        Platform.exit();
        store.close();
        System.exit(0);
    }

    private static TurnRunner offline(Path library) {
        return new TurnRunner(new StreamingAssistant(new IntentClassifier(),
                OfflineEngine.handlers(new SkillLibrary(library))));
    }

    private static String generate(SessionStore store, Path library) throws Exception {
        try (Statement s = store.database().connection().createStatement()) {
            s.execute("PRAGMA synchronous = OFF");
        }
        TurnRunner runner = offline(library);
        ConversationSession session = store.create("bench", null);
        String[] questions = {"What skills exist?", "Hello, how are you?", "Do I have anything about testing?",
                "Tell me about Redis caching", "What can you do?"};
        for (int i = 0; i < MESSAGES / 2; i++) {
            runner.run(session, questions[i % questions.length] + " (" + i + ")", e -> { }, new CancelToken());
        }
        try (Statement s = store.database().connection().createStatement()) {
            s.execute("PRAGMA synchronous = FULL");
        }
        return session.id();
    }

    private static void waitUntilLastMessageShown(ChatViewModel chat, Node view, String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean shown = onFx(() -> {
                if (!id.equals(chat.sessionIdProperty().get()) || chat.getMessages().isEmpty()) {
                    return false;
                }
                if (!(view.lookup("#transcript .virtual-flow") instanceof VirtualFlow<?> flow)) {
                    return false;
                }
                var last = flow.getLastVisibleCell();
                return last instanceof ListCell<?> cell && cell.getIndex() == chat.getMessages().size() - 1
                        && cell.getItem() == chat.getMessages().getLast() && cell.getGraphic() != null;
            });
            if (shown) {
                return;
            }
            Thread.sleep(5);
        }
        String state = onFx(() -> "session " + chat.sessionIdProperty().get() + " (wanted " + id + "), "
                + chat.getMessages().size() + " messages, notice '" + chat.noticeProperty().get() + "', last cell "
                + (view.lookup("#transcript .virtual-flow") instanceof VirtualFlow<?> flow && flow.getLastVisibleCell() != null
                        ? flow.getLastVisibleCell().getIndex() : -1) + " flow " + (view.lookup("#transcript .virtual-flow")
                        instanceof VirtualFlow<?> f ? f.getCellCount() + " cells, h=" + f.getHeight() + " first="
                        + f.getFirstVisibleCell() : "none") + " scene h=" + view.getScene().getHeight() + " view h=" + ((javafx.scene.layout.Region) view).getHeight()
                + " top h=" + ((javafx.scene.layout.BorderPane) view).getTop().getLayoutBounds().getHeight()
                + " bottom h=" + ((javafx.scene.layout.BorderPane) view).getBottom().getLayoutBounds().getHeight()
                + " center h=" + ((javafx.scene.layout.BorderPane) view).getCenter().getLayoutBounds().getHeight());
        throw new IllegalStateException("the session did not show within 30 s: " + state);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
