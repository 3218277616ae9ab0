package dev.skillfleet.desktop.ui.chat;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them: "3.2 s", "1 min 5 s". */
final class Durations {

    private Durations() {
    }

    static String format(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = (long) seconds;
        return whole / 60 + " min " + whole % 60 + " s";
    }
}
