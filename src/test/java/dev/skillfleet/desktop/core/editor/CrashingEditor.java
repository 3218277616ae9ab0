package dev.skillfleet.desktop.core.editor;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

/**
 * The child process of {@link RecoveryCrashTest}: an editor session on one skill file, core only. On start it takes
 * back the recovery copy a killed session left (as the app offers it), then "types" until it is killed: it changes
 * the text and calls {@link RecoveryStore#remember} every ~50 ms. Around every call it prints a line — {@code W hash}
 * just before, {@code A hash} once the call returned — so the parent knows the last acknowledged text and the one, at
 * most, in flight. It never saves the skill file.
 *
 * <pre>
 * START sha256(text it started from) recovered|file
 * W sha256(text)
 * A sha256(text)
 * </pre>
 */
public final class CrashingEditor {

    private static final String[] WORDS = {"skill", "When to Use", "caf\u00e9", "na\u00efve", "\u6771\u4eac",
            "\ud83d\ude80", "\"quoted\"", "it's", "back\\slash", "tab\there", "- item", "```", "\r\n", "\n", "\u00a0"};
    private static final int MAX_CHARS = 40_000;

    private CrashingEditor() {
    }

    /** {@code args}: the data folder, the skill file, a seed. */
    public static void main(String[] args) throws IOException, InterruptedException {
        // The parent closes our stdin when it goes away: never outlive it.
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // nothing to read; only the end matters
                }
            } catch (IOException ignored) {
                // treated as the end
            }
            Runtime.getRuntime().halt(3);
        });
        watchdog.setDaemon(true);
        watchdog.start();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.US_ASCII);
        RecoveryStore store = new RecoveryStore(Path.of(args[0]));
        EditedFile file = EditedFile.open(Path.of(args[1]));
        Random random = new Random(Long.parseLong(args[2]));

        RecoveryCopy recovered = store.pending().stream().filter(c -> c.file().equals(file.path())).findFirst()
                .orElse(null);
        String text = recovered != null ? recovered.text() : file.text();
        out.print("START " + hash(text) + " " + (recovered != null ? "recovered" : "file") + "\n");
        out.flush();
        while (true) {
            text = edit(text, random);
            String hash = hash(text);
            out.print("W " + hash + "\n");
            out.flush();
            RememberResult result = store.remember(file, text);
            if (result.status() != RememberResult.Status.WRITTEN) {
                out.print("ERROR " + result.status() + " " + result.problem().orElse("") + "\n");
                out.flush();
                System.exit(2);
            }
            out.print("A " + hash + "\n");
            out.flush();
            Thread.sleep(25 + random.nextInt(50));
        }
    }

    /** One keystroke's worth, or a paste, or a cut: the text always changes. */
    private static String edit(String text, Random random) {
        StringBuilder next = new StringBuilder(text);
        if (next.length() > MAX_CHARS || random.nextInt(8) == 0 && next.length() > 200) {
            int from = safe(next, random.nextInt(next.length() - 100));
            next.delete(from, safe(next, from + 1 + random.nextInt(next.length() - from - 50)));
        }
        int at = safe(next, random.nextInt(next.length() + 1));
        String word = WORDS[random.nextInt(WORDS.length)];
        next.insert(at, random.nextInt(10) == 0 ? word.repeat(20 + random.nextInt(200)) : word + " ");
        return next.toString();
    }

    /** A position that does not split a character outside the BMP. */
    private static int safe(CharSequence text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    /** The hash of the text as the editor holds it: {@code \n} line breaks. */
    static String hash(String text) {
        return FileFingerprint.sha256(LineEnding.toEditor(text).getBytes(StandardCharsets.UTF_8));
    }
}
