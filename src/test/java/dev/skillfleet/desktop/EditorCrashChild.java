package dev.skillfleet.desktop;

import atlantafx.base.theme.PrimerLight;
import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.editor.RecoveryCopy;
import dev.skillfleet.desktop.core.editor.RecoveryStore;
import dev.skillfleet.desktop.ui.editor.EditorWindow;
import dev.skillfleet.desktop.ui.editor.EditorWindows;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The child process of {@link EditorCrashRecoveryUiTest}: the app's editor in a JVM of its own, headless, killed with
 * SIGKILL by the test. It builds what the app builds — a main stage owning {@link EditorWindows} over the data folder,
 * with real {@link EditorFiles}, the app's kind of background executor and {@code Platform::runLater} — opens the
 * skill, replaces its description in the code area as a user does, and leaves the recovery copy to the editor
 * window's own timer. It never saves. It prints, one line each:
 *
 * <pre>
 * READY sha256(text as opened)
 * T sha256(text)      after each edit, on the FX thread, before any timer tick can see that text
 * C sha256(text)      each time the recovery copy on disk holds a new text (polled through RecoveryStore)
 * </pre>
 *
 * After the first {@code C} it keeps typing (a word at the end every ~100 ms) until it is killed.
 */
public final class EditorCrashChild {

    private static final String[] WORDS = {"retry ", "caf\u00e9 ", "\u6771\u4eac ", "`code` ", "- item\n", "\n"};

    private static PrintStream out;

    private EditorCrashChild() {
    }

    /** {@code args}: the data folder, the skill folder, the new description. */
    public static void main(String[] args) throws Exception {
        exitWithParent();
        out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        Path data = Path.of(args[0]);
        Path skillDir = Path.of(args[1]).toAbsolutePath().normalize();
        Path skillMd = skillDir.resolve("SKILL.md");
        String description = args[2];

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // As the app: a virtual-thread executor for disk work, the FX thread for results.
        ExecutorService background = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("skill-fleet-", 0).factory());
        EditorFiles files = new EditorFiles(data);
        EditorWindow window = onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage main = new Stage();
            main.setScene(new Scene(new StackPane(), 400, 300));
            main.show();
            EditorWindows editors = new EditorWindows(main, files, background, DesktopActions.none());
            return editors.open(skillDir);
        });
        CodeArea area = onFx(() -> (CodeArea) window.stage().getScene().lookup("#skill-code-area"));
        // The skill is read in the background; wait until it can be saved and its text is in the code area.
        while (onFx(() -> !window.model().readyProperty().get() || area.getText().isEmpty())) {
            Thread.sleep(20);
        }
        print("READY " + hash(onFx(area::getText)));

        // Select the description's value and type a new one over it: one edit, like a paste over a selection.
        onFx(() -> {
            String text = area.getText();
            int start = text.indexOf("\ndescription: ") + "\ndescription: ".length();
            int end = text.indexOf('\n', start);
            area.selectRange(start, end);
            area.replaceSelection(description);
            print("T " + hash(area.getText()));
            return null;
        });

        // Report each copy the window's timer writes; after the first, keep typing until killed.
        RecoveryStore reader = new RecoveryStore(data);
        String lastCopy = null;
        int word = 0;
        long nextWord = 0;
        while (true) {
            String copy = reader.pending().stream().filter(c -> c.file().equals(skillMd)).map(RecoveryCopy::text)
                    .findFirst().map(EditorCrashChild::hash).orElse(null);
            if (copy != null && !copy.equals(lastCopy)) {
                lastCopy = copy;
                print("C " + copy);
            }
            if (lastCopy != null && System.nanoTime() >= nextWord) {
                String typed = WORDS[word++ % WORDS.length];
                Platform.runLater(() -> {
                    area.moveTo(area.getLength());
                    area.insertText(area.getLength(), typed);
                    print("T " + hash(area.getText()));
                });
                nextWord = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            }
            Thread.sleep(50);
        }
    }

    private static synchronized void print(String line) {
        out.print(line + "\n");
        out.flush();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    /** The parent keeps our stdin open: when it goes away, so do we. */
    private static void exitWithParent() {
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
    }

    /** SHA-256 of the text as the editor holds it ({@code \n} line breaks), in hex. */
    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
