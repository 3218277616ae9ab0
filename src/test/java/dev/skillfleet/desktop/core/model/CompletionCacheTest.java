package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.cache.CacheTier;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.cache.TieredCache;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.llm.ChatMessage;
import dev.skillfleet.desktop.core.llm.ChatRequest;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.llm.Provider;
import dev.skillfleet.desktop.core.llm.ReasoningTags;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identical model requests answered from the cache, against a real server on loopback: the server's request count
 * says whether the model was asked.
 */
class CompletionCacheTest {

    private static final String KEY = "sk-test-do-not-show-0123456789";
    private static final String QUESTION = "Do I have anything about testing?";
    private static final String SUMMARY = "You have **webapp-testing**: it tests local web apps with Playwright.";

    @TempDir
    Path temp;
    private final TieredCache cache = new TieredCache();
    private ModelFixture model;

    /** The model engine sharing {@link #cache}, over the loopback endpoint with an API key set. */
    private ModelFixture start(boolean cacheCompletions) {
        model = new ModelFixture(temp, (endpoint, root) -> assistant(endpoint.withApiKey(KEY), root,
                cacheCompletions));
        return model;
    }

    private StreamingAssistant assistant(Endpoint endpoint, Path root, boolean cacheCompletions) {
        return ModelEngine.assistant(endpoint, new ModelClient(), new CachedLibrary(new SkillLibrary(root), cache),
                new IntentClassifier(), cache, cacheCompletions);
    }

    @AfterEach
    void stop() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void anIdenticalRequestIsAnsweredFromTheCacheAndMarkedCached() {
        start(true).answer("The user asks about testing skills.", SUMMARY);

        TurnResult first = model.send(QUESTION);
        String firstThinking = model.thinking();
        TurnResult second = model.send(QUESTION);

        assertThat(model.server.getRequestCount()).as("one request in total").isEqualTo(1);
        assertThat(second.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(model.answer()).isEqualTo(SUMMARY);
        assertThat(model.thinking()).isEqualTo(firstThinking).contains("The user asks about testing skills.");
        assertThat(second.message().content()).isEqualTo(first.message().content()).isEqualTo(SUMMARY);
        assertThat(second.message().thinkingText()).isEqualTo(first.message().thinkingText());
        assertThat(first.message().metadata()).doesNotContainKey(Message.CACHED);
        assertThat(second.message().metadata()).containsEntry(Message.CACHED, "true");
        assertThat(cache.stats().get(CacheTier.DEFAULT).hits()).isEqualTo(1);
    }

    @Test
    void aChatInANewConversationWithTheSameWordsIsIdenticalToo() {
        start(true).answer("Hello! I can create, find and refine skills.");

        model.send("Hello");
        TurnResult again = model.send(ConversationSession.create("tester"), "Hello");

        assertThat(model.server.getRequestCount()).isEqualTo(1);
        assertThat(again.message().content()).isEqualTo("Hello! I can create, find and refine skills.");
        assertThat(again.message().metadata()).containsEntry(Message.CACHED, "true");
    }

    @Test
    void theSameWordsLaterInAConversationAreNotIdentical() {
        start(true).answer("Hello!").answer("Hello again!");

        model.send("Hello");
        TurnResult second = model.send("Hello");

        assertThat(model.server.getRequestCount()).as("the history differs").isEqualTo(2);
        assertThat(second.message().content()).isEqualTo("Hello again!");
        assertThat(second.message().metadata()).doesNotContainKey(Message.CACHED);
    }

    @Test
    void aDifferentMessageMisses() {
        start(true).answer(SUMMARY).answer("You have **brand-guidelines**.");

        model.send(QUESTION);
        TurnResult other = model.send("Do I have anything about brands?");

        assertThat(model.server.getRequestCount()).isEqualTo(2);
        assertThat(other.message().content()).isEqualTo("You have **brand-guidelines**.");
        assertThat(other.message().metadata()).doesNotContainKey(Message.CACHED);
    }

    @Test
    void aDifferentModelMisses() {
        start(true).answer(SUMMARY).answer("Another model's summary.");

        model.send(QUESTION);
        Endpoint other = Endpoint.of(Provider.OPENAI, model.endpoint.baseUrl().toString(), "other-model");
        model.use(assistant(other, model.root, true));
        TurnResult second = model.send(QUESTION);

        assertThat(model.server.getRequestCount()).isEqualTo(2);
        assertThat(second.message().content()).isEqualTo("Another model's summary.");
    }

    @Test
    void withCachingOffEveryRequestGoesToTheModel() {
        start(false).answer(SUMMARY).answer(SUMMARY);

        model.send(QUESTION);
        TurnResult second = model.send(QUESTION);

        assertThat(model.server.getRequestCount()).isEqualTo(2);
        assertThat(second.message().metadata()).doesNotContainKey(Message.CACHED);
        assertThat(cache.stats().get(CacheTier.DEFAULT).requests()).isZero();
    }

    @Test
    void aFailedRequestIsNotCached() {
        start(true).error(500, "the model crashed").answer(SUMMARY);

        TurnResult failed = model.send(QUESTION);
        TurnResult retried = model.send(QUESTION);

        assertThat(failed.state()).isEqualTo(ConversationState.ERROR);
        assertThat(retried.message().content()).isEqualTo(SUMMARY);
        assertThat(retried.message().metadata()).doesNotContainKey(Message.CACHED);
        assertThat(model.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aStreamThatBreaksOffIsNotCached() {
        start(true);
        // Content arrives, then the connection ends without a finish reason or [DONE].
        model.server.enqueue(sse(chunk("{\"content\":\"You have **webapp\"}", null)));
        model.answer(SUMMARY);

        TurnResult broken = model.send(QUESTION);
        TurnResult retried = model.send(QUESTION);

        assertThat(broken.state()).isEqualTo(ConversationState.ERROR);
        assertThat(broken.message().content()).as("what arrived is kept").contains("webapp");
        assertThat(retried.message().content()).isEqualTo(SUMMARY);
        assertThat(model.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anAnswerCutOffAtTheLengthLimitIsNotCached() {
        start(true);
        model.server.enqueue(sse(chunk("{\"content\":\"You have **webapp\"}", null) + chunk("{}", "length")
                + "data: [DONE]\n\n"));
        model.answer(SUMMARY);

        model.send(QUESTION);
        TurnResult second = model.send(QUESTION);

        assertThat(model.server.getRequestCount()).isEqualTo(2);
        assertThat(second.message().content()).isEqualTo(SUMMARY);
    }

    @Test
    void theApiKeyIsSentButNeverPartOfAKeyOrTheStats() throws Exception {
        start(true).answer(SUMMARY);

        model.send(QUESTION);
        model.send(QUESTION);

        RecordedRequest request = model.server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        Endpoint withKey = model.endpoint.withApiKey(KEY);
        ChatRequest sent = ChatRequest.of(List.of(new ChatMessage("system", "secret instructions"),
                new ChatMessage("user", QUESTION)));
        var key = CompletionCache.key(withKey, sent);
        assertThat(key.toString()).doesNotContain(KEY).doesNotContain(QUESTION).doesNotContain("secret instructions");
        assertThat(key).as("the key does not depend on the API key")
                .isEqualTo(CompletionCache.key(model.endpoint.withApiKey("sk-another"), sent));
        assertThat(cache.stats().toString()).doesNotContain(KEY);
    }

    @Test
    void theReasoningTagSettingIsPartOfTheKey() {
        ChatRequest request = ChatRequest.of(List.of(new ChatMessage("user", "hi")));
        Endpoint endpoint = Endpoint.of(Provider.OPENAI, "http://localhost:1/v1", "m");

        assertThat(CompletionCache.key(endpoint, request))
                .isNotEqualTo(CompletionCache.key(endpoint.withReasoningTags(ReasoningTags.OFF), request))
                .isNotEqualTo(CompletionCache.key(Endpoint.of(Provider.OLLAMA, "http://localhost:1/v1", "m"), request))
                .isEqualTo(CompletionCache.key(endpoint, ChatRequest.of(List.of(new ChatMessage("user", "hi")))));
    }

    @Test
    void aReplayedSideQuestionDoesNotMarkTheMessageButAReplayedAnswerDoes() throws Exception {
        start(true).answer("QUERY | testing");
        ModelCall answers = new ModelCall(new ModelClient(), model.endpoint, CompletionCache.in(cache));
        ModelCall classifies = answers.forSideQuestions();
        ChatRequest request = ChatRequest.of(List.of(new ChatMessage("user", "testing stuff")));

        Output first = new Output();
        assertThat(classifies.collect(request, first)).isEqualTo("QUERY | testing");
        Output side = new Output();
        assertThat(classifies.collect(request, side)).isEqualTo("QUERY | testing");
        Output main = new Output();
        assertThat(answers.collect(request, main)).isEqualTo("QUERY | testing");

        assertThat(model.server.getRequestCount()).isEqualTo(1);
        assertThat(first.cached).isFalse();
        assertThat(side.cached).as("a side question's replay").isFalse();
        assertThat(main.cached).isTrue();
    }

    /** A turn output that only notes whether the answer was marked cached. */
    private static final class Output implements TurnOutput {
        boolean cached;

        @Override
        public void thinking(String text) {
        }

        @Override
        public void response(String text) {
        }

        @Override
        public void ask(PendingQuestion continuation) {
        }

        @Override
        public void draft(DraftCard card) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void onCancel(Runnable action) {
        }

        @Override
        public void usage(Integer promptTokens, Integer completionTokens, Double tokensPerSecond) {
        }

        @Override
        public void markCached() {
            cached = true;
        }
    }

    private static MockResponse sse(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build();
    }

    private static String chunk(String deltaJson, String finish) {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":"
                + deltaJson + ",\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"")
                + "}],\"usage\":null}\n\n";
    }
}
