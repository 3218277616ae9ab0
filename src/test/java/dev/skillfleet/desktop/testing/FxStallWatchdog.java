package dev.skillfleet.desktop.testing;

import javafx.application.Platform;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Measures how long the FX thread is unavailable: a background platform thread posts a task every 2 ms and records
 * how long it waited to run. The worst wait is the longest freeze a user would feel (a frame is 16.7 ms).
 *
 * <p>A wait is also split by cause, because on a shared two-core machine the machine's load alone makes waits of
 * hundreds of milliseconds: the time the FX thread — or the render thread it waits for between frames — stood in the
 * OS's run queue waiting for a core (Linux {@code /proc/.../schedstat}), garbage-collection pauses (the collectors'
 * pause times), and the rest — the app's own hold on the thread: its work, or its waiting for a lock or for the
 * renderer's work.
 */
public final class FxStallWatchdog {

    /**
     * One wait longer than the report threshold: when it started (ms after the watchdog), how long it was, how much of
     * it the FX thread spent on a CPU, the FX and render threads waited for a core, or the collector paused, and what
     * is left: the app's.
     */
    public record Stall(double atMillis, double millis, double fxCpuMillis, double runQueueMillis, double gcMillis) {

        /** The wait less what the machine's load and the collector account for (never less than the CPU time). */
        public double appMillis() {
            return Math.max(fxCpuMillis, millis - runQueueMillis - gcMillis);
        }
    }

    private static final long REPORT_NANOS = 20_000_000;

    private final long started = System.nanoTime();
    private final long startedWall = System.currentTimeMillis();
    private final List<Stall> stalls = new ArrayList<>();
    private final Thread pinger;
    private volatile boolean running = true;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<GarbageCollectorMXBean> pausingCollectors = ManagementFactory.getGarbageCollectorMXBeans()
            .stream().filter(gc -> !gc.getName().contains("Concurrent")).toList();
    private volatile long fxThreadId = -1;
    private volatile Path fxSchedStat;
    private volatile Path rendererSchedStat;
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
            long queueBefore = runQueueNanos(fxSchedStat);
            long rendererBefore = runQueueNanos(rendererSchedStat);
            long gcBefore = gcPauseMillis();
            CountDownLatch ran = new CountDownLatch(1);
            long[] at = new long[4];
            Platform.runLater(() -> {
                at[0] = System.nanoTime();
                if (fxThreadId < 0) {
                    fxThreadId = Thread.currentThread().threadId();
                    fxSchedStat = schedStatOfThisThread();
                    rendererSchedStat = schedStatOfThread("QuantumRenderer");
                }
                at[1] = fxCpuNanos();
                at[2] = runQueueNanos(fxSchedStat);
                at[3] = runQueueNanos(rendererSchedStat);
                ran.countDown();
            });
            try {
                // A wait this long is already a failure; do not hang the test on a dead toolkit.
                if (!ran.await(30, TimeUnit.SECONDS)) {
                    record(posted, 30_000_000_000L, 0, 0, 0);
                    return;
                }
                long queued = (queueBefore < 0 || at[2] < 0 ? 0 : at[2] - queueBefore)
                        + (rendererBefore < 0 || at[3] < 0 ? 0 : at[3] - rendererBefore);
                record(posted, at[0] - posted, cpuBefore < 0 ? 0 : at[1] - cpuBefore, queued,
                        gcPauseMillis() - gcBefore);
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

    /** Linux: this thread's {@code /proc/<pid>/task/<tid>/schedstat}; null elsewhere. */
    private static Path schedStatOfThisThread() {
        try {
            Path task = Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self")));
            Path stat = task.resolve("schedstat");
            return Files.isReadable(stat) ? stat : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Linux: the schedstat of this process's thread whose name starts with {@code name}; null when none. */
    private static Path schedStatOfThread(String name) {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(task -> {
                try {
                    return Files.readString(task.resolve("comm")).strip().startsWith(name);
                } catch (IOException e) {
                    return false;
                }
            }).map(task -> task.resolve("schedstat")).filter(Files::isReadable).findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A thread's time spent runnable but waiting for a core, in ns; -1 when unknown. */
    private static long runQueueNanos(Path stat) {
        if (stat == null) {
            return -1;
        }
        try {
            String[] fields = Files.readString(stat).trim().split("\\s+");
            return Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private long gcPauseMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : pausingCollectors) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private synchronized void record(long posted, long waited, long fxCpu, long runQueue, long gcMillis) {
        samples++;
        worstNanos = Math.max(worstNanos, waited);
        if (waited >= REPORT_NANOS) {
            stalls.add(new Stall((posted - started) / 1e6, waited / 1e6, fxCpu / 1e6, runQueue / 1e6, gcMillis));
        }
    }

    public synchronized double worstMillis() {
        return worstNanos / 1e6;
    }

    /**
     * The longest hold the app itself had on the FX thread within one wait: the wait less the time spent waiting for a
     * core and in collector pauses (where those cannot be read, the thread's CPU time alone).
     */
    public synchronized double worstAppMillis() {
        return stalls.stream().mapToDouble(Stall::appMillis).max()
                .orElse(Math.min(worstMillis(), REPORT_NANOS / 1e6));
    }

    /** The waits of 20 ms or more, in order. */
    public synchronized List<Stall> stalls() {
        return List.copyOf(stalls);
    }

    public synchronized String summary() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "worst FX stall %.1f ms over %d probes in %.1f s "
                        + "from %tT.%<tL; the app's worst hold %.1f ms", worstMillis(), samples,
                (System.nanoTime() - started) / 1e9, startedWall, worstAppMillis()));
        if (!stalls.isEmpty()) {
            s.append("; stalls >= 20 ms (at ms: wall = run queue + GC pause + the app's, FX CPU):");
            for (Stall stall : stalls) {
                s.append(String.format(Locale.ROOT, " %.0f: %.1f = %.1f + %.0f + %.1f, cpu %.1f;", stall.atMillis(),
                        stall.millis(), stall.runQueueMillis(), stall.gcMillis(), stall.appMillis(),
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
