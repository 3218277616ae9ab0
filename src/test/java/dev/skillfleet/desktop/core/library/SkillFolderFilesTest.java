package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.library.SkillFolderFiles.Content;
import dev.skillfleet.desktop.core.library.SkillFolderFiles.Entry;
import dev.skillfleet.desktop.core.library.SkillFolderFiles.Listing;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Listing a skill's files, telling binary from text, and the viewer's bounded read, on real folders. */
class SkillFolderFilesTest {

    @TempDir
    Path temp;

    @Test
    void listsARealSkillRecursivelyWithSizesSkillMdFirstAndFoldersBeforeFiles() throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        Path skill = library.resolve("skill-creator");
        Files.writeString(skill.resolve("NOTES.txt"), "a top-level file beside SKILL.md");

        Listing listing = SkillFolderFiles.list(skill);

        List<String> paths = listing.entries().stream().map(Entry::relativePath).toList();
        assertThat(paths.getFirst()).isEqualTo("SKILL.md");
        assertThat(paths).contains("references", "references/schemas.md", "agents/grader.md", "scripts");
        Entry schemas = entry(listing, "references/schemas.md");
        assertThat(schemas.size()).isEqualTo(Files.size(skill.resolve("references/schemas.md"))).isPositive();
        assertThat(schemas.depth()).isEqualTo(1);
        assertThat(schemas.name()).isEqualTo("schemas.md");
        Entry references = entry(listing, "references");
        assertThat(references.directory()).isTrue();
        assertThat(references.size()).isEqualTo(listing.entries().stream()
                .filter(e -> !e.directory() && e.relativePath().startsWith("references/")).mapToLong(Entry::size).sum());
        // A folder's content follows it directly.
        assertThat(paths.indexOf("references/schemas.md")).isGreaterThan(paths.indexOf("references"));
        // At the top level, folders come before files (SKILL.md aside).
        int firstTopFile = indexWhere(listing, e -> e.depth() == 0 && !e.directory() && !e.name().equals("SKILL.md"));
        int lastTopFolder = lastIndexWhere(listing, e -> e.depth() == 0 && e.directory());
        assertThat(lastTopFolder).isPositive();
        assertThat(firstTopFile).isGreaterThan(lastTopFolder);
        assertThat(listing.truncated()).isFalse();
        assertThat(listing.totalBytes()).isEqualTo(listing.entries().stream().filter(e -> !e.directory())
                .mapToLong(Entry::size).sum());
        assertThat(listing.fileCount()).isGreaterThan(5);
    }

    @Test
    void aSymbolicLinkIsListedButNotFollowedAndNotOpenedWhenItLeadsOutside() throws Exception {
        Path skill = Files.createDirectories(temp.resolve("skill"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: skill\n---\n");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(skill.resolve("linked"), outside);
        Files.createSymbolicLink(skill.resolve("secret.txt"), outside.resolve("secret.txt"));

        Listing listing = SkillFolderFiles.list(skill);

        assertThat(listing.entries()).extracting(Entry::relativePath).containsExactly("SKILL.md", "linked", "secret.txt");
        assertThat(entry(listing, "linked").link()).isTrue();
        Content content = SkillFolderFiles.read(skill, skill.resolve("secret.txt"), SkillFolderFiles.VIEWER_LIMIT);
        assertThat(content).isInstanceOf(Content.Unreadable.class);
        assertThat(((Content.Unreadable) content).reason()).contains("outside the skill folder");
    }

    @Test
    void textIsReadWhole() throws Exception {
        Path skill = Files.createDirectories(temp.resolve("skill"));
        Path file = skill.resolve("notes.md");
        Files.writeString(file, "# Notes\n\nÜber naïve café \u2014 done\n");

        Content content = SkillFolderFiles.read(skill, file, SkillFolderFiles.VIEWER_LIMIT);

        assertThat(content).isInstanceOf(Content.Text.class);
        Content.Text text = (Content.Text) content;
        assertThat(text.text()).isEqualTo("# Notes\n\nÜber naïve café \u2014 done\n");
        assertThat(text.truncated()).isFalse();
        assertThat(text.notice()).isEmpty();
        assertThat(text.size()).isEqualTo(Files.size(file));
    }

    @Test
    void binaryFilesAreRecognisedByNulBytesInvalidUtf8MagicNumbersOrExtension() throws Exception {
        Path skill = Files.createDirectories(temp.resolve("skill"));
        Path nul = write(skill.resolve("data"), "abc\0def".getBytes(StandardCharsets.US_ASCII));
        Path latin1 = write(skill.resolve("legacy.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        Path png = write(skill.resolve("logo"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        Path font = write(skill.resolve("Inter.ttf"), "looks like text".getBytes(StandardCharsets.US_ASCII));

        assertThat(binary(skill, nul)).isEqualTo("binary file");
        assertThat(binary(skill, latin1)).isEqualTo("binary file");
        assertThat(binary(skill, png)).isEqualTo("PNG image");
        assertThat(binary(skill, font)).isEqualTo("font");
        assertThat(SkillFolderFiles.binaryKind(font)).contains("font");
        assertThat(SkillFolderFiles.binaryKind(nul)).contains("binary file");
        Path svg = write(skill.resolve("icon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        assertThat(SkillFolderFiles.binaryKind(svg)).isEmpty();
        assertThat(SkillFolderFiles.read(skill, svg, 1024)).isInstanceOf(Content.Text.class);
    }

    @Test
    void aMultiByteCharacterCutByTheSniffWindowIsStillText() throws Exception {
        Path skill = Files.createDirectories(temp.resolve("skill"));
        // 8191 ASCII bytes then a 2-byte character that straddles the 8 KB boundary.
        String text = "a".repeat(SkillFolderFiles.SNIFF_BYTES - 1) + "é and more";
        Path file = write(skill.resolve("long.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(SkillFolderFiles.binaryKind(file)).isEmpty();
        assertThat(((Content.Text) SkillFolderFiles.read(skill, file, SkillFolderFiles.VIEWER_LIMIT)).text())
                .isEqualTo(text);
    }

    @Test
    void aFileOverTheLimitShowsItsFirstPartAndSaysSo() throws Exception {
        Path skill = Files.createDirectories(temp.resolve("skill"));
        byte[] bytes = new byte[10_000];
        Arrays.fill(bytes, (byte) 'x');
        // A 3-byte character cut by the limit: dropped, not shown as a replacement character.
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(euro, 0, bytes, 4_999, 3);
        Path file = write(skill.resolve("big.log"), bytes);

        Content.Text text = (Content.Text) SkillFolderFiles.read(skill, file, 5_000);

        assertThat(text.truncated()).isTrue();
        assertThat(text.text()).hasSize(4_999).doesNotContain("\uFFFD");
        assertThat(text.size()).isEqualTo(10_000);
        assertThat(text.notice()).isEqualTo("Showing the first 4.9 KB of 9.8 KB.");
    }

    @Test
    void textWithABadByteAfterTheSniffWindowIsShownWithReplacementsAndANotice() throws Exception {
        Path skill = Files.createDirectories(temp.resolve("skill"));
        byte[] head = "ok ".repeat(4_000).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xE9; // Latin-1 é
        bytes[head.length + 1] = '!';
        Path file = write(skill.resolve("mixed.txt"), bytes);

        Content.Text text = (Content.Text) SkillFolderFiles.read(skill, file, SkillFolderFiles.VIEWER_LIMIT);

        assertThat(text.text()).endsWith("\uFFFD!");
        assertThat(text.notice()).contains("not UTF-8");
    }

    @Test
    void aMissingFileOrFolderGivesAClearMessage() throws Exception {
        Path skill = Files.createDirectories(temp.resolve("skill"));
        Content content = SkillFolderFiles.read(skill, skill.resolve("gone.md"), 100);
        assertThat(((Content.Unreadable) content).reason()).isEqualTo("gone.md no longer exists");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SkillFolderFiles.list(temp.resolve("nope")))
                .hasMessageContaining("nope");
    }

    @Test
    void sizesReadTheWayPeopleReadThem() {
        assertThat(SkillFolderFiles.formatSize(0)).isEqualTo("0 B");
        assertThat(SkillFolderFiles.formatSize(1023)).isEqualTo("1023 B");
        assertThat(SkillFolderFiles.formatSize(12_595)).isEqualTo("12.3 KB");
        assertThat(SkillFolderFiles.formatSize(2L * 1024 * 1024)).isEqualTo("2.0 MB");
    }

    @Test
    void theListingStopsAtTheEntryCap() throws Exception {
        Path skill = Files.createDirectories(temp.resolve("skill"));
        Path many = Files.createDirectories(skill.resolve("many"));
        for (int i = 0; i < SkillFolderFiles.MAX_ENTRIES + 10; i++) {
            Files.createFile(many.resolve("f" + i));
        }
        Listing listing = SkillFolderFiles.list(skill);
        assertThat(listing.entries()).hasSize(SkillFolderFiles.MAX_ENTRIES);
        assertThat(listing.truncated()).isTrue();
    }

    private static String binary(Path skill, Path file) {
        Content content = SkillFolderFiles.read(skill, file, SkillFolderFiles.VIEWER_LIMIT);
        assertThat(content).isInstanceOf(Content.Binary.class);
        assertThat(((Content.Binary) content).size()).isEqualTo(file.toFile().length());
        return ((Content.Binary) content).kind();
    }

    private static Path write(Path file, byte[] bytes) throws Exception {
        return Files.write(file, bytes);
    }

    private static Entry entry(Listing listing, String relative) {
        return listing.entries().stream().filter(e -> e.relativePath().equals(relative)).findFirst().orElseThrow();
    }

    private static int indexWhere(Listing listing, java.util.function.Predicate<Entry> test) {
        for (int i = 0; i < listing.entries().size(); i++) {
            if (test.test(listing.entries().get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexWhere(Listing listing, java.util.function.Predicate<Entry> test) {
        for (int i = listing.entries().size() - 1; i >= 0; i--) {
            if (test.test(listing.entries().get(i))) {
                return i;
            }
        }
        return -1;
    }
}
