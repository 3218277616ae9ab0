package dev.skillfleet.desktop.testing;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Time moved by hand: actions run when {@link #elapse} passes their moment, in order, on the caller's thread. */
public final class ManualDelay implements FxDelay {

    private record Due(Duration at, long order, Runnable action) {
    }

    private final List<Due> pending = new ArrayList<>();
    private Duration now = Duration.ZERO;
    private long order;

    @Override
    public void after(Duration delay, Runnable action) {
        pending.add(new Due(now.plus(delay), order++, action));
    }

    public void elapse(Duration time) {
        Duration until = now.plus(time);
        while (true) {
            Due next = pending.stream().filter(d -> d.at().compareTo(until) <= 0)
                    .min(Comparator.comparing(Due::at).thenComparingLong(Due::order)).orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            now = next.at();
            next.action().run();
        }
        now = until;
    }

    public void elapseMillis(long millis) {
        elapse(Duration.ofMillis(millis));
    }
}
