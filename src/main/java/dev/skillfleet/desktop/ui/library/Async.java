package dev.skillfleet.desktop.ui.library;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Disk work for a command: run on the background executor, completed on the UI executor, so what the view chains
 * onto the future runs on the FX thread. A bug below (a RuntimeException) becomes a result too, never a stack trace.
 */
final class Async {

    private final Executor background;
    private final Executor uiThread;

    Async(Executor background, Executor uiThread) {
        this.background = background;
        this.uiThread = uiThread;
    }

    <T> CompletableFuture<T> run(Supplier<T> work, Function<RuntimeException, T> onBug) {
        CompletableFuture<T> result = new CompletableFuture<>();
        background.execute(() -> {
            T value;
            try {
                value = work.get();
            } catch (RuntimeException e) {
                System.getLogger("skill-fleet").log(System.Logger.Level.WARNING, "Library action failed", e);
                value = onBug.apply(e);
            }
            T done = value;
            uiThread.execute(() -> result.complete(done));
        });
        return result;
    }

    /** "permission denied for /x" rather than "AccessDeniedException: /x". */
    static String reason(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied for " + denied.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
