package dev.skillfleet.desktop.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.llm.Provider;
import dev.skillfleet.desktop.core.refine.Hunk;
import dev.skillfleet.desktop.core.refine.RefineAction;
import dev.skillfleet.desktop.core.refine.RefineException;
import dev.skillfleet.desktop.core.refine.RefineProgress;
import dev.skillfleet.desktop.core.refine.RefineRequest;
import dev.skillfleet.desktop.core.refine.Refinement;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.testing.OpenAiStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The editor's model refine against a real HTTP server on loopback that streams OpenAI-style answers: the proposal
 * it makes, the repair round, an unchanged answer, failures and Stop.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ModelSkillRefinerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SKILL = """
            ---
            name: pdf-tools
            description: Extracts text and tables from PDF files, and much more besides, in many ways. \
            Use when the user asks to read or split PDFs.
            license: Apache-2.0
            ---
            # PDF tools

            Works on any PDF.

            ## When to Use

            - reading PDFs
            """;

    private static final String REVISED = SKILL.replace(", and much more besides, in many ways", "");

    private final MockWebServer server = new MockWebServer();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private ModelSkillRefiner refiner;

    @BeforeEach
    void start() throws IOException {
        server.start();
        ((QueueDispatcher) server.getDispatcher()).setFailFast(true); // an unscripted call fails at once
        refiner = new ModelSkillRefiner(Endpoint.of(Provider.OPENAI, server.url("/v1").toString(), "test-model"),
                new ModelClient());
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
        server.close();
    }

    /** Streams {@code content} in token-sized deltas, after {@code reasoning} when there is some. */
    private void answer(String reasoning, String content) {
        StringBuilder body = new StringBuilder();
        if (!reasoning.isEmpty()) {
            body.append(OpenAiStream.reasoning(reasoning));
        }
        OpenAiStream.tokens(content).forEach(token -> body.append(OpenAiStream.content(token)));
        body.append(OpenAiStream.end(200));
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body(body.toString()).build());
    }

    private JsonNode nextRequestMessages() throws Exception {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return JSON.readTree(request.getBody().utf8()).get("messages");
    }

    private static String content(JsonNode messages, int index) {
        return messages.get(index < 0 ? messages.size() + index : index).get("content").asText();
    }

    @Test
    void aRevisionBecomesHunksWithReasonsAndItsValidation() throws Exception {
        answer("Reading the skill.\nThe description repeats itself", REVISED);
        Steps steps = new Steps();

        Refinement result = refiner.refine(RefineRequest.quick(SKILL, "pdf-tools", RefineAction.TIGHTEN_DESCRIPTION),
                steps);

        assertThat(result.engine()).isEqualTo("test-model").isEqualTo(refiner.engineName());
        assertThat(result.proposal().proposed()).isEqualTo(REVISED);
        assertThat(result.proposal().hunks()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Hunk.Kind.CHANGE);
            assertThat(h.original().firstLine()).isEqualTo(3);
        });
        assertThat(result.proposal().reasons()).containsExactly(
                "test-model revised the skill: 1 line added, 1 line removed.", "Validated: 0 errors, 0 warnings.");
        assertThat(result.newFolderName()).isEmpty();
        assertThat(result.after().valid()).isTrue();
        assertThat(result.after()).isEqualTo(new SkillValidator().validateText("pdf-tools", REVISED));
        assertThat(result.notes()).isEmpty();
        assertThat(steps.lines).contains("Checked pdf-tools: 0 errors, 0 warnings",
                "Asking test-model to revise pdf-tools", "Reading the skill.", "The description repeats itself");

        JsonNode messages = nextRequestMessages();
        assertThat(content(messages, 0)).contains("Keep the name `pdf-tools`");
        assertThat(content(messages, -1)).contains(RefineAction.TIGHTEN_DESCRIPTION.instruction())
                .contains("Validator findings").contains("- none").contains("folder `pdf-tools`")
                .contains(SKILL.strip());
    }

    @Test
    void anInvalidAnswerGetsOneRepairRound() throws Exception {
        answer("", REVISED.replace("description: Extracts", "summary: Extracts"));
        answer("", REVISED);

        Refinement result = refiner.refine(RefineRequest.instruction(SKILL, "pdf-tools", "make the description "
                + "shorter"), RefineProgress.silent());

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(result.proposal().proposed()).isEqualTo(REVISED);
        assertThat(result.proposal().reasons()).contains("Validated: 0 errors, 0 warnings (after one repair round).");
        assertThat(result.after().valid()).isTrue();
        assertThat(content(nextRequestMessages(), -1)).contains("make the description shorter");
        JsonNode repair = nextRequestMessages();
        assertThat(content(repair, -1)).contains("The validator rejected").contains("description");
        assertThat(content(repair, -2)).contains("summary: Extracts");
    }

    @Test
    void aRevisionStillInvalidAfterTheRepairIsProposedWithItsErrorsAsNotes() throws Exception {
        String invalid = REVISED.replace("license: Apache-2.0", "license: Apache-2.0\nversion: 2");
        answer("", invalid);
        answer("", invalid);

        Refinement result = refiner.refine(RefineRequest.instruction(SKILL, "pdf-tools", "add a version"),
                RefineProgress.silent());

        assertThat(result.isEmpty()).isFalse();
        assertThat(result.proposal().proposed()).isEqualTo(invalid);
        assertThat(result.after().valid()).isFalse();
        assertThat(result.proposal().reasons()).contains("Validated: 1 error remains after one repair round.");
        assertThat(result.notes()).singleElement().asString().contains("version").endsWith("(line 5)");
    }

    @Test
    void aNewNameProposesTheFolderItNeeds() throws Exception {
        answer("", REVISED.replace("name: pdf-tools", "name: pdf-toolkit"));

        Refinement result = refiner.refine(RefineRequest.instruction(SKILL, "pdf-tools", "rename it to pdf-toolkit"),
                RefineProgress.silent());

        assertThat(result.newFolderName()).contains("pdf-toolkit");
        assertThat(result.after().valid()).as("validated in the renamed folder").isTrue();
        assertThat(result.proposal().reasons())
                .anySatisfy(r -> assertThat(r).contains("\"pdf-tools\" must be renamed to \"pdf-toolkit\""));
    }

    @Test
    void crlfAndAByteOrderMarkStayWhenTheModelAnswersInPlainLf() throws Exception {
        String original = "\uFEFF" + SKILL.replace("\n", "\r\n");
        answer("", REVISED);

        Refinement result = refiner.refine(RefineRequest.quick(original, "pdf-tools", RefineAction.SHORTEN),
                RefineProgress.silent());

        assertThat(result.proposal().hunks()).singleElement()
                .satisfies(h -> assertThat(h.original().firstLine()).isEqualTo(3));
        assertThat(result.proposal().proposed()).isEqualTo("\uFEFF" + REVISED.replace("\n", "\r\n"));
        assertThat(content(nextRequestMessages(), -1)).doesNotContain("\uFEFF");
    }

    @Test
    void anUnchangedAnswerProposesNothingAndSaysSo() throws Exception {
        answer("", SKILL);

        Refinement result = refiner.refine(RefineRequest.quick(SKILL, "pdf-tools", RefineAction.ADD_EXAMPLES),
                RefineProgress.silent());

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.notes()).singleElement().asString().startsWith("test-model returned the skill unchanged");
        assertThat(result.after()).isEqualTo(result.before());
    }

    @Test
    void aServerErrorIsARefineExceptionWithTheServersWords() {
        server.enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"The model is overloaded, try again later\","
                        + "\"type\":\"server_error\"}}")
                .build());

        RefineException e = catchThrowableOfType(RefineException.class, () -> refiner.refine(
                RefineRequest.quick(SKILL, "pdf-tools", RefineAction.SHORTEN), RefineProgress.silent()));

        assertThat(e.cancelled()).isFalse();
        assertThat(e.getMessage()).contains("The model is overloaded, try again later");
    }

    @Test
    void aFileTooLargeForTheModelIsRefusedWithoutAsking() {
        String huge = SKILL + "Filler line that goes on.\n".repeat(5_000);

        RefineException e = catchThrowableOfType(RefineException.class, () -> refiner.refine(
                RefineRequest.quick(huge, "pdf-tools", RefineAction.SHORTEN), RefineProgress.silent()));

        assertThat(e.getMessage()).contains("too large").contains("references/");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void stopDuringTheStreamCancelsTheCallAndProposesNothing() throws Exception {
        CountDownLatch clientGone = new CountDownLatch(1);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body(trickle(OpenAiStream.reasoning("Thinking about the description.\n"), clientGone)).build());
        Steps steps = new Steps();
        Future<Refinement> running = worker.submit(() -> refiner.refine(
                RefineRequest.quick(SKILL, "pdf-tools", RefineAction.TIGHTEN_DESCRIPTION), steps));
        assertThat(steps.thinking.await(10, TimeUnit.SECONDS)).as("the reasoning arrived").isTrue();

        steps.cancel();

        ExecutionException e = catchThrowableOfType(ExecutionException.class,
                () -> running.get(10, TimeUnit.SECONDS));
        assertThat(e.getCause()).isInstanceOf(RefineException.class);
        assertThat(((RefineException) e.getCause()).cancelled()).isTrue();
        assertThat(clientGone.await(10, TimeUnit.SECONDS)).as("the server sees the connection go").isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefineStoppedBeforeItStartsSendsNothing() {
        Steps steps = new Steps();
        steps.cancel();

        RefineException e = catchThrowableOfType(RefineException.class, () -> refiner.refine(
                RefineRequest.quick(SKILL, "pdf-tools", RefineAction.SHORTEN), steps));

        assertThat(e.cancelled()).isTrue();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aFileWhoseYamlDoesNotParseIsSentAsItIsForTheModelToRepair() throws Exception {
        String broken = SKILL.replace("description: Extracts text", "description: Extracts: text");
        answer("", REVISED);

        Refinement result = refiner.refine(RefineRequest.quick(broken, "pdf-tools", RefineAction.FIX_PROBLEMS),
                RefineProgress.silent());

        assertThat(result.before().valid()).isFalse();
        assertThat(result.after().valid()).isTrue();
        JsonNode messages = nextRequestMessages();
        assertThat(content(messages, 0)).contains("Keep the name `pdf-tools`");
        assertThat(content(messages, -1)).contains("description: Extracts: text").contains("ERROR");
    }

    /** One event, then SSE comments every 50 ms until the client hangs up (at most a minute). */
    private static MockResponseBody trickle(String head, CountDownLatch clientGone) {
        return new MockResponseBody() {
            @Override
            public long getContentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                try {
                    sink.writeUtf8(head);
                    sink.flush();
                    while (System.nanoTime() < end) {
                        Thread.sleep(50);
                        sink.writeUtf8(": still thinking\n\n");
                        sink.flush();
                    }
                } catch (IOException e) {
                    clientGone.countDown();
                    throw e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** The progress a UI would give: records the steps, and Stop runs what the refiner registered. */
    private static final class Steps implements RefineProgress {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final CountDownLatch thinking = new CountDownLatch(1);
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();

        @Override
        public void step(String line) {
            lines.add(line);
            if (line.startsWith("Thinking")) {
                thinking.countDown();
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }

        @Override
        public void onCancel(Runnable action) {
            onCancel.add(action);
            if (cancelled.get() && onCancel.remove(action)) {
                action.run();
            }
        }

        void cancel() {
            cancelled.set(true);
            for (Runnable action : onCancel) {
                if (onCancel.remove(action)) {
                    action.run();
                }
            }
        }
    }
}
