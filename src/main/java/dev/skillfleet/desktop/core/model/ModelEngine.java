package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.cache.TieredCache;
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
 *
 * <p>The library is read through a {@link CachedLibrary}; identical model requests are answered from the cache
 * unless the profile turned that off ({@code cacheCompletions}). The overloads without a cache make one of their
 * own, with completion caching on.
 */
public final class ModelEngine {

    private ModelEngine() {
    }

    public static List<IntentHandler> handlers(Endpoint endpoint, ModelClient client, SkillLibrary library) {
        return handlers(endpoint, client, library, Clock.systemDefaultZone());
    }

    public static List<IntentHandler> handlers(Endpoint endpoint, ModelClient client, SkillLibrary library,
                                               Clock clock) {
        TieredCache cache = new TieredCache();
        return handlers(endpoint, client, new CachedLibrary(library, cache), clock, cache, true);
    }

    /**
     * @param clock            dates the drafts' folders
     * @param cache            where identical requests' answers are kept
     * @param cacheCompletions the profile's switch: false sends every request to the model
     */
    public static List<IntentHandler> handlers(Endpoint endpoint, ModelClient client, CachedLibrary library,
                                               Clock clock, TieredCache cache, boolean cacheCompletions) {
        ModelCall model = new ModelCall(client, endpoint, CompletionCache.of(cache, cacheCompletions));
        DraftStore drafts = new DraftStore(library.root(), clock);
        return List.of(new ModelCreateSkillHandler(model, library, drafts), new ModelQueryHandler(model, library),
                new ModelRefineHandler(model, library, drafts), new ModelChatHandler(model, library));
    }

    /** The model's handlers behind {@code classifier}, with the model as second opinion on unsure messages. */
    public static StreamingAssistant assistant(Endpoint endpoint, ModelClient client, SkillLibrary library,
                                               IntentClassifier classifier) {
        TieredCache cache = new TieredCache();
        return assistant(endpoint, client, new CachedLibrary(library, cache), classifier, cache, true);
    }

    /** As {@link #assistant(Endpoint, ModelClient, SkillLibrary, IntentClassifier)}, sharing {@code cache}. */
    public static StreamingAssistant assistant(Endpoint endpoint, ModelClient client, CachedLibrary library,
                                               IntentClassifier classifier, TieredCache cache,
                                               boolean cacheCompletions) {
        ModelCall model = new ModelCall(client, endpoint, CompletionCache.of(cache, cacheCompletions));
        return new StreamingAssistant(classifier,
                handlers(endpoint, client, library, Clock.systemDefaultZone(), cache, cacheCompletions),
                new ModelIntentClassifier(model, library));
    }
}
