package dev.skillfleet.desktop.core.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextFileFormatTest {

    /** A skill with non-ASCII text, a character outside the BMP and a tab, no final line break in some cases. */
    private static final String SKILL = "---\nname: caf\u00e9-helper\n"
            + "description: \"Use when \u6771\u4eac \ud83d\ude80\"\n"
            + "---\n\n# Caf\u00e9\n\n\tindented\n";

    @TempDir
    Path temp;

    static Stream<Arguments> everyForm() {
        List<Arguments> forms = new ArrayList<>();
        for (TextEncoding encoding : TextEncoding.values()) {
            for (LineEnding ending : LineEnding.values()) {
                forms.add(Arguments.of(encoding, ending, SKILL));
                forms.add(Arguments.of(encoding, ending, SKILL.strip())); // no final line break
            }
            forms.add(Arguments.of(encoding, LineEnding.LF, "")); // empty file: only the BOM, if any
        }
        return forms.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyForm")
    void everyEncodingAndLineEndingIsReadAndWrittenBackByteForByte(TextEncoding encoding, LineEnding ending,
                                                                     String text) throws Exception {
        byte[] bytes = new TextFileFormat(encoding, ending, false).encode(text);

        TextFileFormat.Decoded decoded = TextFileFormat.decode(Path.of("SKILL.md"), bytes);

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.format().encoding()).isEqualTo(encoding);
        if (text.contains("\n")) {
            assertThat(decoded.format().lineEnding()).isEqualTo(ending);
        }
        assertThat(decoded.format().mixedLineEndings()).isFalse();
        assertThat(decoded.format().encode(decoded.text())).isEqualTo(bytes);
    }

    @Test
    void theByteOrderMarkDecidesTheEncodingAndIsNotPartOfTheText() throws Exception {
        byte[] bom8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', '\r', '\n'};
        byte[] le = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0, '\n', 0};
        byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'h', 0, 'i', 0, '\r'};

        assertThat(TextFileFormat.decode(temp, bom8)).isEqualTo(new TextFileFormat.Decoded(
                new TextFileFormat(TextEncoding.UTF_8_BOM, LineEnding.CRLF, false), "hi\n"));
        assertThat(TextFileFormat.decode(temp, le)).isEqualTo(new TextFileFormat.Decoded(
                new TextFileFormat(TextEncoding.UTF_16LE_BOM, LineEnding.LF, false), "hi\n"));
        assertThat(TextFileFormat.decode(temp, be)).isEqualTo(new TextFileFormat.Decoded(
                new TextFileFormat(TextEncoding.UTF_16BE_BOM, LineEnding.CR, false), "hi\n"));
        assertThat(TextFileFormat.decode(temp, "plain".getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo(TextFileFormat.DEFAULT);
        // A second BOM is a character of the text (U+FEFF) and stays one.
        byte[] twice = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};
        TextFileFormat.Decoded decoded = TextFileFormat.decode(temp, twice);
        assertThat(decoded.text()).isEqualTo("\ufeffx");
        assertThat(decoded.format().encode(decoded.text())).isEqualTo(twice);
    }

    @Test
    void aMixedFileKeepsTheStyleMostOfItsLinesUseAndSaysItWasMixed() throws Exception {
        TextFileFormat.Decoded crlfMost = TextFileFormat.decode(temp,
                "a\r\nb\r\nc\nd\r\ne\r".getBytes(StandardCharsets.UTF_8));
        assertThat(crlfMost.text()).isEqualTo("a\nb\nc\nd\ne\n");
        assertThat(crlfMost.format().lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(crlfMost.format().mixedLineEndings()).isTrue();
        assertThat(crlfMost.format().encode(crlfMost.text()))
                .isEqualTo("a\r\nb\r\nc\r\nd\r\ne\r\n".getBytes(StandardCharsets.UTF_8));

        // A tie goes to the style of the first line break.
        assertThat(TextFileFormat.decode(temp, "a\nb\r\nc\r\nd\n".getBytes(StandardCharsets.UTF_8)).format()
                .lineEnding()).isEqualTo(LineEnding.LF);
        assertThat(TextFileFormat.decode(temp, "a\r\nb\nc\nd\r\n".getBytes(StandardCharsets.UTF_8)).format()
                .lineEnding()).isEqualTo(LineEnding.CRLF);
        // No line break at all: LF, and not mixed.
        assertThat(TextFileFormat.decode(temp, "one line".getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo(TextFileFormat.DEFAULT);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirOffsetAndLineNotReplaced() throws Exception {
        Path file = Files.write(temp.resolve("SKILL.md"),
                new byte[] {'-', '-', '-', '\n', 'n', 'a', 'm', 'e', ':', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> TextFileFormat.decode(file, Files.readAllBytes(file)))
                .isInstanceOfSatisfying(UnreadableTextException.class, e -> {
                    assertThat(e.offset()).isEqualTo(13);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining(file.toString()).hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("byte 13 (line 2)").hasMessageContaining("nothing was changed");
    }

    @Test
    void otherInvalidSequencesAreRefusedToo() {
        byte[][] invalid = {
            {'a', (byte) 0xC0, (byte) 0x80},                               // overlong NUL
            {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80},                   // a surrogate encoded in UTF-8
            {'a', (byte) 0xE2, (byte) 0x82},                                // cut off at the end
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF},      // with a BOM
            {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xDC},          // UTF-16 LE: a lone low surrogate
            {(byte) 0xFE, (byte) 0xFF, 0, 'a', 0},                          // UTF-16 BE: an odd byte count
        };
        for (byte[] bytes : invalid) {
            assertThatThrownBy(() -> TextFileFormat.decode(temp, bytes))
                    .as("bytes %s", java.util.Arrays.toString(bytes))
                    .isInstanceOf(UnreadableTextException.class);
        }
    }

    @Test
    void textWithABrokenCharacterIsNotWrittenWithAReplacement() {
        assertThatThrownBy(() -> TextFileFormat.DEFAULT.encode("a\ud800b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lone UTF-16 surrogate");
    }
}
