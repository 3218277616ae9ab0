package dev.skillfleet.desktop.core.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryStoreTest {

    private static final Instant NOW = Instant.parse("2025-03-14T10:15:30Z");

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    private EditedFile skill(String name, String text) throws Exception {
        Path file = Files.createDirectories(temp.resolve("library").resolve(name)).resolve("SKILL.md");
        Files.writeString(file, text);
        return EditedFile.open(file);
    }

    @Test
    void unsavedTextIsKeptAndOfferedBackOnTheNextStart() throws Exception {
        EditedFile file = skill("demo", "---\nname: demo\n---\n");
        RecoveryStore store = new RecoveryStore(data(), Clock.fixed(NOW, ZoneOffset.UTC));

        RememberResult result = store.remember(file, "---\nname: demo\n---\n\nunsaved caf\u00e9 \ud83d\ude80\n");

        assertThat(result.status()).isEqualTo(RememberResult.Status.WRITTEN);
        assertThat(store.copyOf(file.path())).exists().startsWith(data().resolve("recovery"));
        assertThat(store.pending()).as("this session's own copies are not offered to it").isEmpty();
        List<RecoveryCopy> pending = new RecoveryStore(data()).pending();
        assertThat(pending).containsExactly(new RecoveryCopy(file.path(), NOW,
                "---\nname: demo\n---\n\nunsaved caf\u00e9 \ud83d\ude80\n", java.util.Optional.of(file.fingerprint()),
                false, false));
        assertThat(Files.readString(file.path())).isEqualTo("---\nname: demo\n---\n");
    }

    @Test
    void theSameTextIsWrittenOnce() throws Exception {
        EditedFile file = skill("demo", "base\n");
        RecoveryStore store = new RecoveryStore(data());
        store.remember(file, "edited\n");
        FileTime written = Files.getLastModifiedTime(store.copyOf(file.path()));
        Files.setLastModifiedTime(store.copyOf(file.path()), FileTime.fromMillis(written.toMillis() - 60_000));

        assertThat(store.remember(file, "edited\n").status()).isEqualTo(RememberResult.Status.UNCHANGED);
        assertThat(store.remember(file, "edited\r\n").status()).as("line breaks aside")
                .isEqualTo(RememberResult.Status.UNCHANGED);
        assertThat(Files.getLastModifiedTime(store.copyOf(file.path())).toMillis())
                .isEqualTo(written.toMillis() - 60_000);

        assertThat(store.remember(file, "edited more\n").status()).isEqualTo(RememberResult.Status.WRITTEN);
        assertThat(new RecoveryStore(data()).pending()).extracting(RecoveryCopy::text).containsExactly("edited more\n");
    }

    @Test
    void textTheFileAlreadyHoldsNeedsNoCopyAndRemovesThisSessionsCopy() throws Exception {
        EditedFile file = skill("demo", "base\n");
        RecoveryStore store = new RecoveryStore(data());

        assertThat(store.remember(file, "base\n").status()).isEqualTo(RememberResult.Status.NOTHING_UNSAVED);
        assertThat(store.copyOf(file.path())).doesNotExist();

        store.remember(file, "typed\n");
        assertThat(store.remember(file, "base\n").status()).as("typed, then undone")
                .isEqualTo(RememberResult.Status.NOTHING_UNSAVED);
        assertThat(store.copyOf(file.path())).doesNotExist();
    }

    @Test
    void aCopyLeftByAnEarlierSessionIsNotRemovedByOpeningItsFileUnchanged() throws Exception {
        EditedFile file = skill("demo", "base\n");
        new RecoveryStore(data()).remember(file, "killed before saving\n");

        RecoveryStore next = new RecoveryStore(data());
        assertThat(next.remember(EditedFile.open(file.path()), "base\n").status())
                .isEqualTo(RememberResult.Status.NOTHING_UNSAVED);

        assertThat(next.pending()).extracting(RecoveryCopy::text).containsExactly("killed before saving\n");
    }

    @Test
    void discardRemovesTheCopy() throws Exception {
        EditedFile file = skill("demo", "base\n");
        RecoveryStore store = new RecoveryStore(data());
        store.remember(file, "edited\n");

        assertThat(store.discard(file.path())).isTrue();

        assertThat(store.copyOf(file.path())).doesNotExist();
        assertThat(new RecoveryStore(data()).pending()).isEmpty();
        assertThat(store.discard(file.path())).as("nothing to discard is fine").isTrue();
        // After a discard the same text is written again when offered.
        assertThat(store.remember(file, "edited\n").status()).isEqualTo(RememberResult.Status.WRITTEN);
    }

    @Test
    void pendingSaysWhetherTheFileChangedOrWasDeletedSinceTheCopysBase() throws Exception {
        EditedFile changed = skill("changed", "base\n");
        EditedFile deleted = skill("deleted", "base\n");
        EditedFile untouched = skill("untouched", "base\n");
        RecoveryStore store = new RecoveryStore(data());
        store.remember(changed, "mine\n");
        store.remember(deleted, "mine\n");
        store.remember(untouched, "mine\n");
        Files.writeString(changed.path(), "theirs\n");
        Files.delete(deleted.path());

        List<RecoveryCopy> pending = new RecoveryStore(data()).pending();

        assertThat(pending).extracting(c -> c.file().getParent().getFileName().toString(),
                        RecoveryCopy::changedOnDisk, RecoveryCopy::deleted)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("changed", true, false),
                        org.assertj.core.groups.Tuple.tuple("deleted", true, true),
                        org.assertj.core.groups.Tuple.tuple("untouched", false, false));
    }

    @Test
    void aCopyWhoseTextTheFileNowHoldsIsNotOfferedAndIsRemoved() throws Exception {
        EditedFile file = skill("demo", "base\n");
        RecoveryStore store = new RecoveryStore(data());
        store.remember(file, "saved after all\n");
        Files.writeString(file.path(), "saved after all\r\n"); // by another editor, with other line breaks

        assertThat(new RecoveryStore(data()).pending()).isEmpty();
        assertThat(store.copyOf(file.path())).doesNotExist();
    }

    @Test
    void copiesAreNewestFirstAndUnreadableOnesAreLeftAlone() throws Exception {
        EditedFile older = skill("older", "base\n");
        EditedFile newer = skill("newer", "base\n");
        new RecoveryStore(data(), Clock.fixed(NOW, ZoneOffset.UTC)).remember(older, "old\n");
        new RecoveryStore(data(), Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC)).remember(newer, "new\n");
        Path broken = Files.writeString(data().resolve("recovery/broken-0000000000000000.json"), "{\"text\": ");
        Path tampered = data().resolve("recovery/tampered-0000000000000000.json");
        Files.writeString(tampered, Files.readString(new RecoveryStore(data()).copyOf(older.path()))
                .replace("\"old\\n\"", "\"changed\\n\""));
        Path staleTemp = Files.writeString(data().resolve("recovery/.x.json.1.tmp"), "half");
        Files.setLastModifiedTime(staleTemp, FileTime.from(Instant.now().minusSeconds(3600)));

        List<RecoveryCopy> pending = new RecoveryStore(data()).pending();

        assertThat(pending).extracting(RecoveryCopy::text).containsExactly("new\n", "old\n");
        assertThat(broken).exists();
        assertThat(tampered).exists();
        assertThat(staleTemp).doesNotExist();
    }

    @Test
    void aCopyThatCannotBeWrittenIsReportedNotThrown() throws Exception {
        EditedFile file = skill("demo", "base\n");
        Path data = Files.createDirectories(data());
        Files.writeString(data.resolve("recovery"), "a file where the folder should be");
        RecoveryStore store = new RecoveryStore(data);

        RememberResult result = store.remember(file, "edited\n");

        assertThat(result.status()).isEqualTo(RememberResult.Status.FAILED);
        assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p).contains(file.path().toString()));
        assertThat(store.pending()).isEmpty();
        assertThat(store.discard(file.path())).isTrue();
    }

    @Test
    void theCopyHoldsThePathTimeTextAndBaseAsJson() throws Exception {
        EditedFile file = skill("demo", "base\n");
        RecoveryStore store = new RecoveryStore(data(), Clock.fixed(NOW, ZoneOffset.UTC));
        store.remember(file, "edited\n");

        String json = Files.readString(store.copyOf(file.path()), StandardCharsets.UTF_8);

        assertThat(json).contains("\"file\":\"" + file.path() + "\"", "\"time\":\"2025-03-14T10:15:30Z\"",
                "\"text\":\"edited\\n\"", "\"sha256\":\"" + file.fingerprint().sha256() + "\"");
        try (Stream<Path> files = Files.list(data().resolve("recovery"))) {
            assertThat(files).hasSize(1); // no temp file left
        }
    }

    @Test
    void theAutosaveWritesOnlyTheLatestTextAndKeepsADiscardAfterAnEarlierOffer() throws Exception {
        EditedFile file = skill("demo", "base\n");
        RecoveryStore store = new RecoveryStore(data());
        List<Runnable> queued = new ArrayList<>();
        Executor manual = queued::add;
        List<RememberResult> results = new ArrayList<>();
        RecoveryAutosave autosave = new RecoveryAutosave(store, manual, results::add);

        autosave.offer(file, "a\n");
        autosave.offer(file, "ab\n");
        autosave.offer(file, "abc\n");
        assertThat(queued).as("one drain scheduled for many offers").hasSize(1);
        assertThat(store.copyOf(file.path())).as("nothing written on the caller's thread").doesNotExist();
        queued.removeFirst().run();
        assertThat(results).extracting(RememberResult::status).containsExactly(RememberResult.Status.WRITTEN);
        assertThat(new RecoveryStore(data()).pending()).extracting(RecoveryCopy::text).containsExactly("abc\n");

        autosave.offer(file, "abcd\n");
        autosave.discard(file.path()); // saved meanwhile
        queued.removeFirst().run();
        assertThat(store.copyOf(file.path())).doesNotExist();
        assertThat(queued).isEmpty();
    }

    @Test
    void theAutosaveDropsTextTakenBeforeASave() throws Exception {
        EditedFile file = skill("demo", "base\n");
        RecoveryStore store = new RecoveryStore(data());
        List<Runnable> queued = new ArrayList<>();
        List<RememberResult> results = new ArrayList<>();
        RecoveryAutosave autosave = new RecoveryAutosave(store, queued::add, results::add);

        autosave.offer(file, "typed\n");
        file.save("typed, and more\n"); // the save overtakes the queued copy

        queued.removeFirst().run();
        assertThat(store.copyOf(file.path())).doesNotExist();
        assertThat(results).extracting(RememberResult::status).containsExactly(RememberResult.Status.UNCHANGED);
    }

    @Test
    void theAutosaveNeverThrowsIntoTheCaller() throws Exception {
        EditedFile file = skill("demo", "base\n");
        RecoveryStore store = new RecoveryStore(data());
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        RecoveryAutosave autosave = new RecoveryAutosave(store, task -> {
            attempts.incrementAndGet();
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }, result -> {
        });

        autosave.offer(file, "typed\n");
        autosave.offer(file, "typed more\n");
        assertThat(attempts).as("a refused drain is asked for again on the next offer").hasValue(2);
        assertThat(store.copyOf(file.path())).doesNotExist();

        List<RememberResult> results = new ArrayList<>();
        RecoveryAutosave inline = new RecoveryAutosave(new RecoveryStore(data()), Runnable::run, r -> {
            results.add(r);
            throw new IllegalStateException("a listener bug");
        });
        inline.offer(file, "typed\n");
        assertThat(results).extracting(RememberResult::status).containsExactly(RememberResult.Status.WRITTEN);
    }
}
