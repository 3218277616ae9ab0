package dev.skillfleet.desktop.core.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkillHistoryTest {

    private static final Instant START = Instant.parse("2025-03-14T10:15:30Z");

    @TempDir
    Path temp;

    /** A clock that moves on a second each time it is read. */
    private static Clock ticking() {
        return new Clock() {
            private int reads;

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                return START.plusSeconds(reads++);
            }
        };
    }

    private Path skill(String library, String name) throws Exception {
        return Files.writeString(Files.createDirectories(temp.resolve(library).resolve(name)).resolve("SKILL.md"),
                "---\nname: " + name + "\n---\n");
    }

    @Test
    void versionsAreKeptInTheDataFolderNewestFirstAndReadBackAsSaved() throws Exception {
        Path file = skill("library", "demo");
        Path data = temp.resolve("data");
        SkillHistory history = SkillHistory.of(data, file, 200, ticking());

        HistoryVersion first = history.record("one\r\n".getBytes(StandardCharsets.UTF_8));
        HistoryVersion second = history.record("one\r\ntwo\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(history.versions()).containsExactly(second, first);
        assertThat(first.id()).isEqualTo("20250314T101530000Z");
        assertThat(first.time()).isEqualTo(START);
        assertThat(second.size()).isEqualTo(10);
        assertThat(history.read(first.id())).isEqualTo("one\n");
        assertThat(history.readBytes(second.id())).isEqualTo("one\r\ntwo\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(history.folder()).startsWith(data.resolve("history"));
        assertThat(history.folder().getFileName().toString()).startsWith("demo-skill.md-");
        assertThat(history.folder().resolve(first.id() + ".md")).exists();
        assertThat(history.folder().resolve("index.json")).exists();
        try (Stream<Path> skillFolder = Files.list(file.getParent())) {
            assertThat(skillFolder).containsExactly(file); // nothing inside the skill
        }
        // Another instance (the next start) sees the same.
        assertThat(SkillHistory.of(data, file).versions()).containsExactly(second, first);
    }

    @Test
    void anIdenticalSaveKeepsNoNewVersion() throws Exception {
        SkillHistory history = SkillHistory.of(temp.resolve("data"), skill("lib", "demo"), 200, ticking());
        HistoryVersion first = history.record("same\n".getBytes(StandardCharsets.UTF_8));

        assertThat(history.record("same\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(first);
        assertThat(history.versions()).containsExactly(first);
        // The same content again after another one is a new version (it is not the newest).
        history.record("other\n".getBytes(StandardCharsets.UTF_8));
        history.record("same\n".getBytes(StandardCharsets.UTF_8));
        assertThat(history.versions()).hasSize(3);
    }

    @Test
    void twoSavesInTheSameMillisecondGetTwoOrderedIds() throws Exception {
        Clock frozen = Clock.fixed(START, ZoneOffset.UTC);
        SkillHistory history = SkillHistory.of(temp.resolve("data"), skill("lib", "demo"), 200, frozen);

        HistoryVersion a = history.record("a".getBytes(StandardCharsets.UTF_8));
        HistoryVersion b = history.record("b".getBytes(StandardCharsets.UTF_8));

        assertThat(b.id()).isGreaterThan(a.id()).isEqualTo("20250314T101530001Z");
        assertThat(history.versions()).containsExactly(b, a);
    }

    @Test
    void theOldestVersionsAreDroppedBeyondTheCap() throws Exception {
        SkillHistory history = SkillHistory.of(temp.resolve("data"), skill("lib", "demo"), 3, ticking());
        for (int i = 1; i <= 5; i++) {
            history.record(("v" + i + "\n").getBytes(StandardCharsets.UTF_8));
        }

        List<HistoryVersion> versions = history.versions();
        assertThat(versions).hasSize(3);
        assertThat(history.read(versions.getFirst().id())).isEqualTo("v5\n");
        assertThat(history.read(versions.getLast().id())).isEqualTo("v3\n");
        try (Stream<Path> files = Files.list(history.folder())) {
            assertThat(files).hasSize(4); // three versions and the index
        }
        String dropped = "20250314T101530000Z";
        assertThatThrownBy(() -> history.read(dropped)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("no version " + dropped);
    }

    @Test
    void twoSkillsWithTheSameFolderNameHaveTheirOwnHistories() throws Exception {
        Path data = temp.resolve("data");
        SkillHistory mine = SkillHistory.of(data, skill("library-a/python", "async"), 200, ticking());
        SkillHistory theirs = SkillHistory.of(data, skill("library-b/python", "async"), 200, ticking());

        mine.record("mine\n".getBytes(StandardCharsets.UTF_8));
        theirs.record("theirs\n".getBytes(StandardCharsets.UTF_8));
        theirs.record("theirs, again\n".getBytes(StandardCharsets.UTF_8));

        assertThat(mine.folder()).isNotEqualTo(theirs.folder());
        assertThat(mine.folder().getFileName().toString()).startsWith("async-skill.md-");
        assertThat(theirs.folder().getFileName().toString()).startsWith("async-skill.md-");
        assertThat(mine.versions()).hasSize(1);
        assertThat(mine.read(mine.versions().getFirst().id())).isEqualTo("mine\n");
        assertThat(theirs.versions()).hasSize(2);
        assertThat(theirs.read(theirs.versions().getLast().id())).isEqualTo("theirs\n");
    }

    @Test
    void aFileReachedThroughALinkedFolderHasOneHistory() throws Exception {
        Path file = skill("library", "demo");
        Path link = temp.resolve("linked");
        try {
            Files.createSymbolicLink(link, file.getParent().getParent());
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here: " + e);
        }
        Path data = temp.resolve("data");

        SkillHistory.of(data, link.resolve("demo/SKILL.md")).record("v1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(SkillHistory.of(data, file).versions()).hasSize(1);
        assertThat(SkillHistory.of(data, temp.resolve("library/./demo/../demo/SKILL.md")).versions()).hasSize(1);
    }

    @Test
    void diffsBetweenAnyTwoVersionsAsUnifiedTextAndSideBySideRows() throws Exception {
        SkillHistory history = SkillHistory.of(temp.resolve("data"), skill("lib", "demo"), 200, ticking());
        HistoryVersion a = history.record("title\nkeep 1\nold line\nkeep 2\nremoved\n"
                .getBytes(StandardCharsets.UTF_8));
        history.record("in between\n".getBytes(StandardCharsets.UTF_8));
        // The same text in CRLF: versions are compared as text, line breaks aside.
        HistoryVersion c = history.record("title\r\nkeep 1\r\nnew line\r\nkeep 2\r\nadded\r\nmore\r\n"
                .getBytes(StandardCharsets.UTF_8));

        TextDiff diff = history.diff(a.id(), c.id());

        assertThat(diff.unified()).isEqualTo("""
                --- %s
                +++ %s
                @@ -1,5 +1,6 @@
                 title
                 keep 1
                -old line
                +new line
                 keep 2
                -removed
                +added
                +more
                """.formatted(a.id(), c.id()));
        assertThat(diff.rows()).containsExactly(
                new TextDiff.Row(TextDiff.Kind.SAME, 1, "title", 1, "title"),
                new TextDiff.Row(TextDiff.Kind.SAME, 2, "keep 1", 2, "keep 1"),
                new TextDiff.Row(TextDiff.Kind.CHANGED, 3, "old line", 3, "new line"),
                new TextDiff.Row(TextDiff.Kind.SAME, 4, "keep 2", 4, "keep 2"),
                new TextDiff.Row(TextDiff.Kind.CHANGED, 5, "removed", 5, "added"),
                new TextDiff.Row(TextDiff.Kind.ADDED, 0, null, 6, "more"));
        assertThat(diff.identical()).isFalse();

        TextDiff back = history.diff(c.id(), a.id());
        assertThat(back.rows().getLast()).isEqualTo(new TextDiff.Row(TextDiff.Kind.REMOVED, 6, "more", 0, null));
        assertThat(history.diff(a.id(), a.id()).identical()).isTrue();
        assertThat(history.diff(a.id(), a.id()).unified()).isEmpty();
    }

    @Test
    void restoreGivesTheTextAndLeavesTheHistoryAsItIs() throws Exception {
        SkillHistory history = SkillHistory.of(temp.resolve("data"), skill("lib", "demo"), 200, ticking());
        HistoryVersion a = history.record("first\n".getBytes(StandardCharsets.UTF_8));
        HistoryVersion b = history.record("second\n".getBytes(StandardCharsets.UTF_8));

        assertThat(history.restore(a.id())).isEqualTo("first\n");
        assertThat(history.versions()).containsExactly(b, a);
    }

    @Test
    void aLostOrBrokenIndexIsRebuiltFromTheVersionFiles() throws Exception {
        SkillHistory history = SkillHistory.of(temp.resolve("data"), skill("lib", "demo"), 200, ticking());
        HistoryVersion a = history.record("first\n".getBytes(StandardCharsets.UTF_8));
        HistoryVersion b = history.record("second\n".getBytes(StandardCharsets.UTF_8));
        Path index = history.folder().resolve("index.json");

        Files.writeString(index, "{ not json");
        assertThat(history.versions()).containsExactly(b, a);

        Files.delete(index);
        assertThat(history.versions()).extracting(HistoryVersion::id).containsExactly(b.id(), a.id());
        // A new save writes the index again, whole.
        HistoryVersion c = history.record("third\n".getBytes(StandardCharsets.UTF_8));
        assertThat(SkillHistory.of(temp.resolve("data"), history.file()).versions()).containsExactly(c, b, a);
    }

    @Test
    void aVersionFileWrittenBeforeACrashButNotIndexedIsListed() throws Exception {
        SkillHistory history = SkillHistory.of(temp.resolve("data"), skill("lib", "demo"), 200, ticking());
        HistoryVersion a = history.record("first\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(history.folder().resolve("20250314T120000000Z.md"), "orphan\n");
        Files.writeString(history.folder().resolve(".20250314T130000000Z.md.123.tmp"), "half");

        List<HistoryVersion> versions = history.versions();

        assertThat(versions).extracting(HistoryVersion::id).containsExactly("20250314T120000000Z", a.id());
        assertThat(versions.getFirst().time()).isEqualTo(Instant.parse("2025-03-14T12:00:00Z"));
        assertThat(history.read("20250314T120000000Z")).isEqualTo("orphan\n");
        // The next version comes after it.
        assertThat(history.record("next\n".getBytes(StandardCharsets.UTF_8)).id())
                .isGreaterThan("20250314T120000000Z");
    }

    @Test
    void theContentBeforeTheFirstSaveCanCarryItsOwnTime() throws Exception {
        SkillHistory history = SkillHistory.of(temp.resolve("data"), skill("lib", "demo"), 200, ticking());
        Instant written = START.minus(Duration.ofDays(3));

        HistoryVersion before = history.record("as found\n".getBytes(StandardCharsets.UTF_8), written);

        assertThat(before.time()).isEqualTo(written);
        assertThat(history.versions()).containsExactly(before);
    }
}
