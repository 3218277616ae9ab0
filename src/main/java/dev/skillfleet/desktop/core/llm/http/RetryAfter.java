package dev.skillfleet.desktop.core.llm.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The {@code Retry-After} header (RFC 9110 §10.2.3): delay-seconds or an HTTP date. */
public final class RetryAfter {

    /** Beyond this a figure is a server bug, not advice. */
    private static final long MAX_SECONDS = Duration.ofDays(1).toSeconds();

    private RetryAfter() {
    }

    /** The wait the header asks for, or null when there is none or it cannot be read; never negative. */
    public static Duration parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Math.min(Long.parseLong(value), MAX_SECONDS));
            } catch (NumberFormatException tooLong) {
                return Duration.ofSeconds(MAX_SECONDS);
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code 20 s}, {@code 3 min}, {@code 2 h}: rounded up, so the user never retries too early. */
    public static String describe(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        if (seconds <= 0) {
            return "a moment";
        }
        if (seconds < 120) {
            return seconds + " s";
        }
        long minutes = (seconds + 59) / 60;
        return minutes < 120 ? minutes + " min" : (minutes + 59) / 60 + " h";
    }
}
