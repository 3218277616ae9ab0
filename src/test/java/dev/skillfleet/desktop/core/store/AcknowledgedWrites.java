package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.conversation.ConversationState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link CrashingWriter}'s lines say must be on disk: every acknowledged write, and the one write that was in
 * flight when the process was killed (it may have landed or not; nothing else may have). Per session the model keeps
 * the active branch, the state and the question it waits on; per message its content's hash and whether that was
 * a part of a streaming answer or the answer itself.
 */
final class AcknowledgedWrites {

    /** A message as last acknowledged. {@code kind}: user, part (still streaming) or final. */
    record MessageWrite(String sessionId, String messageId, String kind, String hash) {
    }

    static final class SessionModel {
        final String id;
        final List<String> branch = new ArrayList<>();
        final Map<String, MessageWrite> messages = new LinkedHashMap<>();
        /** Each message's parent, in the order the messages were first written. */
        final Map<String, String> parents = new LinkedHashMap<>();
        ConversationState state = ConversationState.IDLE;
        String questionHash = "-";

        SessionModel(String id) {
            this.id = id;
        }

        /**
         * The branch as the store shows it after a crash mid-turn: when its end had just moved back (a regenerate or
         * an edit whose new message never came), it follows the newest reply down again.
         */
        List<String> branchAfterCrash() {
            List<String> branch = new ArrayList<>(this.branch);
            String end = branch.isEmpty() ? null : branch.getLast();
            while (end != null) {
                String newest = null;
                for (Map.Entry<String, String> e : parents.entrySet()) {
                    if (end.equals(e.getValue())) {
                        newest = e.getKey();
                    }
                }
                if (newest != null) {
                    branch.add(newest);
                }
                end = newest;
            }
            return branch;
        }
    }

    /** One write line without its W/A prefix, split into its fields. */
    record Write(String type, String sessionId, List<String> fields) {

        static Write parse(String line) {
            String[] parts = line.split(" ");
            return new Write(parts[0], parts[1], List.of(parts).subList(2, parts.length));
        }

        boolean isMessage() {
            return type.equals("MSG");
        }

        MessageWrite message() {
            return new MessageWrite(sessionId, fields.get(0), fields.get(1), fields.get(2));
        }
    }

    private final Map<String, SessionModel> sessions = new LinkedHashMap<>();
    private Write pending;
    private Write lastAcknowledged;
    private MessageWrite newestUserMessage;

    /**
     * Reads one run's complete lines. Every acknowledgement must follow the announcement of the same write; what is
     * announced last without an acknowledgement is the write in flight.
     */
    void read(List<String> lines) {
        pending = null;
        lastAcknowledged = null;
        for (String line : lines) {
            String body = line.substring(2);
            if (line.startsWith("W ")) {
                if (pending != null) {
                    throw new IllegalStateException("write announced before the previous one was acknowledged: " + line);
                }
                pending = Write.parse(body);
            } else if (line.startsWith("A ")) {
                Write acked = Write.parse(body);
                if (!acked.equals(pending)) {
                    throw new IllegalStateException("acknowledged " + body + " but announced " + pending);
                }
                apply(acked);
                lastAcknowledged = acked;
                pending = null;
            } else {
                throw new IllegalStateException("unexpected line from the writer: " + line);
            }
        }
    }

    /** The write in flight when the process died, if any. */
    Optional<Write> pending() {
        return Optional.ofNullable(pending);
    }

    /** The last write of the run that is known to be on disk: the write in flight if it landed, else the last acked. */
    Optional<Write> lastLanded(boolean pendingLanded) {
        return Optional.ofNullable(pendingLanded && pending != null ? pending : lastAcknowledged);
    }

    /** The user message written last, in any session. */
    MessageWrite newestUserMessage() {
        return newestUserMessage;
    }

    Map<String, SessionModel> sessions() {
        return sessions;
    }

    /** The model with the write in flight applied: what the disk holds if it landed. */
    void apply(Write write) {
        SessionModel session = sessions.computeIfAbsent(write.sessionId(), SessionModel::new);
        switch (write.type()) {
            case "MSG" -> {
                MessageWrite message = write.message();
                session.messages.put(message.messageId(), message);
                if (message.kind().equals("user")) {
                    newestUserMessage = message;
                }
                if (session.branch.isEmpty() || !session.branch.getLast().equals(message.messageId())) {
                    session.parents.putIfAbsent(message.messageId(),
                            session.branch.isEmpty() ? null : session.branch.getLast());
                    session.branch.add(message.messageId());
                }
            }
            case "STATE" -> {
                session.state = ConversationState.valueOf(write.fields().get(0));
                session.questionHash = write.fields().get(1);
            }
            case "LEAF" -> {
                String leaf = write.fields().get(0);
                int keep = leaf.equals("-") ? 0 : session.branch.indexOf(leaf) + 1;
                if (keep == 0 && !leaf.equals("-")) {
                    throw new IllegalStateException("rewound to " + leaf + ", not on the branch of " + session.id);
                }
                session.branch.subList(keep, session.branch.size()).clear();
            }
            default -> throw new IllegalStateException("unknown write " + write);
        }
    }

    /** The branch of {@code session} if the write in flight landed (the same branch when it is about another one). */
    List<String> branchIfLanded(SessionModel session) {
        List<String> branch = new ArrayList<>(session.branch);
        if (pending == null || !pending.sessionId().equals(session.id)) {
            return branch;
        }
        if (pending.isMessage()) {
            String id = pending.message().messageId();
            if (branch.isEmpty() || !branch.getLast().equals(id)) {
                branch.add(id);
            }
        } else if (pending.type().equals("LEAF")) {
            String leaf = pending.fields().get(0);
            branch.subList(leaf.equals("-") ? 0 : branch.indexOf(leaf) + 1, branch.size()).clear();
        }
        return branch;
    }
}
