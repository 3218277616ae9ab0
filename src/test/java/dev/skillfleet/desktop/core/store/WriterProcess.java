package dev.skillfleet.desktop.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashingWriter} in its own JVM (this JVM's java binary and class path) writing to a data folder; its
 * output written to a file, so the parent can wait for the first acknowledged write and kill it any time after.
 */
final class WriterProcess {

    private final Process process;
    private final Path output;
    private final Path errors;

    private WriterProcess(Process process, Path output, Path errors) {
        this.process = process;
        this.output = output;
        this.errors = errors;
    }

    static WriterProcess start(Path data, long seed, Path scratch) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("this JVM's java binary is unknown"));
        // Output goes to files, not pipes: what the writer wrote before it died is then all there, whereas a pipe's
        // last bytes can be lost when the JDK drains it as the process exits.
        Path output = Files.createTempFile(scratch, "writer-", ".out");
        Path errors = Files.createTempFile(scratch, "writer-", ".err");
        // The native SQLite library is unpacked per process; a killed process cannot delete its copy, so the copies
        // go to the test's own folder.
        Path nativeLibs = Files.createDirectories(scratch.resolve("native"));
        List<String> command = List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xss512k",
                "-Dorg.sqlite.tmpdir=" + nativeLibs, "-Djava.io.tmpdir=" + nativeLibs,
                "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), data.toString(), Long.toString(seed));
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile())
                .start();
        return new WriterProcess(process, output, errors);
    }

    /** Waits until the writer acknowledged a write (the first line is always an announcement). */
    boolean awaitFirstAck(long seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.readString(output, StandardCharsets.US_ASCII).contains("\nA ")) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL ({@link Process#destroyForcibly()} on Linux), then the exit code once it is gone. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the writer did not die within 30 s of SIGKILL");
        }
        return process.exitValue();
    }

    /** The complete lines the writer printed (a line cut by the kill is not one); call once it has exited. */
    List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(Arrays.asList(
                Files.readString(output, StandardCharsets.US_ASCII).split("\n", -1)));
        lines.removeLast(); // after the last newline: empty, or a line the kill cut short
        return lines;
    }

    String errors() throws IOException {
        return Files.readString(errors);
    }
}
