package dev.skillfleet.desktop.core.secrets;

import dev.skillfleet.desktop.core.config.AppDirectories;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Chooses where API keys go: the OS keystore when it answers, else a 0600 file in the config folder with a notice
 * the user sees. Nothing here touches the network; the keystore is a local service.
 */
public final class SecretStores {

    /** {@code SKILL_FLEET_KEYSTORE=file} skips the keystore: for headless machines, containers and tests. */
    public static final String ENV_VAR = "SKILL_FLEET_KEYSTORE";

    /**
     * A Secret Service that is installed but stuck (a D-Bus session without its daemon, a locked wallet) can block
     * forever; the app waits this long and then uses the file.
     */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private SecretStores() {
    }

    public static OpenedSecretStore open(AppDirectories dirs) {
        return open(dirs.config(), System.getenv());
    }

    /** The store for keys belonging to the settings in {@code configFolder}; {@code env} may force the file. */
    public static OpenedSecretStore open(Path configFolder, Map<String, String> env) {
        FileSecretStore file = FileSecretStore.in(configFolder);
        if ("file".equals(env.getOrDefault(ENV_VAR, "").strip().toLowerCase(Locale.ROOT))) {
            // Asked for explicitly: no notice, the user knows.
            return new OpenedSecretStore(file, Optional.empty());
        }
        return open(file, KeyringSecretStore::connect, PROBE_TIMEOUT);
    }

    /** The keystore {@code connect} opens within {@code timeout}, else {@code fallback} with a notice. */
    static OpenedSecretStore open(FileSecretStore fallback, Callable<? extends SecretStore> connect, Duration timeout) {
        CompletableFuture<SecretStore> keystore = new CompletableFuture<>();
        // A daemon thread: if the keystore never answers, it must not keep the app from exiting.
        Thread probe = Thread.ofPlatform().daemon().name("keystore-probe").unstarted(() -> {
            try {
                keystore.complete(connect.call());
            } catch (Throwable e) {
                // Also NoClassDefFoundError / UnsatisfiedLinkError: a runtime image without the native parts.
                keystore.completeExceptionally(e);
            }
        });
        probe.start();
        try {
            return new OpenedSecretStore(keystore.get(timeout.toMillis(), TimeUnit.MILLISECONDS), Optional.empty());
        } catch (TimeoutException e) {
            // Should it answer after all, release the connection nobody will use.
            keystore.thenAccept(SecretStore::close);
        } catch (ExecutionException e) {
            // Unavailable: the reason is always the same for the user.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new OpenedSecretStore(fallback, Optional.of(fallbackNotice(fallback)));
    }

    static String fallbackNotice(FileSecretStore file) {
        return "No system keystore is available: API keys are kept in " + file.file() + ", readable only by you.";
    }
}
