package dev.skillfleet.desktop.core.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashingEditor} in its own JVM (this JVM's java binary and class path). Its output goes to a file, not a
 * pipe: what it printed before it died is then all there, whereas a pipe's last bytes can be lost when the JDK drains
 * it as the process exits.
 */
final class EditorProcess {

    private final Process process;
    private final Path output;
    private final Path errors;

    private EditorProcess(Process process, Path output, Path errors) {
        this.process = process;
        this.output = output;
        this.errors = errors;
    }

    static EditorProcess start(Path data, Path skill, long seed, Path scratch) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("this JVM's java binary is unknown"));
        Path output = Files.createTempFile(scratch, "editor-", ".out");
        Path errors = Files.createTempFile(scratch, "editor-", ".err");
        List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-Xss512k", "-cp", System.getProperty("java.class.path"), CrashingEditor.class.getName(),
                data.toString(), skill.toString(), Long.toString(seed));
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile())
                .start();
        return new EditorProcess(process, output, errors);
    }

    /** Waits until the editor acknowledged its first recovery copy. */
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

    /**
     * Waits until the editor's last line announces a write it has not acknowledged yet: a copy is being written. A
     * write takes a few milliseconds out of every ~50, so kills at plain random moments rarely land in one.
     */
    boolean awaitWriteInFlight(long seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && process.isAlive()) {
            String text = Files.readString(output, StandardCharsets.US_ASCII);
            int lastLine = text.lastIndexOf('\n', text.length() - 2) + 1;
            if (text.endsWith("\n") && text.startsWith("W ", lastLine)) {
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL ({@link Process#destroyForcibly()} on Linux and macOS), then the exit code once it is gone. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the editor did not die within 30 s of SIGKILL");
        }
        return process.exitValue();
    }

    /** The complete lines printed (a line cut by the kill is not one); call once it has exited. */
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
