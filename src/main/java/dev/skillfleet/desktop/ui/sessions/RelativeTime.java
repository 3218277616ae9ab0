package dev.skillfleet.desktop.ui.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** When a conversation was last used, as a sidebar says it: "now", "5 min ago", "3 h ago", "yesterday", "Mon", "12 Mar". */
final class RelativeTime {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private RelativeTime() {
    }

    static String of(Instant then, Instant now, ZoneId zone) {
        if (then == null) {
            return "";
        }
        Duration ago = Duration.between(then, now);
        // A time a little ahead (another machine's clock, a test's fixed clock) reads as "now".
        if (ago.toMinutes() < 1) {
            return "now";
        }
        if (ago.toMinutes() < 60) {
            return ago.toMinutes() + " min ago";
        }
        LocalDate day = then.atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (day.equals(today)) {
            return ago.toHours() + " h ago";
        }
        if (day.equals(today.minusDays(1))) {
            return "yesterday";
        }
        if (day.isAfter(today.minusDays(7))) {
            return WEEKDAY.format(day);
        }
        return (day.getYear() == today.getYear() ? DAY : DAY_YEAR).format(day);
    }
}
