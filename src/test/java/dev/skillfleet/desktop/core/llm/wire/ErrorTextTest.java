package dev.skillfleet.desktop.core.llm.wire;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTextTest {

    @Test
    void readsEveryServersShape() {
        assertThat(ErrorText.fromBody("{\"error\":{\"message\":\"m1\",\"type\":\"t\",\"code\":\"c\"}}")).isEqualTo("m1");
        assertThat(ErrorText.fromBody("{\"error\":{\"type\":\"unavailable_error\"}}")).isEqualTo("unavailable_error");
        assertThat(ErrorText.fromBody("{\"error\":{\"code\":503}}")).isEqualTo("503");
        assertThat(ErrorText.fromBody("{\"error\":\"m2\"}")).isEqualTo("m2");
        assertThat(ErrorText.fromBody("{\"message\":\"m3\"}")).isEqualTo("m3");
        assertThat(ErrorText.fromBody("{\"type\":\"error\",\"data\":{\"message\":\"m4\"}}")).isEqualTo("m4");
        assertThat(ErrorText.fromBody("{\"detail\":\"m5\"}")).isEqualTo("m5");
        assertThat(ErrorText.fromBody("{\"detail\":[{\"loc\":[\"body\",\"model\"],\"msg\":\"Field required\"}]}"))
                .isEqualTo("body.model: Field required");
        assertThat(ErrorText.fromBody("{\"error\":\"Bad\",\"request_id\":\"r1\",\"details\":\"too long\"}"))
                .isEqualTo("Bad (too long) [request r1]");
    }

    @Test
    void plainTextCountsButMarkupAndEmptinessDoNot() {
        assertThat(ErrorText.fromBody("  upstream\n timed out ")).isEqualTo("upstream timed out");
        assertThat(ErrorText.fromBody("<html><body>Bad gateway</body></html>")).isNull();
        assertThat(ErrorText.fromBody("")).isNull();
        assertThat(ErrorText.fromBody("{}")).isNull();
        assertThat(ErrorText.fromBody("{\"error\":null}")).isNull();
    }

    @Test
    void longWordsAreClipped() {
        assertThat(ErrorText.fromBody("{\"error\":\"" + "x".repeat(2000) + "\"}")).hasSize(500).endsWith("…");
    }

    @Test
    void onlyClearErrorsInPlainStreamTextAreErrors() {
        assertThat(ErrorText.looksLikeError("Error: model not found")).isTrue();
        assertThat(ErrorText.looksLikeError("  error loading model")).isTrue();
        assertThat(ErrorText.looksLikeError("Internal Server Error")).isTrue();
        assertThat(ErrorText.looksLikeError("ping")).isFalse();
        assertThat(ErrorText.looksLikeError("The errors are fine")).isFalse();
    }
}
