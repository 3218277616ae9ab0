package dev.skillfleet.desktop.core.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SecretStoresTest {

    @TempDir
    Path config;

    /** A keystore that answers, for the tests that must not touch the real one. */
    private static final class FakeKeystore implements SecretStore {
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public Optional<String> get(String profileId) {
            return Optional.empty();
        }

        @Override
        public void put(String profileId, String secret) throws IOException {
        }

        @Override
        public void delete(String profileId) {
        }

        @Override
        public String location() {
            return "the fake keystore";
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    @Timeout(10)
    void withoutASecretServiceTheKeyFileIsUsedWithANotice() {
        // This machine (a Linux container) has no D-Bus session, so no Secret Service.
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"));
        assumeTrue(System.getenv("DBUS_SESSION_BUS_ADDRESS") == null, "no D-Bus session");

        long start = System.nanoTime();
        OpenedSecretStore opened = SecretStores.open(config, Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(opened.store()).isInstanceOf(FileSecretStore.class);
        assertThat(((FileSecretStore) opened.store()).file()).isEqualTo(config.resolve("api-keys.json"));
        assertThat(opened.notice()).contains("No system keystore is available: API keys are kept in "
                + config.resolve("api-keys.json") + ", readable only by you.");
        assertThat(took).isLessThan(SecretStores.PROBE_TIMEOUT.plusSeconds(1));
    }

    @Test
    @Timeout(5)
    void aKeystoreThatNeverAnswersIsGivenUpAfterTheTimeout() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        FakeKeystore late = new FakeKeystore();
        long start = System.nanoTime();
        OpenedSecretStore opened = SecretStores.open(FileSecretStore.in(config), () -> {
            never.await();
            return late;
        }, Duration.ofMillis(200));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(opened.store()).isInstanceOf(FileSecretStore.class);
        assertThat(opened.notice()).hasValueSatisfying(n -> assertThat(n).startsWith("No system keystore is available"));

        never.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!late.closed.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(late.closed).as("a keystore answering too late is closed, not leaked").isTrue();
    }

    @Test
    void aKeystoreThatFailsFallsBackToTheFile() {
        OpenedSecretStore opened = SecretStores.open(FileSecretStore.in(config), () -> {
            throw new UnsatisfiedLinkError("no native library");
        }, Duration.ofSeconds(2));
        assertThat(opened.store()).isInstanceOf(FileSecretStore.class);
        assertThat(opened.notice()).isPresent();
    }

    @Test
    void aKeystoreThatAnswersIsUsedWithoutANotice() {
        FakeKeystore keystore = new FakeKeystore();
        OpenedSecretStore opened = SecretStores.open(FileSecretStore.in(config), () -> keystore, Duration.ofSeconds(2));
        assertThat(opened.store()).isSameAs(keystore);
        assertThat(opened.notice()).isEmpty();
    }

    @Test
    void theEnvironmentCanAskForTheFileWithoutTryingTheKeystore() {
        OpenedSecretStore opened = SecretStores.open(config, Map.of(SecretStores.ENV_VAR, "file"));
        assertThat(opened.store()).isInstanceOf(FileSecretStore.class);
        assertThat(opened.notice()).isEmpty();
    }
}
