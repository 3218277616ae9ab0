package dev.skillfleet.desktop.core.llm.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.skillfleet.desktop.core.llm.ChatMessage;

import java.util.List;

/** Pieces of requests and results that several dialects share. */
public final class Messages {

    private Messages() {
    }

    /** {@code [{"role","content"}]}: the shape both OpenAI and Ollama take. */
    public static ArrayNode toJson(List<ChatMessage> messages) {
        ArrayNode array = Json.object().arrayNode();
        for (ChatMessage message : messages) {
            array.addObject().put("role", message.role()).put("content", message.content());
        }
        return array;
    }

    /** The connection test's line for a server that lists models: {@code Connected: 3 models}. */
    public static String connected(List<String> models, String configuredModel) {
        if (models.isEmpty()) {
            return "Connected: the server lists no models (you can still type a model name).";
        }
        String count = "Connected: " + models.size() + (models.size() == 1 ? " model" : " models");
        // Servers do not always list every model they serve, so this is a remark, never a failure.
        // Ollama lists "llama3.2:latest" for a model asked for as "llama3.2".
        boolean unlisted = !configuredModel.isBlank() && !models.contains(configuredModel)
                && !models.contains(configuredModel + ":latest");
        return unlisted ? count + " (\"" + configuredModel + "\" is not among them)" : count;
    }
}
