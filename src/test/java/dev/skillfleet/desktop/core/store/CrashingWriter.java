package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.conversation.ThinkingSegment;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The child process of {@link SessionCrashTest}: opens the store in {@code args[0]} and writes turns as the app does
 * (user message, a streamed answer saved as it grows, the final answer, state changes, sometimes a regenerated
 * answer or a question awaiting input) as fast as it can, until it is killed. Around every write it prints a line:
 * {@code W ...} just before the call, {@code A ...} (the same fields) once the call returned — so the parent knows
 * which writes were acknowledged and which one, at most, was in flight when the kill came.
 *
 * <pre>
 * W|A MSG   sessionId messageId user|part|final sha256(content)
 * W|A STATE sessionId STATE sha256(question + options)|-
 * W|A LEAF  sessionId messageId|-
 * </pre>
 */
public final class CrashingWriter {

    static final String USER_ID = "crash-test";
    static final List<String> OPTIONS = List.of("Markdown", "JSON", "Plain text \u2014 short");
    private static final String[] WORDS = {"skill", "library", "caf\u00e9", "na\u00efve", "\u6771\u4eac", "\ud83d\ude80",
            "redis", "cache", "stream", "folder", "SKILL.md", "front-matter", "\"quoted\"", "it's", "O'Brien",
            "semi;colon", "back\\slash", "tab\there", "percent%", "under_score"};

    private final SessionStore store;
    private final Random random;
    private final PrintStream out;
    private int turn;

    private CrashingWriter(SessionStore store, Random random, PrintStream out) {
        this.store = store;
        this.random = random;
        this.out = out;
    }

    /** {@code args}: the data folder, a seed. */
    public static void main(String[] args) throws IOException {
        // The parent closes our stdin when it goes away: never outlive it.
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // nothing to read; only the end matters
                }
            } catch (IOException ignored) {
                // treated as the end
            }
            Runtime.getRuntime().halt(3);
        });
        watchdog.setDaemon(true);
        watchdog.start();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.US_ASCII);
        SessionStore store = SessionStore.open(Path.of(args[0]));
        new CrashingWriter(store, new Random(Long.parseLong(args[1])), out).run();
    }

    private void run() {
        while (true) {
            ConversationSession session = nextSession();
            int turns = 2 + random.nextInt(5);
            for (int i = 0; i < turns; i++) {
                turn(session);
            }
        }
    }

    /** The newest stored session, continued as the app reopens it, or a new one. */
    private ConversationSession nextSession() {
        List<SessionSummary> stored = store.list();
        if (!stored.isEmpty() && random.nextInt(3) == 0) {
            return store.open(stored.getFirst().id()).orElseThrow();
        }
        return store.create(USER_ID, "offline");
    }

    private void turn(ConversationSession session) {
        turn++;
        state(session, ConversationState.ACTIVE);
        Message user = new Message(UUID.randomUUID().toString(), Role.USER, userText(), Instant.now(), Map.of(),
                List.of(), null);
        write(session, user, "user", () -> session.addMessage(user));
        answer(session);
        if (random.nextInt(5) == 0) {
            // Regenerate, once the first answer is done: back to the user message; the new answer becomes the
            // sibling of the first.
            state(session, ConversationState.COMPLETED);
            String line = "LEAF " + session.id() + " " + user.id();
            announce(line);
            session.rewindTo(user.id());
            acknowledge(line);
            state(session, ConversationState.ACTIVE);
            answer(session);
        }
        if (random.nextInt(6) == 0) {
            PendingQuestion question = new PendingQuestion("Which format do you want for turn " + turn + "?", OPTIONS,
                    null, user.content());
            session.context().put(PendingQuestion.CONTEXT_KEY, question);
            state(session, ConversationState.AWAITING_INPUT);
        } else {
            session.context().remove(PendingQuestion.CONTEXT_KEY);
            state(session, ConversationState.COMPLETED);
        }
    }

    /** A streamed answer: saved as it grows (each part longer than the last), then in full. */
    private void answer(ConversationSession session) {
        String id = UUID.randomUUID().toString();
        String full = answerText();
        List<ThinkingSegment> thinking = new ArrayList<>();
        boolean thinks = random.nextBoolean();
        int parts = 1 + random.nextInt(5);
        for (int p = 1; p <= parts; p++) {
            if (thinks && p <= 2) {
                thinking.add(new ThinkingSegment("Thinking step " + p + " about " + word(), Instant.now(),
                        Duration.ofMillis(100 + random.nextInt(900))));
            }
            int cut = full.length() * p / (parts + 1);
            if (Character.isLowSurrogate(full.charAt(cut))) {
                cut--; // a stream never splits a character
            }
            Message partial = new Message(id, Role.ASSISTANT, full.substring(0, cut), Instant.now(), Map.of(),
                    thinking, null);
            write(session, partial, "part", () -> session.progress(partial));
        }
        Message reply = new Message(id, Role.ASSISTANT, full, Instant.now(), Map.of(Message.INTENT, "GENERAL_CHAT"),
                thinking, new MessageStats(Duration.ofMillis(120), Duration.ofMillis(2400), null, 350, 145.5));
        write(session, reply, "final", () -> session.addMessage(reply));
    }

    private void state(ConversationSession session, ConversationState to) {
        Object pending = session.context().get(PendingQuestion.CONTEXT_KEY);
        String question = to == ConversationState.AWAITING_INPUT && pending instanceof PendingQuestion q
                ? sha256(questionText(q)) : "-";
        String line = "STATE " + session.id() + " " + to + " " + question;
        announce(line);
        session.transitionTo(to);
        acknowledge(line);
    }

    private void write(ConversationSession session, Message message, String kind, Runnable call) {
        String line = "MSG " + session.id() + " " + message.id() + " " + kind + " " + sha256(message.content());
        announce(line);
        call.run();
        acknowledge(line);
    }

    private void announce(String line) {
        out.print("W " + line + "\n");
        out.flush();
    }

    private void acknowledge(String line) {
        out.print("A " + line + "\n");
        out.flush();
    }

    /** Every user message has a word of its own, so a search can find it. */
    private String userText() {
        return "Question uniq" + Integer.toString(turn, 36) + "x" + Long.toString(random.nextLong() >>> 1, 36)
                + " about " + word() + " and " + word() + "?";
    }

    /** A Markdown answer of varied length, with non-ASCII text and characters SQL and JSON must keep as they are. */
    private String answerText() {
        StringBuilder text = new StringBuilder("## About ").append(word()).append("\n\n");
        int paragraphs = 1 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            switch (random.nextInt(3)) {
                case 0 -> text.append("- ").append(word()).append(": ").append(sentence()).append('\n')
                        .append("- ").append(word()).append(": ").append(sentence()).append("\n\n");
                case 1 -> text.append("```python\nprint(\"").append(word()).append("\")\n```\n\n");
                default -> text.append(sentence()).append(' ').append(sentence()).append("\n\n");
            }
        }
        return text.toString().strip();
    }

    private String sentence() {
        StringBuilder s = new StringBuilder("The ");
        int words = 4 + random.nextInt(20);
        for (int i = 0; i < words; i++) {
            s.append(word()).append(' ');
        }
        return s.toString().strip() + ".";
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    static String questionText(PendingQuestion question) {
        return question.question() + "\n" + String.join("\n", question.options());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
