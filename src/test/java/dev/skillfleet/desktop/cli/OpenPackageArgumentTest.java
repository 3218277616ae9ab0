package dev.skillfleet.desktop.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A file given alone (what the desktop passes when a .skill file is opened) opens the window to import it. */
class OpenPackageArgumentTest {

    @TempDir
    Path temp;

    private final List<RootCommand.WindowOptions> opened = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RootCommand.run(args, opened::add, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), Map.of());
    }

    @Test
    void aPackageFileOpensTheWindowWithItToImport() throws Exception {
        Path skill = Files.writeString(temp.resolve("pdf-tools.skill"), "PK");

        assertThat(run(skill.toString())).isZero();

        assertThat(opened).singleElement().satisfies(options ->
                assertThat(options.importFile()).contains(skill.toAbsolutePath().normalize()));
    }

    @Test
    void noFileMeansNothingToImport() {
        assertThat(run("--library", temp.toString())).isZero();
        assertThat(opened).singleElement().satisfies(options -> assertThat(options.importFile()).isEmpty());
    }

    @Test
    void aWordThatIsNeitherACommandNorAFileIsABadUsage() {
        assertThat(run("valdiate")).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains("valdiate is not a command and not a file to import");
    }
}
