package dev.skillfleet.desktop.testing;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** A background executor whose work runs only when the test says so: results can be made to arrive late. */
public final class QueuedExecutor implements Executor {

    private final Queue<Runnable> queued = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
        queued.add(task);
    }

    public void runAll() {
        Runnable next;
        while ((next = queued.poll()) != null) {
            next.run();
        }
    }

    /** Runs the oldest queued task only. */
    public void runOne() {
        Runnable next = queued.poll();
        if (next == null) {
            throw new AssertionError("nothing queued");
        }
        next.run();
    }

    public int size() {
        return queued.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
