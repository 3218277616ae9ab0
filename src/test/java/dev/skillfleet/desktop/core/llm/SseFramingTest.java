package dev.skillfleet.desktop.core.llm;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.skillfleet.desktop.core.llm.Wire.fixture;
import static dev.skillfleet.desktop.core.llm.Wire.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SSE framing (wire-formats.md §1) and UTF-8 decoding across network reads. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SseFramingTest {

    private static final String TEXT = "Café naïve 👍🏽 漢字かな";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final ModelClient client = new ModelClient();
    private final Recorder events = new Recorder();

    private void stream(Provider provider, String path) throws ModelException {
        client.stream(Endpoint.of(provider, server.url(path).toString(), "m"),
                ChatRequest.of(List.of(new ChatMessage("user", "hi"))), events, new CancelToken());
    }

    private static String chunk(String content) {
        return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}\n\n";
    }

    @Test
    void decodesCharactersWhoseBytesArriveInSeparateReads() throws Exception {
        byte[] bytes = (chunk(TEXT) + "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                + "data: [DONE]\n\n").getBytes(StandardCharsets.UTF_8);
        // Cut inside é (2 bytes), inside 👍 (4 bytes, twice), inside the skin tone, and inside 漢 (3 bytes).
        List<Integer> cuts = new ArrayList<>();
        cuts.add(at(bytes, "é", 1));
        cuts.add(at(bytes, "👍", 1));
        cuts.add(at(bytes, "👍", 3));
        cuts.add(at(bytes, "🏽", 2));
        cuts.add(at(bytes, "漢", 2));
        server.enqueue(sse(Wire.pieces(split(bytes, cuts))));

        stream(Provider.OPENAI, "/v1");

        assertThat(events.content()).isEqualTo(TEXT);
    }

    @Test
    void decodesABodySentOneByteAChunk() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
                .chunkedBody(chunk(TEXT) + "data: [DONE]\n\n", 1).build());

        stream(Provider.OPENAI, "/v1");

        assertThat(events.content()).isEqualTo(TEXT);
    }

    @Test
    void decodesSkillFleetEventsSplitInsideCharacters() throws Exception {
        byte[] bytes = ("event: response\ndata: {\"type\": \"response\", \"content\": \"" + TEXT + "\"}\n\n"
                + "event: complete\ndata: \n\n").getBytes(StandardCharsets.UTF_8);
        server.enqueue(sse(Wire.pieces(split(bytes, List.of(at(bytes, "ï", 1), at(bytes, "か", 1))))));

        stream(Provider.SKILLFLEET, "/");

        assertThat(events.content()).isEqualTo(TEXT);
    }

    @Test
    void acceptsCrlfSeparators() throws Exception {
        server.enqueue(sse(fixture("openai-basic.sse").replace("\n", "\r\n")));

        stream(Provider.OPENAI, "/v1");

        assertThat(events.content()).isEqualTo("Hello, world!");
        assertThat(events.finishReasons()).containsExactly("stop");
    }

    @Test
    void joinsSeveralDataLinesWithNewlines() {
        server.enqueue(sse("""
                event: error
                data: Traceback: first line
                data: second line

                """));

        assertThatThrownBy(() -> stream(Provider.SKILLFLEET, "/"))
                .hasMessage("Traceback: first line\nsecond line");
    }

    @Test
    void readsJsonSpreadOverSeveralDataLines() throws Exception {
        server.enqueue(sse("""
                data: {"choices":[{"index":0,
                data:  "delta":{"content":"split"},"finish_reason":"stop"}]}

                data: [DONE]

                """));

        stream(Provider.OPENAI, "/v1");

        assertThat(events.content()).isEqualTo("split");
    }

    @Test
    void acceptsDataWithoutTheSpaceAfterTheColon() throws Exception {
        server.enqueue(sse("""
                data:{"choices":[{"index":0,"delta":{"content":" lead"},"finish_reason":"stop"}]}

                data:[DONE]

                """));

        stream(Provider.OPENAI, "/v1");

        assertThat(events.content()).as("only the single optional space is stripped").isEqualTo(" lead");
    }

    @Test
    void ignoresCommentsEvenWhenTheyLookLikeJson() throws Exception {
        server.enqueue(sse("""
                : {"error":{"message":"not really"}}

                data: {"choices":[{"index":0,"delta":{"content":"fine"},"finish_reason":"stop"}]}

                : OPENROUTER PROCESSING

                data: [DONE]

                """));

        stream(Provider.OPENAI, "/v1");

        assertThat(events.content()).isEqualTo("fine");
    }

    /** The index of byte {@code offset} inside the first occurrence of {@code character}. */
    private static int at(byte[] bytes, String character, int offset) {
        return OllamaStreamTest.indexOf(bytes, character.getBytes(StandardCharsets.UTF_8)) + offset;
    }

    private static List<byte[]> split(byte[] bytes, List<Integer> cuts) {
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts.stream().sorted().toList()) {
            parts.add(Arrays.copyOfRange(bytes, from, cut));
            from = cut;
        }
        parts.add(Arrays.copyOfRange(bytes, from, bytes.length));
        return parts;
    }
}
