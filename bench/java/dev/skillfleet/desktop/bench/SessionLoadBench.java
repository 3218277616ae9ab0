package dev.skillfleet.desktop.bench;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.conversation.ThinkingSegment;
import dev.skillfleet.desktop.core.store.SearchHit;
import dev.skillfleet.desktop.core.store.SessionDatabase;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.StoredMessage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Loading a 10,000-message stored session, store side: what the chat window waits for before it can show the last
 * messages — {@code SessionStore.open(data)} (file opened, schema checked), {@code store.open(id)} (the session and
 * its newest messages held in memory) and {@code store.page(id, null, 50)} — each run in a fresh JVM, so class
 * loading and the first SQLite read are counted as a user meets them; the heap this holds (used heap after GC, over
 * a baseline taken before) against the heap if all 10,000 messages were loaded; the database's size; a full-text
 * search over it. For comparison, the same open again in that JVM (the one-time loading of SQLite's native library
 * and of the JSON classes done) and with the store already open, as when a session is clicked in the sidebar.
 *
 * <p>The session is written through the app's own store API (user message, a streamed answer saved as it grows,
 * the answer, state changes), so its rows are exactly what the app writes; only the generation runs with
 * {@code synchronous=OFF}, to be quick. Settings as environment variables (exec:exec passes no -D on):
 * {@code BENCH_MESSAGES} (10000), {@code BENCH_RUNS} fresh JVMs (7), {@code BENCH_DATA=DIR} to keep the data folder.
 */
public final class SessionLoadBench {

    private static final String[] WORDS = ("skill library cache redis python async server client database deploy "
            + "kubernetes docker metrics logging tracing token api rest schema backup restore migrate index query "
            + "stream thread memory vector prompt agent tool folder front-matter markdown review refactor test "
            + "release version network proxy certificate pipeline spark pandas model evaluate").split(" ");

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("measure")) {
            measure(Path.of(args[1]), args[2]);
            return;
        }
        int messages = Integer.parseInt(ListBench.setting("messages", "BENCH_MESSAGES", "10000"));
        int runs = Integer.parseInt(ListBench.setting("runs", "BENCH_RUNS", "7"));
        String kept = ListBench.setting("data", "BENCH_DATA", null);
        Path data = kept != null ? Path.of(kept) : Files.createTempDirectory("session-load-bench").resolve("data");
        try {
            bench(data, messages, runs);
        } finally {
            if (kept == null) {
                delete(data.getParent());
            }
        }
    }

    private static void bench(Path data, int messages, int runs) throws Exception {
        long start = System.nanoTime();
        Generated generated = generate(data, messages);
        double generateS = (System.nanoTime() - start) / 1e9;
        Path file = data.resolve(SessionDatabase.FILE_NAME);
        System.out.printf(Locale.ROOT, "SessionLoadBench: one session of %,d messages (%,d answers, %,d with "
                        + "thinking; %.1f MB of text), written through the store in %.1f s; %d cores; %s%n",
                messages, messages / 2, generated.withThinking(), generated.textChars() / 1e6, generateS,
                Runtime.getRuntime().availableProcessors(), Runtime.version());

        List<Map<String, Double>> cold = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            cold.add(freshJvm(data, generated.id()));
        }
        // The first start of a day also copies the database to backups/ before it is usable.
        List<Map<String, Double>> firstOfDay = new ArrayList<>();
        for (int run = 0; run < Math.max(3, runs / 2); run++) {
            try (Stream<Path> daily = Files.list(data.resolve("backups"))) {
                for (Path copy : daily.filter(p -> p.getFileName().toString().startsWith("sessions-daily-")).toList()) {
                    Files.delete(copy);
                }
            }
            firstOfDay.add(freshJvm(data, generated.id()));
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "%-62s %10s %10s%n", "each in a fresh JVM (" + runs + " runs)", "min", "median");
        row("SessionStore.open(data)  (open file, check schema)", cold, "openStoreMs", "ms");
        row("store.open(id)  (session + newest messages held)", cold, "openSessionMs", "ms");
        row("store.page(id, null, 50)", cold, "pageMs", "ms");
        row("= open to the last 50 messages, store side", cold, "totalMs", "ms");
        row("  same, first start of the day (+ daily backup copy)", firstOfDay, "totalMs", "ms");
        row("  same again in that JVM (SQLite, JSON classes loaded)", cold, "reopenMs", "ms");
        row("  store open: open(id) + page, warm (median of 10)", cold, "clickMs", "ms");
        row("heap held after that (store + session + page), over baseline", cold, "heapOpenMb", "MB");
        row("heap if all messages were loaded (allMessages), over baseline", cold, "heapAllMb", "MB");
        row("store.allMessages(id)  (every message, for comparison)", cold, "allMs", "ms");
        row("search \"redis cache\" (common words, 50 hits), first in JVM", cold, "searchColdMs", "ms");
        row("search \"redis cache\", warm (median of 20)", cold, "searchWarmMs", "ms");
        row("search \"zygote\" (one message), warm (median of 20)", cold, "searchRareMs", "ms");
        System.out.printf(Locale.ROOT, "%-62s %10.1f MB  (held in memory: %.0f of %,d messages)%n",
                "database file sessions.db", Files.size(file) / 1e6, cold.getFirst().get("held"), messages);
    }

    /** One measurement in a new JVM, as a user's start: the same java and class path. */
    private static Map<String, Double> freshJvm(Path data, String id) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), SessionLoadBench.class.getName(), "measure", data.toString(), id)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !out.startsWith("RESULT")) {
            throw new IllegalStateException("the measuring JVM failed: " + out);
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String pair : out.strip().substring("RESULT ".length()).split(" ")) {
            String[] kv = pair.split("=");
            figures.put(kv[0], Double.parseDouble(kv[1]));
        }
        return figures;
    }

    /** Runs in the fresh JVM: prints one RESULT line. */
    private static void measure(Path data, String id) throws InterruptedException {
        long baseline = usedHeapAfterGc();
        long t0 = System.nanoTime();
        SessionStore store = SessionStore.open(data);
        long t1 = System.nanoTime();
        ConversationSession session = store.open(id).orElseThrow();
        long t2 = System.nanoTime();
        List<StoredMessage> page = store.page(id, null, 50);
        long t3 = System.nanoTime();
        if (page.size() != 50) {
            throw new IllegalStateException("expected a page of 50, got " + page.size());
        }
        long heapOpen = usedHeapAfterGc() - baseline;

        long s0 = System.nanoTime();
        List<SearchHit> hits = store.search("redis cache", 50);
        double searchCold = (System.nanoTime() - s0) / 1e6;
        double searchWarm = median(20, () -> store.search("redis cache", 50));
        double searchRare = median(20, () -> store.search("zygote", 50));

        long a0 = System.nanoTime();
        List<StoredMessage> all = store.allMessages(id);
        double allMs = (System.nanoTime() - a0) / 1e6;
        long heapAll = usedHeapAfterGc() - baseline;
        Reference.reachabilityFence(page);
        Reference.reachabilityFence(all);
        int held = session.messages().size();
        store.close();

        // The app already running (SQLite and JSON classes loaded): the store opened again, then the session
        // clicked in the sidebar while the store is open.
        long r0 = System.nanoTime();
        SessionStore again = SessionStore.open(data);
        again.open(id).orElseThrow();
        again.page(id, null, 50);
        double reopenMs = (System.nanoTime() - r0) / 1e6;
        double clickMs = median(10, () -> {
            again.open(id).orElseThrow();
            again.page(id, null, 50);
        });
        again.close();

        System.out.printf(Locale.ROOT, "RESULT openStoreMs=%.2f openSessionMs=%.2f pageMs=%.2f totalMs=%.2f "
                        + "reopenMs=%.2f clickMs=%.2f heapOpenMb=%.2f heapAllMb=%.2f allMs=%.2f searchColdMs=%.2f "
                        + "searchWarmMs=%.2f searchRareMs=%.2f held=%d hits=%d all=%d%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6, reopenMs, clickMs,
                heapOpen / 1e6, heapAll / 1e6, allMs, searchCold, searchWarm, searchRare, held, hits.size(),
                all.size());
    }

    private static double median(int times, Runnable work) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            work.run();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        ms.sort(Comparator.naturalOrder());
        return ms.get(ms.size() / 2);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void row(String what, List<Map<String, Double>> runs, String key, String unit) {
        List<Double> values = runs.stream().map(r -> r.get(key)).sorted().toList();
        System.out.printf(Locale.ROOT, "%-62s %10.1f %10.1f %s%n", what, values.getFirst(),
                values.get(values.size() / 2), unit);
    }

    // The session, written as the app writes it

    private record Generated(String id, int withThinking, long textChars) {
    }

    private static Generated generate(Path data, int messages) throws Exception {
        Random random = new Random(20250301);
        try (SessionStore store = SessionStore.open(data)) {
            try (Statement s = store.database().connection().createStatement()) {
                s.execute("PRAGMA synchronous = OFF");
            }
            ConversationSession session = store.create("bench", "offline");
            Instant time = Instant.parse("2025-01-06T09:00:00Z");
            int withThinking = 0;
            long chars = 0;
            for (int turn = 0; turn < messages / 2; turn++) {
                session.transitionTo(ConversationState.ACTIVE);
                time = time.plusSeconds(30 + random.nextInt(3_600));
                Message user = new Message(UUID.randomUUID().toString(), Role.USER, question(random, turn), time,
                        Map.of(), List.of(), null);
                session.addMessage(user);
                List<ThinkingSegment> thinking = random.nextInt(10) < 3 ? thinking(random, time) : List.of();
                withThinking += thinking.isEmpty() ? 0 : 1;
                String answer = answer(random, turn);
                String id = UUID.randomUUID().toString();
                if (answer.length() > 1_500) {
                    // A long answer streams for more than a second: the app saves it as it grows.
                    session.progress(new Message(id, Role.ASSISTANT, answer.substring(0, answer.length() / 2), time,
                            Map.of(), thinking, null));
                }
                int tokens = answer.length() / 4;
                session.addMessage(new Message(id, Role.ASSISTANT, answer, time.plusSeconds(3), Map.of(
                        Message.INTENT, "GENERAL_CHAT"), thinking, new MessageStats(Duration.ofMillis(
                        150 + random.nextInt(600)), Duration.ofMillis(tokens * 12L), 200 + turn % 800, tokens,
                        80.0 + random.nextInt(40))));
                session.transitionTo(ConversationState.COMPLETED);
                chars += user.content().length() + answer.length();
            }
            try (Statement s = store.database().connection().createStatement()) {
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return new Generated(session.id(), withThinking, chars);
        }
    }

    private static String question(Random random, int turn) {
        String q = switch (turn % 4) {
            case 0 -> "How do I " + words(random, 4 + random.nextInt(8)) + "?";
            case 1 -> "Can you review this " + word(random) + " setup: " + words(random, 10 + random.nextInt(30)) + ".";
            case 2 -> "What is the difference between " + word(random) + " and " + word(random) + "?";
            default -> "Write a skill that " + words(random, 6 + random.nextInt(12)) + ".";
        };
        return turn == 4_321 ? q + " Something about a zygote." : q;
    }

    /** Markdown as models write it: headings, prose, lists, code, tables; lengths from a line to several pages. */
    private static String answer(Random random, int turn) {
        int blocks = switch (random.nextInt(10)) {
            case 0, 1, 2 -> 1;
            case 3, 4, 5, 6 -> 2 + random.nextInt(4);
            case 7, 8 -> 6 + random.nextInt(8);
            default -> 15 + random.nextInt(25);
        };
        StringBuilder md = new StringBuilder();
        if (blocks > 3) {
            md.append("## ").append(capital(words(random, 3))).append("\n\n");
        }
        for (int b = 0; b < blocks; b++) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    for (int i = 0; i < 3 + random.nextInt(4); i++) {
                        md.append("- **").append(word(random)).append("**: ").append(sentence(random)).append('\n');
                    }
                }
                case 1 -> md.append("```python\nimport ").append(word(random).replace('-', '_')).append("\n\n")
                        .append("def ").append(word(random).replace('-', '_')).append("(").append(word(random)
                                .replace('-', '_')).append("):\n    return ").append(word(random).replace('-', '_'))
                        .append(".get(key, ").append(turn).append(")\n```\n");
                case 2 -> md.append("| Option | Effect |\n|---|---|\n| `").append(word(random)).append("` | ")
                        .append(sentence(random)).append(" |\n| `").append(word(random)).append("` | ")
                        .append(sentence(random)).append(" |\n");
                case 3 -> md.append("### ").append(capital(words(random, 2))).append('\n');
                default -> md.append(sentence(random)).append(' ').append(sentence(random)).append(' ')
                        .append(sentence(random)).append('\n');
            }
            md.append('\n');
        }
        return md.toString().strip();
    }

    private static List<ThinkingSegment> thinking(Random random, Instant at) {
        List<ThinkingSegment> segments = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 2 + random.nextInt(10); s++) {
                text.append(sentence(random)).append(' ');
            }
            segments.add(new ThinkingSegment(text.toString().strip(), at.plusSeconds(i),
                    Duration.ofMillis(400 + random.nextInt(8_000))));
        }
        return segments;
    }

    private static String sentence(Random random) {
        return capital(words(random, 6 + random.nextInt(18))) + ".";
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(word(random));
        }
        return s.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
