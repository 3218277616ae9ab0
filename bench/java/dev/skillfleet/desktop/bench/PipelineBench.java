package dev.skillfleet.desktop.bench;

import atlantafx.base.theme.PrimerLight;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.llm.ChatMessage;
import dev.skillfleet.desktop.core.llm.ChatRequest;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.llm.Provider;
import dev.skillfleet.desktop.core.model.ModelEngine;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.testing.OpenAiStream;
import dev.skillfleet.desktop.ui.chat.ChatView;
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.chat.MessageViewModel;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.fx.FlushScheduler;
import dev.skillfleet.desktop.ui.fx.PulseFlushScheduler;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole pipeline from a model server on loopback to the screen: a JDK {@link HttpServer} streams OpenAI-style
 * server-sent events, {@link ModelClient} decodes them, the model engine's chat handler and the {@link TurnRunner}
 * turn them into turn events, the {@link ChatViewModel} applies them once per frame ({@link PulseFlushScheduler}),
 * and a shown {@link ChatView} renders them (JavaFX's headless platform unless -Dglass.platform is given).
 *
 * <ol>
 *   <li>Throughput: 100,000 content events as fast as the server can write them, measured at three depths (the
 *       client alone, client and turn runner, and everything into the ViewModel of a shown chat), in events/s from
 *       the request to the last event applied.</li>
 *   <li>Latency: 3,000 events paced at 200/s (a fast model), each carrying the {@link System#nanoTime()} at which
 *       the server wrote it (same JVM, so comparable): the delay to the frame whose flush put it in the ViewModel,
 *       and to the end of the layout of the first frame in which it is inside the transcript's viewport (the frame
 *       is painted right after).</li>
 * </ol>
 */
public final class PipelineBench {

    private static final int BURST_EVENTS = 100_000;
    private static final int PACED_EVENTS = 3_000;
    private static final int PACED_PER_SECOND = 200;
    private static final Pattern MARKER = Pattern.compile("\\{t=(\\d+)}");
    // A different question each turn: identical requests would be answered from the completion cache.
    private static final String[] QUESTIONS = {"Hello, please explain everything in detail",
            "Hi, please explain everything in detail", "Hello again, please explain everything in detail",
            "Hey, please explain everything in detail", "Thanks, please explain everything in detail"};

    private static volatile Mode mode = Mode.BURST;
    private static final AtomicLong requests = new AtomicLong();
    private static byte[] burstBody;

    private enum Mode { BURST, PACED }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Platform.startup(() -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        burstBody = burstBody();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", PipelineBench::respond);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        Endpoint endpoint = Endpoint.of(Provider.OPENAI,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "bench-model");
        System.out.printf(Locale.ROOT, "PipelineBench: loopback OpenAI SSE server, %,d events (%.1f MB) per burst, "
                        + "JavaFX %s, glass=%s, %d cores%n", BURST_EVENTS, burstBody.length / 1e6,
                System.getProperty("javafx.runtime.version", "?"), System.getProperty("glass.platform", "default"),
                Runtime.getRuntime().availableProcessors());

        ModelClient client = new ModelClient();
        Path library = Files.createTempDirectory("bench-library");
        for (int round = 1; round <= 3; round++) {
            clientOnly(client, endpoint, round);
        }
        for (int round = 1; round <= 3; round++) {
            throughRunner(client, endpoint, library, round);
        }

        Window window = Window.open(client, endpoint, library);
        for (int round = 1; round <= 3; round++) {
            window.burst(round);
        }
        window.paced();
        Platform.exit();
        server.stop(0);
        System.exit(0);
    }

    // The server

    private static void respond(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        requests.incrementAndGet();
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (mode == Mode.BURST) {
                for (int from = 0; from < burstBody.length; from += 64 * 1024) {
                    out.write(burstBody, from, Math.min(64 * 1024, burstBody.length - from));
                }
            } else {
                paced(out);
            }
        }
    }

    /** Prose in paragraphs, a word per event, as fast as the socket takes it. */
    private static byte[] burstBody() {
        ByteArrayOutputStream body = new ByteArrayOutputStream(BURST_EVENTS * 160);
        String[] words = {"stream ", "token ", "frame ", "layout ", "model ", "answer ", "render ", "queue "};
        for (int i = 0; i < BURST_EVENTS; i++) {
            String word = i % 60 == 59 ? "end.\n\n" : words[i % words.length];
            body.writeBytes(OpenAiStream.content(word).getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(OpenAiStream.end(BURST_EVENTS).getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Each event carries the time it is written at; a paragraph ends every 12 events. */
    private static void paced(OutputStream out) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < PACED_EVENTS; i++) {
            LockSupport.parkNanos(start + i * 1_000_000_000L / PACED_PER_SECOND - System.nanoTime());
            String text = "{t=" + System.nanoTime() + "} words words" + (i % 12 == 11 ? ".\n\n" : " ");
            out.write(OpenAiStream.content(text).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        out.write(OpenAiStream.end(PACED_EVENTS).getBytes(StandardCharsets.UTF_8));
    }

    // The client alone, then the client under the model engine and the turn runner

    private static void clientOnly(ModelClient client, Endpoint endpoint, int round) throws Exception {
        mode = Mode.BURST;
        AtomicLong events = new AtomicLong();
        long start = System.nanoTime();
        client.stream(endpoint, ChatRequest.of(List.of(new ChatMessage("user", "Hello"))), e -> events.incrementAndGet(),
                new CancelToken());
        report("client only (ModelClient, SSE decoding)", round, events.get(), start);
    }

    private static void throughRunner(ModelClient client, Endpoint endpoint, Path library, int round) {
        mode = Mode.BURST;
        TurnRunner runner = new TurnRunner(ModelEngine.assistant(endpoint, client, new SkillLibrary(library),
                new IntentClassifier()));
        AtomicLong events = new AtomicLong();
        long start = System.nanoTime();
        runner.run(ConversationSession.create("bench"), QUESTIONS[round % QUESTIONS.length],
                e -> events.incrementAndGet(), new CancelToken());
        report("client + model engine + TurnRunner", round, events.get(), start);
    }

    private static void report(String what, int round, long events, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-44s round %d: %,9.0f events/s (%,d events in %.3f s, %.1f MB/s)%n",
                what, round, BURST_EVENTS / seconds, events, seconds, burstBody.length / 1e6 / seconds);
    }

    // Everything, into the ViewModel of a shown chat window

    private static final class Window {

        private final ChatViewModel chat;
        private final Scene scene;
        private final List<Long> flushNanos = Collections.synchronizedList(new ArrayList<>());
        // FX thread only: what the current measurement is looking for.
        private MessageViewModel reply;
        private int scannedUpTo;
        private final List<Long> sentAt = new ArrayList<>();
        private final List<Double> toViewModel = new ArrayList<>();
        private final List<Double> toScreen = new ArrayList<>();
        private int shownUpTo;
        private boolean measuring;
        private Node flow;
        private Node answer;

        private Window(ChatViewModel chat, Scene scene) {
            this.chat = chat;
            this.scene = scene;
        }

        static Window open(ModelClient client, Endpoint endpoint, Path library) throws Exception {
            ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
            PulseFlushScheduler pulse = new PulseFlushScheduler();
            Window[] window = new Window[1];
            FlushScheduler measured = flush -> pulse.schedule(() -> {
                long t0 = System.nanoTime();
                flush.run();
                window[0].flushNanos.add(System.nanoTime() - t0);
                window[0].afterFlush();
            });
            CompletableFuture<Window> ready = new CompletableFuture<>();
            Platform.runLater(() -> {
                TurnRunner runner = new TurnRunner(ModelEngine.assistant(endpoint, client, new SkillLibrary(library),
                        new IntentClassifier()));
                ChatViewModel chat = new ChatViewModel(runner, background, measured, library, "bench");
                Stage stage = new Stage();
                stage.setScene(new Scene(new ChatView(chat, DesktopActions.none()), 900, 700));
                stage.show();
                window[0] = new Window(chat, stage.getScene());
                stage.getScene().addPostLayoutPulseListener(window[0]::afterLayout);
                ready.complete(window[0]);
            });
            return ready.get(30, TimeUnit.SECONDS);
        }

        /** Sends a question and waits until the ViewModel has the whole answer; returns the seconds it took. */
        private double turn(String question) throws Exception {
            CountDownLatch done = new CountDownLatch(1);
            long[] start = new long[1];
            javafx.util.Subscription[] watching = new javafx.util.Subscription[1];
            Platform.runLater(() -> {
                chat.newSession();
                chat.inputProperty().set(question);
                reply = null;
                answer = null;
                scannedUpTo = 0;
                shownUpTo = 0;
                sentAt.clear();
                start[0] = System.nanoTime();
                chat.send();
                reply = chat.getMessages().getLast();
                watching[0] = chat.busyProperty().subscribe(busy -> {
                    if (!busy) {
                        done.countDown();
                    }
                });
            });
            if (!done.await(300, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the stream did not finish");
            }
            double seconds = (System.nanoTime() - start[0]) / 1e9;
            onFx(() -> watching[0].unsubscribe());
            onFx(() -> {
                if (!reply.errorProperty().get().isEmpty()) {
                    throw new IllegalStateException("the turn failed: " + reply.errorProperty().get());
                }
            });
            return seconds;
        }

        void burst(int round) throws Exception {
            mode = Mode.BURST;
            flushNanos.clear();
            long before = requests.get();
            FxStallProbe stalls = new FxStallProbe();
            double seconds = turn(QUESTIONS[round % QUESTIONS.length]);
            stalls.close();
            if (requests.get() - before != 1) {
                throw new IllegalStateException("expected one model request, the server had " + (requests.get() - before));
            }
            int chars = onFx(() -> reply.getContent().length());
            List<Long> sorted = new ArrayList<>(flushNanos);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "%-44s round %d: %,9.0f events/s (%,d events in %.3f s, %,d chars), "
                            + "%d flushes, FX time per flush: median %.2f ms, max %.2f ms; longest FX stall %.0f ms%n",
                    "server -> client -> runner -> ViewModel+view", round, BURST_EVENTS / seconds, BURST_EVENTS,
                    seconds, chars, sorted.size(), percentile(sorted, 0.5) / 1e6,
                    sorted.isEmpty() ? 0 : sorted.getLast() / 1e6, stalls.worstMillis());
            settle();
        }

        void paced() throws Exception {
            mode = Mode.PACED;
            onFx(() -> {
                toViewModel.clear();
                toScreen.clear();
                measuring = true;
                return null;
            });
            FxStallProbe stalls = new FxStallProbe();
            double seconds = turn(QUESTIONS[0]);
            stalls.close();
            // The last events' frame: let its layout pass run.
            Thread.sleep(200);
            List<Double> vm = new ArrayList<>();
            List<Double> screen = new ArrayList<>();
            int[] counts = onFx(() -> {
                measuring = false;
                vm.addAll(toViewModel);
                screen.addAll(toScreen);
                return new int[] {sentAt.size(), shownUpTo};
            });
            System.out.printf(Locale.ROOT, "paced %d events/s, %,d events in %.1f s; longest FX stall %.0f ms%n",
                    PACED_PER_SECOND, PACED_EVENTS, seconds, stalls.worstMillis());
            printLatency("server write -> in the ViewModel (flush)", vm, PACED_EVENTS);
            printLatency("server write -> on screen (laid out, in view)", screen, PACED_EVENTS);
            if (counts[0] != PACED_EVENTS || counts[1] != PACED_EVENTS) {
                System.out.printf("  (warning: %d of %d markers reached the ViewModel, %d were seen on screen)%n",
                        counts[0], PACED_EVENTS, counts[1]);
            }
        }

        /** FX thread, right after each flush: the markers that reached the ViewModel in it. */
        private void afterFlush() {
            if (reply == null || mode != Mode.PACED) {
                return;
            }
            String content = reply.getContent();
            if (content.length() <= scannedUpTo) {
                return;
            }
            long now = System.nanoTime();
            // A marker may straddle the end of what has arrived: scan from the last complete one.
            Matcher m = MARKER.matcher(content);
            int from = scannedUpTo;
            while (m.find(from)) {
                long sent = Long.parseLong(m.group(1));
                sentAt.add(sent);
                if (measuring) {
                    toViewModel.add((now - sent) / 1e6);
                }
                from = m.end();
                scannedUpTo = from;
            }
        }

        /**
         * FX thread, after each layout pass: the markers in the ViewModel are in the view (the flush that put them
         * there updated the view); they are on screen once the bottom of the answer is inside the viewport.
         */
        private void afterLayout() {
            if (reply == null || shownUpTo >= sentAt.size() || !answerBottomInView()) {
                return;
            }
            long now = System.nanoTime();
            for (; shownUpTo < sentAt.size(); shownUpTo++) {
                if (measuring) {
                    toScreen.add((now - sentAt.get(shownUpTo)) / 1e6);
                }
            }
        }

        private boolean answerBottomInView() {
            if (flow == null) {
                flow = scene.getRoot().lookup(".virtual-flow");
            }
            if (answer == null || answer.getScene() == null || !isTreeVisible(answer)) {
                // Looked up once per turn: the streaming message keeps its cell, and a lookup walks every node.
                answer = null;
                for (Node candidate : flow.lookupAll(".answer")) {
                    if (isTreeVisible(candidate)) {
                        answer = candidate;
                    }
                }
                if (answer == null) {
                    return false;
                }
            }
            Bounds view = flow.localToScene(flow.getLayoutBounds());
            Bounds bounds = answer.localToScene(answer.getLayoutBounds());
            return bounds.getMaxY() <= view.getMaxY() + 0.5 && bounds.getMaxY() >= view.getMinY();
        }

        private static boolean isTreeVisible(Node node) {
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        }

        /** Lets the view finish rendering the last answer before the next round (it renders after the stream). */
        private void settle() throws Exception {
            Thread.sleep(500);
            onFx(() -> {
                chat.newSession();
                return null;
            });
            Thread.sleep(500);
        }
    }

    private static void printLatency(String what, List<Double> millis, int expected) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("  %-48s no samples%n", what);
            return;
        }
        System.out.printf(Locale.ROOT, "  %-48s median %5.1f ms, p95 %5.1f ms, p99 %5.1f ms, max %5.1f ms (%,d of %,d)%n",
                what, pct(sorted, 0.5), pct(sorted, 0.95), pct(sorted, 0.99), sorted.getLast(), sorted.size(), expected);
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }
}
