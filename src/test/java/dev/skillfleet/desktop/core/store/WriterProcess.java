package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.testing.KillableChild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A {@link CrashingWriter} in its own JVM, writing conversations to a data folder until it is killed. */
final class WriterProcess {

    private WriterProcess() {
    }

    static KillableChild start(Path data, long seed, Path scratch) throws IOException {
        // The native SQLite library is unpacked per process; a killed process cannot delete its copy, so the copies
        // go to the test's own folder.
        Path nativeLibs = Files.createDirectories(scratch.resolve("native"));
        return KillableChild.start("writer", CrashingWriter.class, List.of("--enable-native-access=ALL-UNNAMED",
                        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xss512k",
                        "-Dorg.sqlite.tmpdir=" + nativeLibs, "-Djava.io.tmpdir=" + nativeLibs),
                List.of(data.toString(), Long.toString(seed)), scratch);
    }
}
