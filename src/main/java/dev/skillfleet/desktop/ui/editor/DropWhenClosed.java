package dev.skillfleet.desktop.ui.editor;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The background executor as the editor uses it: once the app has shut it down, work still asked for (a debounce that
 * fires while the window closes) is dropped instead of throwing on the FX thread. Nothing is lost by it: that work
 * only computed what a closed window would show.
 */
final class DropWhenClosed implements Executor {

    private final Executor delegate;

    private DropWhenClosed(Executor delegate) {
        this.delegate = Objects.requireNonNull(delegate);
    }

    static Executor wrap(Executor executor) {
        return executor instanceof DropWhenClosed ? executor : new DropWhenClosed(executor);
    }

    @Override
    public void execute(Runnable task) {
        try {
            delegate.execute(task);
        } catch (RejectedExecutionException e) {
            System.getLogger("skill-fleet").log(System.Logger.Level.DEBUG, "Editor work dropped: executor closed");
        }
    }
}
