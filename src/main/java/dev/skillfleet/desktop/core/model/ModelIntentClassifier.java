package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.IntentRefiner;
import dev.skillfleet.desktop.core.assistant.TurnCancelledException;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.assistant.UserFacingException;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.cache.TieredCache;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.intent.IntentMatch;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies a message the local rules were unsure of with one short model call, before the assistant would ask
 * the user. Any failure — the model unreachable, an answer naming no intent or several — leaves the local match
 * unchanged, so the assistant falls back to asking.
 *
 * <p>The model's pick is given a fixed confidence of {@value #MODEL_CONFIDENCE}: models' own confidence figures are
 * not calibrated, and the pick only has to clear the threshold so the handler runs.
 */
public final class ModelIntentClassifier implements IntentRefiner {

    static final double MODEL_CONFIDENCE = 0.85;
    // A classification needs the opening of a message, not a pasted document.
    private static final int MAX_MESSAGE = 2_000;

    private final ModelCall model;
    private final CachedLibrary library;

    /** A classifier with a cache of its own; {@link ModelEngine} builds one sharing the app's cache. */
    public ModelIntentClassifier(Endpoint endpoint, ModelClient client, SkillLibrary library) {
        this(endpoint, client, library, new TieredCache());
    }

    private ModelIntentClassifier(Endpoint endpoint, ModelClient client, SkillLibrary library, TieredCache cache) {
        this(new ModelCall(client, endpoint, CompletionCache.in(cache)), new CachedLibrary(library, cache));
    }

    ModelIntentClassifier(ModelCall model, CachedLibrary library) {
        // The message's answer comes from the handler, so a replayed classification does not make it "cached".
        this.model = model.forSideQuestions();
        this.library = library;
    }

    @Override
    public IntentMatch refine(TurnRequest request, TurnOutput out) {
        IntentMatch local = request.intent();
        String unsure = String.format(Locale.ROOT, "Intent: unsure locally (%.2f); ", local.confidence());
        String reply;
        try {
            reply = model.collect(Conversations.single(system(), excerpt(request.message())), out);
        } catch (TurnCancelledException stopped) {
            throw stopped;
        } catch (UserFacingException e) {
            out.thinking(unsure + "the model could not classify it: " + e.getMessage() + "\n");
            return local;
        }
        Optional<IntentReply> parsed = IntentReply.parse(reply);
        if (parsed.isEmpty()) {
            out.thinking(unsure + "the model's answer \u201c" + abbreviate(reply) + "\u201d named no single intent\n");
            return local;
        }
        Intent intent = parsed.get().intent();
        out.thinking(unsure + "the model classified it as " + intent.name() + "\n");
        String subject = intent == Intent.CHAT ? "" : parsed.get().subject().orElse(local.subject());
        return new IntentMatch(intent, MODEL_CONFIDENCE, subject, Map.of(intent, MODEL_CONFIDENCE));
    }

    private String system() {
        return """
                Classify the user's message for Skill Fleet Desktop, an app that manages agent skills (folders \
                holding a SKILL.md). Answer with exactly one line, `INTENT | SUBJECT`, and nothing else.
                INTENT is one of:
                CREATE_SKILL: the user wants a new skill written
                QUERY: the user wants to find, list or learn about the skills they have
                REFINE: the user wants an existing skill improved, fixed or changed
                CHAT: anything else (greetings, thanks, general questions)
                SUBJECT is the new skill's topic for CREATE_SKILL, the search words for QUERY, the skill's name for \
                REFINE, and empty for CHAT.
                Examples:
                "Make a skill for Redis caching" -> CREATE_SKILL | Redis caching
                "python skills?" -> QUERY | python
                "the caching skill needs examples" -> REFINE | caching
                "hello there" -> CHAT |
                """ + LibrarySummary.of(library.scan());
    }

    private static String excerpt(String message) {
        String text = message.strip();
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE);
    }

    private static String abbreviate(String reply) {
        String oneLine = reply.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59) + "\u2026";
    }
}
