package dev.skillfleet.desktop.ui.markdown;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

/** Starts the (headless) toolkit once per JVM and runs test code on the FX thread. */
final class Fx {

    private Fx() {
    }

    static void start() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // Another test class in this JVM got there first.
        }
        Platform.setImplicitExit(false);
    }

    /** Runs {@code work} on the FX thread and returns its result, rethrowing what it threw. */
    static <T> T call(Callable<T> work) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    interface FxRunnable {
        void run() throws Exception;
    }

    static void run(FxRunnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }
}
