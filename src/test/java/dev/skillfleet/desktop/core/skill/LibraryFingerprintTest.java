package dev.skillfleet.desktop.core.skill;

import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint changes exactly when a scan's result could: what the scan walks and reads, and nothing else. */
class LibraryFingerprintTest {

    @TempDir
    Path temp;
    private Path root;
    private SkillLibrary library;

    @BeforeEach
    void copyTheCorpus() {
        root = Corpus.mixedLibrary(temp.resolve("lib"));
        settle();
        library = new SkillLibrary(root);
    }

    private void settle() {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.setLastModifiedTime(path, hourAgo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LibraryFingerprint fingerprint() {
        return LibraryFingerprint.of(library, false, Clock.systemUTC());
    }

    @Test
    void anUntouchedLibraryKeepsItsFingerprint() {
        LibraryFingerprint first = fingerprint();

        assertThat(fingerprint()).isEqualTo(first);
        assertThat(first.settled()).isTrue();
    }

    @Test
    void filesInsideASkillsSubfoldersDoNotCount() throws IOException {
        Skill skill = library.scan().skills().getFirst();
        Path references = skill.dir().resolve("references");
        Files.createDirectories(references);
        settle();
        LibraryFingerprint before = fingerprint();

        // The walk stops at a skill's folder: what lies below it is not part of the catalogue.
        Files.writeString(references.resolve("notes.md"), "more detail");

        assertThat(fingerprint().digest()).isEqualTo(before.digest());
    }

    @Test
    void aNewDraftCountsOnlyWhenDraftsAreAsked() throws IOException {
        Path drafts = Files.createDirectories(root.resolve("_drafts"));
        settle();
        LibraryFingerprint without = fingerprint();
        LibraryFingerprint with = LibraryFingerprint.of(library, true, Clock.systemUTC());

        Path draft = Files.createDirectories(drafts.resolve("20250101-000000-abcd/general/new-skill"));
        Files.writeString(draft.resolve("SKILL.md"), "---\nname: new-skill\ndescription: x\n---\n");

        assertThat(fingerprint()).isEqualTo(without);
        assertThat(LibraryFingerprint.of(library, true, Clock.systemUTC()).digest()).isNotEqualTo(with.digest());
    }

    @Test
    void aFreshChangeIsNotSettled() throws IOException {
        LibraryFingerprint before = fingerprint();
        Files.createDirectories(root.resolve("new-category"));

        LibraryFingerprint after = fingerprint();

        assertThat(after.digest()).isNotEqualTo(before.digest());
        assertThat(after.settled()).isFalse();
        assertThat(LibraryFingerprint.of(library, false, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(5)))
                .settled()).as("a few seconds later").isTrue();
    }

    @Test
    void aMissingLibraryHasAFingerprintToo() {
        SkillLibrary missing = new SkillLibrary(temp.resolve("nowhere"));

        assertThat(LibraryFingerprint.of(missing, false, Clock.systemUTC()))
                .isEqualTo(LibraryFingerprint.of(missing, false, Clock.systemUTC()));
    }
}
