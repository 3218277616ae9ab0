package dev.skillfleet.desktop.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class in its own JVM (this JVM's java binary and class path) that prints one line per write — {@code W …}
 * before, {@code A …} once it returned — and is killed with SIGKILL by the test. Its output goes to a file, not a
 * pipe: what it printed before it died is then all there, whereas a pipe's last bytes can be lost when the JDK drains
 * it as the process exits.
 */
public final class KillableChild {

    private final String label;
    private final Process process;
    private final Path output;
    private final Path errors;

    private KillableChild(String label, Process process, Path output, Path errors) {
        this.label = label;
        this.process = process;
        this.output = output;
        this.errors = errors;
    }

    /** Starts {@code mainClass} with {@code jvmOptions} and {@code args}; its files go to {@code scratch}. */
    public static KillableChild start(String label, Class<?> mainClass, List<String> jvmOptions, List<String> args,
                                      Path scratch) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("this JVM's java binary is unknown"));
        Path output = Files.createTempFile(scratch, label + "-", ".out");
        Path errors = Files.createTempFile(scratch, label + "-", ".err");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile())
                .start();
        return new KillableChild(label, process, output, errors);
    }

    /** Waits until the child acknowledged a write (its first line is always an announcement). */
    public boolean awaitFirstAck(long seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (output().contains("\nA ")) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    /**
     * Waits until the last line announces a write not acknowledged yet: a write is under way. A write takes a few
     * milliseconds out of many, so kills at plain random moments rarely land in one.
     */
    public boolean awaitWriteInFlight(long seconds) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && process.isAlive()) {
            String text = output();
            int lastLine = text.lastIndexOf('\n', text.length() - 2) + 1;
            if (text.endsWith("\n") && text.startsWith("W ", lastLine)) {
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    /** What it printed so far. */
    public String output() throws IOException {
        return Files.readString(output, StandardCharsets.US_ASCII);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL ({@link Process#destroyForcibly()} on Linux and macOS), then the exit code once it is gone. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the " + label + " did not die within 30 s of SIGKILL");
        }
        return process.exitValue();
    }

    /** The complete lines printed (a line cut by the kill is not one); call once it has exited. */
    public List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(Arrays.asList(output().split("\n", -1)));
        lines.removeLast(); // after the last newline: empty, or a line the kill cut short
        return lines;
    }

    public String errors() throws IOException {
        return Files.readString(errors);
    }
}
