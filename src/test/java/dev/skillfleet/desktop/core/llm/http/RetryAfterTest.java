package dev.skillfleet.desktop.core.llm.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-10-21T07:28:00Z");

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("20", NOW)).isEqualTo(Duration.ofSeconds(20));
        assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void readsAnHttpDate() {
        assertThat(RetryAfter.parse("Tue, 21 Oct 2025 07:29:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Tue, 21 Oct 2025 07:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void nonsenseIsIgnoredAndHugeValuesAreCapped() {
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse("", NOW)).isNull();
        assertThat(RetryAfter.parse(null, NOW)).isNull();
        assertThat(RetryAfter.parse("-5", NOW)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void describesRoundingUp() {
        assertThat(RetryAfter.describe(Duration.ofSeconds(20))).isEqualTo("20 s");
        assertThat(RetryAfter.describe(Duration.ofMillis(1500))).isEqualTo("2 s");
        assertThat(RetryAfter.describe(Duration.ofSeconds(150))).isEqualTo("3 min");
        assertThat(RetryAfter.describe(Duration.ofHours(3))).isEqualTo("3 h");
        assertThat(RetryAfter.describe(Duration.ZERO)).isEqualTo("a moment");
    }
}
