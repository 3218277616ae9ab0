package dev.skillfleet.desktop.bench;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.ui.chat.ChatView;
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.fx.FlushScheduler;
import dev.skillfleet.desktop.ui.fx.PulseFlushScheduler;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pushes 200,000 response deltas (after a thinking segment) through the core, then through the core, the chat
 * ViewModel and the chat view in a shown window, and prints deltas/s and the FX-thread time of each flush.
 * Runs on JavaFX's headless platform unless -Dglass.platform is given.
 */
public final class StreamingBench {

    private static final int DELTAS = 200_000;
    private static final String TRIGGER = "bench: stream";

    public static void main(String[] args) throws Exception {
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        System.out.printf(Locale.ROOT, "StreamingBench: %,d deltas, JavaFX %s, glass=%s, %d cores%n", DELTAS,
                System.getProperty("javafx.runtime.version", "?"), System.getProperty("glass.platform", "default"),
                Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= 3; round++) {
            coreOnly(round);
        }
        Platform.startup(() -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        for (int round = 1; round <= 3; round++) {
            throughWindow("burst", round, 0);
        }
        // Paced like a very fast model (20,000 deltas/s, ~10x a fast local one): what a user actually sees.
        throughWindow("paced 20k/s", 1, 20_000);
        Platform.exit();
        System.exit(0);
    }

    /** A handler that thinks briefly, then streams the deltas as fast as it can. */
    private static IntentHandler streamer(int deltasPerSecond) {
        return new IntentHandler() {
            @Override
            public boolean canHandle(TurnRequest request) {
                return request.message().equals(TRIGGER);
            }

            @Override
            public void handle(TurnRequest request, TurnOutput out) {
                out.thinking("Planning the answer\n");
                long start = System.nanoTime();
                for (int i = 0; i < DELTAS; i++) {
                    out.response(i % 40 == 39 ? "word\n\n" : "word ");
                    if (deltasPerSecond > 0 && i % 100 == 99) {
                        long due = start + (long) ((i + 1) * 1e9 / deltasPerSecond);
                        java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                    }
                }
            }
        };
    }

    private static TurnRunner runner(int deltasPerSecond) {
        return new TurnRunner(new StreamingAssistant(new IntentClassifier(), List.of())
                .register(streamer(deltasPerSecond)));
    }

    private static void coreOnly(int round) {
        AtomicLong seen = new AtomicLong();
        long start = System.nanoTime();
        runner(0).run(ConversationSession.create("bench"), TRIGGER, e -> seen.incrementAndGet(), new CancelToken());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "core only          round %d: %,.0f deltas/s (%.3f s)%n", round,
                DELTAS / seconds, seconds);
    }

    private static void throughWindow(String mode, int round, int deltasPerSecond) throws Exception {
        List<Long> flushNanos = Collections.synchronizedList(new ArrayList<>());
        PulseFlushScheduler pulse = new PulseFlushScheduler();
        FlushScheduler timed = flush -> pulse.schedule(() -> {
            long t0 = System.nanoTime();
            flush.run();
            flushNanos.add(System.nanoTime() - t0);
        });
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        Path library = Files.createTempDirectory("bench-library");
        CompletableFuture<ChatViewModel> ready = new CompletableFuture<>();
        Platform.runLater(() -> {
            ChatViewModel chat = new ChatViewModel(runner(deltasPerSecond), background, timed, library, "bench");
            Stage stage = new Stage();
            stage.setScene(new Scene(new ChatView(chat, DesktopActions.none()), 900, 700));
            stage.show();
            ready.complete(chat);
        });
        ChatViewModel chat = ready.get(30, TimeUnit.SECONDS);
        FxStallProbe stalls = new FxStallProbe();
        CountDownLatch done = new CountDownLatch(1);
        long[] start = new long[1];
        Platform.runLater(() -> {
            chat.busyProperty().subscribe(busy -> {
                if (!busy && start[0] != 0) {
                    done.countDown();
                }
            });
            start[0] = System.nanoTime();
            chat.inputProperty().set(TRIGGER);
            chat.send();
        });
        if (!done.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the stream did not finish");
        }
        double seconds = (System.nanoTime() - start[0]) / 1e9;
        // The flush that ended the turn records its time when it returns: let the FX thread finish it first.
        CompletableFuture<Void> barrier = new CompletableFuture<>();
        Platform.runLater(() -> barrier.complete(null));
        barrier.get(30, TimeUnit.SECONDS);
        Thread.sleep(3000); // the view keeps rendering settled Markdown a few pieces per frame after the stream ends
        stalls.close();
        List<Long> sorted = new ArrayList<>(flushNanos);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "core+ViewModel+view %s round %d: %,.0f deltas/s (%.3f s), %d flushes "
                        + "(%.0f deltas each), FX time per flush: mean %.2f ms, p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
                        + "longest FX stall (incl. rendering) %.0f ms%n",
                mode, round, DELTAS / seconds, seconds, sorted.size(), (double) DELTAS / Math.max(1, sorted.size()), mean,
                pct(sorted, 0.50), pct(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.getLast() / 1e6,
                stalls.worstMillis());
        background.shutdownNow();
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
