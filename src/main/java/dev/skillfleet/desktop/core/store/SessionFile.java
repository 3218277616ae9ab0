package dev.skillfleet.desktop.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A session export read and checked, before anything is written: every problem is refused with a message that names
 * the field ({@code messages[3].parentId}) and what is wrong with it. The messages come back parents first, each
 * with its depth, in the file's order otherwise (so versions of a message keep their order).
 */
record SessionFile(String sessionId, String title, ConversationState state, Instant createdAt, Instant updatedAt,
                   boolean pinned, String profileId, String leafId, PendingQuestion pending, List<Entry> messages) {

    /** A message of the file and where it sits in the tree. */
    record Entry(Message message, String parentId, int depth) {
    }

    // Strict: a key given twice or text after the object means the file is not what it seems.
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    static SessionFile parse(String text) throws SessionImport.Refused {
        JsonNode root;
        try {
            root = READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw refused("not JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage() + ")");
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw refused("not a session export: expected a JSON object with \"format\": \"" + SessionJson.FORMAT + "\"");
        }
        JsonNode format = root.get("format");
        if (format == null || !SessionJson.FORMAT.equals(format.asText(null))) {
            throw refused("not a Skill Fleet session export: \"format\" is " + (format == null ? "missing" : format)
                    + " (expected \"" + SessionJson.FORMAT + "\")");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToExactIntegral()) {
            throw refused("\"version\" is " + (version == null ? "missing" : version) + " (expected a whole number)");
        }
        if (version.asInt() != SessionJson.VERSION) {
            throw refused("format version " + version.asInt() + " is not supported: this build reads version "
                    + SessionJson.VERSION + (version.asInt() > SessionJson.VERSION ? " (update the app to import it)" : ""));
        }
        JsonNode session = root.get("session");
        if (session == null || !session.isObject()) {
            throw refused("\"session\" is " + (session == null ? "missing" : "not an object"));
        }
        JsonNode messages = root.get("messages");
        if (messages == null || !messages.isArray()) {
            throw refused("\"messages\" is " + (messages == null ? "missing" : "not an array"));
        }
        Instant created = time(session, "createdAt", "session", Instant.now());
        List<Entry> entries = entries(messages, created);
        Map<String, Entry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.message().id(), e));
        String leafId = text(session, "leafId", "session", false);
        if (leafId != null && !byId.containsKey(leafId)) {
            throw refused("session.leafId \"" + leafId + "\" names no message in the file");
        }
        return new SessionFile(text(session, "id", "session", false),
                orEmpty(text(session, "title", "session", false)), state(session),
                created, time(session, "updatedAt", "session", created),
                bool(session, "pinned"), text(session, "profileId", "session", false),
                leafId != null ? leafId : newestLeaf(entries), pending(session), entries);
    }

    private static List<Entry> entries(JsonNode messages, Instant defaultTime) throws SessionImport.Refused {
        List<Message> read = new ArrayList<>();
        Map<String, String> parents = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            String at = "messages[" + i + "]";
            JsonNode node = messages.get(i);
            if (!node.isObject()) {
                throw refused(at + " is not an object");
            }
            String id = text(node, "id", at, true);
            if (parents.containsKey(id)) {
                throw refused(at + ".id \"" + id + "\" is used by an earlier message too");
            }
            String roleName = text(node, "role", at, true);
            Role role;
            try {
                role = Role.valueOf(roleName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw refused(at + ".role \"" + roleName + "\" is not user, assistant or system");
            }
            Message message = new Message(id, role, text(node, "content", at, true),
                    time(node, "createdAt", at, defaultTime), metadata(node, at), MessageJson.thinking(thinking(node, at)),
                    MessageJson.stats(stats(node, at)));
            read.add(message);
            parents.put(id, text(node, "parentId", at, false));
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> depths = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            Message m = read.get(i);
            entries.add(new Entry(m, parents.get(m.id()), depth(m.id(), i, parents, depths)));
        }
        // Stable: siblings stay in the file's order, which is the order of their versions.
        entries.sort((a, b) -> Integer.compare(a.depth(), b.depth()));
        return entries;
    }

    /** The message's distance from its first message; refuses a parent that is missing or a loop of parents. */
    private static int depth(String id, int index, Map<String, String> parents, Map<String, Integer> depths)
            throws SessionImport.Refused {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = id;
        while (current != null && !depths.containsKey(current)) {
            if (!seen.add(current)) {
                throw refused("messages[" + index + "] (id \"" + id + "\"): its parents form a loop");
            }
            chain.add(current);
            String parent = parents.get(current);
            if (parent != null && !parents.containsKey(parent)) {
                throw refused("messages[" + index + "] (id \"" + id + "\"): parentId \"" + parent
                        + "\" names no message in the file" + (current.equals(id) ? "" : " (via \"" + current + "\")"));
            }
            current = parent;
        }
        int depth = current == null ? -1 : depths.get(current);
        for (int i = chain.size() - 1; i >= 0; i--) {
            depths.put(chain.get(i), ++depth);
        }
        return depths.get(id);
    }

    /** Without a leafId: the newest reply below the newest first message, as the store picks after a switch. */
    private static String newestLeaf(List<Entry> entries) {
        String leaf = null;
        Map<String, String> newestChild = new HashMap<>();
        for (Entry e : entries) {
            if (e.parentId() == null) {
                leaf = e.message().id();
            } else {
                newestChild.put(e.parentId(), e.message().id());
            }
        }
        while (leaf != null && newestChild.containsKey(leaf)) {
            leaf = newestChild.get(leaf);
        }
        return leaf;
    }

    private static ConversationState state(JsonNode session) throws SessionImport.Refused {
        String name = text(session, "state", "session", false);
        if (name == null) {
            return ConversationState.COMPLETED;
        }
        try {
            return ConversationState.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused("session.state \"" + name + "\" is not one of "
                    + Arrays.toString(ConversationState.values()));
        }
    }

    private static PendingQuestion pending(JsonNode session) throws SessionImport.Refused {
        JsonNode node = session.get("pendingQuestion");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject() || !node.path("question").isTextual()) {
            throw refused("session.pendingQuestion must be an object with a \"question\" text");
        }
        return MessageJson.question(node);
    }

    private static JsonNode thinking(JsonNode message, String at) throws SessionImport.Refused {
        JsonNode node = message.get("thinking");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw refused(at + ".thinking is not an array");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode segment = node.get(i);
            String where = at + ".thinking[" + i + "]";
            if (!segment.isObject() || !segment.path("text").isTextual()) {
                throw refused(where + " must be an object with a \"text\"");
            }
            for (String field : List.of("start", "durationMs")) {
                if (segment.hasNonNull(field) && !segment.get(field).canConvertToLong()) {
                    throw refused(where + "." + field + " is not a number of milliseconds");
                }
            }
        }
        return node;
    }

    private static JsonNode stats(JsonNode message, String at) throws SessionImport.Refused {
        JsonNode node = message.get("stats");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw refused(at + ".stats is not an object");
        }
        for (var field : node.properties()) {
            if (!field.getValue().isNumber() && !field.getValue().isNull()) {
                throw refused(at + ".stats." + field.getKey() + " is not a number");
            }
        }
        return node;
    }

    private static Map<String, String> metadata(JsonNode message, String at) throws SessionImport.Refused {
        JsonNode node = message.get("metadata");
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw refused(at + ".metadata is not an object");
        }
        for (var field : node.properties()) {
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                throw refused(at + ".metadata." + field.getKey() + " is not a text");
            }
        }
        return MessageJson.metadata(node);
    }

    private static String text(JsonNode node, String field, String at, boolean required) throws SessionImport.Refused {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw refused(at + "." + field + " is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw refused(at + "." + field + " is not a text: " + value);
        }
        if (required && field.equals("id") && value.asText().isBlank()) {
            throw refused(at + ".id is empty");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode node, String field) throws SessionImport.Refused {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw refused("session." + field + " is not true or false: " + value);
        }
        return value.asBoolean();
    }

    /** An ISO-8601 instant ("2025-01-02T10:11:12.345Z") or epoch milliseconds. */
    private static Instant time(JsonNode node, String field, String at, Instant absent) throws SessionImport.Refused {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (value.canConvertToLong() && value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw refused(at + "." + field + " is not a time: " + value + " (expected e.g. \"2025-01-02T10:11:12Z\")");
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static SessionImport.Refused refused(String message) {
        return new SessionImport.Refused(message);
    }
}
