import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Runs the JDK's own tools (jlink, jmod, jpackage) in this JVM through {@link ToolProvider} — no shell, so the same
 * code works on Linux, Windows and macOS — and other programs as processes; reads the options files under packaging/.
 */
final class Tool {

    private Tool() {
    }

    /** Runs a JDK tool, printing its command line first; stops the build when it fails. */
    static void run(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new PackagingException(
                "This JDK has no " + tool + " tool; build the installers with a full JDK 25 (not a JRE)."));
        System.out.println("> " + tool + " " + String.join(" ", args));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int exit = provider.run(out, err, args.toArray(String[]::new));
        if (exit != 0) {
            throw new PackagingException(tool + " failed (exit " + exit + "); its messages are above.");
        }
    }

    /** What a process printed (stdout and stderr together) and how it ended. */
    record Result(int exit, List<String> lines) {
        boolean printed(String prefix) {
            return lines.stream().anyMatch(line -> line.startsWith(prefix));
        }
    }

    /**
     * Runs {@code command} with changed environment variables, echoing its output with {@code label} in front; kills
     * it after {@code timeoutSeconds}.
     */
    static Result exec(List<String> command, Map<String, String> environment, String label, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // A null value removes the variable, so the child cannot see the caller's setting.
        environment.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    System.out.println("  [" + label + "] " + line);
                }
            } catch (IOException e) {
                System.out.println("  [" + label + "] (output ended: " + e.getMessage() + ")");
            }
        });
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new PackagingException(label + ": " + command.getFirst() + " did not finish within "
                    + timeoutSeconds + " s and was stopped.");
        }
        reader.join(5_000);
        synchronized (lines) {
            return new Result(process.exitValue(), List.copyOf(lines));
        }
    }

    /**
     * The options in a packaging/ file: one or more per line, separated by spaces, "double quotes" around a value
     * with spaces, and # starting a comment that runs to the end of the line.
     */
    static List<String> options(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new PackagingException("Missing " + file + " (the jpackage options for this OS).");
        }
        List<String> options = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            StringBuilder token = null;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        quoted = false;
                    } else {
                        token.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    token = token == null ? new StringBuilder() : token;
                } else if (c == '#' && token == null) {
                    break;
                } else if (Character.isWhitespace(c)) {
                    if (token != null) {
                        options.add(token.toString());
                        token = null;
                    }
                } else {
                    token = token == null ? new StringBuilder() : token;
                    token.append(c);
                }
            }
            if (quoted) {
                throw new PackagingException(file + " line " + lineNumber + ": a \" is not closed.");
            }
            if (token != null) {
                options.add(token.toString());
            }
        }
        return options;
    }

    /** The value after {@code option} in {@code options}, if it is there. */
    static String valueOf(List<String> options, String option) {
        int at = options.indexOf(option);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : null;
    }

    /** Deletes a file or folder with everything in it; nothing when it is not there. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Stops the build with a message that says what to do; the driver prints it without a stack trace. */
    static final class PackagingException extends RuntimeException {
        PackagingException(String message) {
            super(message);
        }
    }
}
