package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.engine.DraftStore;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.time.Clock;
import java.util.List;

/**
 * The assistant when a model endpoint is configured: the model answers every intent (chat, create, query, refine),
 * always held to the library's facts and the validator, and it classifies the messages the local rules are unsure
 * of before the user is asked. Drafts go where the offline engine puts them.
 */
public final class ModelEngine {

    private ModelEngine() {
    }

    public static List<IntentHandler> handlers(Endpoint endpoint, ModelClient client, SkillLibrary library) {
        return handlers(endpoint, client, library, Clock.systemDefaultZone());
    }

    public static List<IntentHandler> handlers(Endpoint endpoint, ModelClient client, SkillLibrary library,
                                               Clock clock) {
        ModelCall model = new ModelCall(client, endpoint);
        DraftStore drafts = new DraftStore(library.root(), clock);
        return List.of(new ModelCreateSkillHandler(model, library, drafts), new ModelQueryHandler(model, library),
                new ModelRefineHandler(model, library, drafts), new ModelChatHandler(model, library));
    }

    /** The model's handlers behind {@code classifier}, with the model as second opinion on unsure messages. */
    public static StreamingAssistant assistant(Endpoint endpoint, ModelClient client, SkillLibrary library,
                                               IntentClassifier classifier) {
        return new StreamingAssistant(classifier, handlers(endpoint, client, library),
                new ModelIntentClassifier(new ModelCall(client, endpoint), library));
    }
}
