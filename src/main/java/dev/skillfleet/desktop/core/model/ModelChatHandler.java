package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.intent.Intent;

import java.util.Locale;

/** CHAT with a model: the conversation goes to the model within the design's limits, with the library as context. */
final class ModelChatHandler implements IntentHandler {

    private final ModelCall model;
    private final CachedLibrary library;

    ModelChatHandler(ModelCall model, CachedLibrary library) {
        this.model = model;
        this.library = library;
    }

    @Override
    public boolean canHandle(TurnRequest request) {
        return request.intent().intent() == Intent.CHAT;
    }

    @Override
    public void handle(TurnRequest request, TurnOutput out) throws Exception {
        out.thinking(String.format(Locale.ROOT, "Intent: chat (%.2f), asking %s\n", request.intent().confidence(),
                model.modelName()));
        String system = """
                You are the assistant inside Skill Fleet Desktop, an app for creating, browsing and refining agent \
                skills: folders holding a SKILL.md (YAML frontmatter with name and description, then Markdown \
                instructions), as used by Claude and other agents. Answer concisely in Markdown.
                """ + LibrarySummary.of(library.scan());
        model.streamToUser(Conversations.request(system, request.session()), out);
    }
}
