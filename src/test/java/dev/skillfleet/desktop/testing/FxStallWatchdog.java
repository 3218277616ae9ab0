package dev.skillfleet.desktop.testing;

import javafx.application.Platform;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Measures how long the FX thread is unavailable: a background platform thread posts a task every 2 ms and records
 * how long it waited to run. The worst wait is the longest freeze a user would feel (a frame is 16.7 ms).
 */
public final class FxStallWatchdog {

    /**
     * One wait longer than the report threshold: when it started (ms after the watchdog), how long it was, and how
     * much of it the FX thread spent on a CPU (much less than the wait: it was waiting for a core or for the renderer).
     */
    public record Stall(double atMillis, double millis, double fxCpuMillis) {
    }

    private static final long REPORT_NANOS = 20_000_000;

    private final long started = System.nanoTime();
    private final long startedWall = System.currentTimeMillis();
    private final List<Stall> stalls = new ArrayList<>();
    private final Thread pinger;
    private volatile boolean running = true;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile long fxThreadId = -1;
    private long worstNanos;
    private long samples;

    private FxStallWatchdog() {
        pinger = Thread.ofPlatform().daemon().name("fx-stall-watchdog").start(this::ping);
    }

    public static FxStallWatchdog start() {
        return new FxStallWatchdog();
    }

    private void ping() {
        while (running) {
            long posted = System.nanoTime();
            long cpuBefore = fxCpuNanos();
            CountDownLatch ran = new CountDownLatch(1);
            long[] at = new long[2];
            Platform.runLater(() -> {
                at[0] = System.nanoTime();
                fxThreadId = Thread.currentThread().threadId();
                at[1] = fxCpuNanos();
                ran.countDown();
            });
            try {
                // A wait this long is already a failure; do not hang the test on a dead toolkit.
                if (!ran.await(30, TimeUnit.SECONDS)) {
                    record(posted, 30_000_000_000L, 0);
                    return;
                }
                record(posted, at[0] - posted, cpuBefore < 0 ? 0 : at[1] - cpuBefore);
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long fxCpuNanos() {
        long id = fxThreadId;
        return id < 0 ? -1 : threads.getThreadCpuTime(id);
    }

    private synchronized void record(long posted, long waited, long fxCpu) {
        samples++;
        worstNanos = Math.max(worstNanos, waited);
        if (waited >= REPORT_NANOS) {
            stalls.add(new Stall((posted - started) / 1e6, waited / 1e6, fxCpu / 1e6));
        }
    }

    public synchronized double worstMillis() {
        return worstNanos / 1e6;
    }

    /**
     * The longest time the FX thread itself was busy within one wait: its CPU time then. The rest of a wait is the
     * thread waiting for a core, for a garbage-collection pause or for the renderer, which the machine's load decides
     * (on a shared two-core CI machine that alone reaches tens of milliseconds).
     */
    public synchronized double worstFxBusyMillis() {
        return stalls.stream().mapToDouble(Stall::fxCpuMillis).max().orElse(Math.min(worstMillis(), REPORT_NANOS / 1e6));
    }

    /** The waits of 20 ms or more, in order. */
    public synchronized List<Stall> stalls() {
        return List.copyOf(stalls);
    }

    public synchronized String summary() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "worst FX stall %.1f ms over %d probes in %.1f s "
                        + "from %tT.%<tL", worstMillis(), samples, (System.nanoTime() - started) / 1e9, startedWall));
        if (!stalls.isEmpty()) {
            s.append("; stalls >= 20 ms (at ms: wall ms/FX-thread CPU ms):");
            for (Stall stall : stalls) {
                s.append(String.format(Locale.ROOT, " %.0f: %.1f/%.1f", stall.atMillis(), stall.millis(),
                        stall.fxCpuMillis()));
            }
        }
        return s.toString();
    }

    /** Stops probing; the figures stay. */
    public void stop() {
        running = false;
        try {
            pinger.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
