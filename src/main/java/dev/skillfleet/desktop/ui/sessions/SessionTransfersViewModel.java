package dev.skillfleet.desktop.ui.sessions;

import dev.skillfleet.desktop.core.store.SessionExport;
import dev.skillfleet.desktop.core.store.SessionImport;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.SessionSummary;
import dev.skillfleet.desktop.core.store.StoredIds;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * Conversations to and from files, from the sidebar: one to Markdown (thinking optional) or JSON, and a JSON export
 * back in as a new conversation, which the chat then shows.
 *
 * <p>Kept apart from {@link SessionsViewModel} (one idea each): it only shares the store, asks the list to read
 * itself again after an import, and opens the imported conversation through the {@link SessionNavigator}. Files and
 * the store are touched on the background executor, one call after another (see {@link StoreCalls}); the outcome
 * comes back on the FX executor as {@link #messageProperty()} or {@link #errorProperty()} — one of them, never both,
 * and never an exception on the FX thread. Commands are called on the FX thread. Never touches a control.
 */
public final class SessionTransfersViewModel {

    /** Characters no common file system accepts in a name (Windows is the strictest), and control characters. */
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Names Windows keeps for devices, whatever the extension: "CON.md" cannot be created there. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");
    /** Long enough for any title worth reading; short enough for every file system's name limit with the extension. */
    private static final int MAX_NAME = 80;

    private final SessionStore store;
    private final SessionsViewModel sessions;
    private final SessionNavigator navigator;
    private final ZoneId zone;
    private final String userId;
    private final StoreCalls calls;

    /** What a background call found: a sentence for the user and, after an import, the new conversation. */
    private record Outcome(String message, String error, String importedId) {
        static Outcome done(String message) {
            return new Outcome(message, "", null);
        }

        static Outcome failed(String error) {
            return new Outcome("", error, null);
        }
    }

    // Properties
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param sessions   the sidebar's list, read again after an import
     * @param background where files and the store are used
     * @param fxThread   how results come back: {@code Platform::runLater} in the app, {@code Runnable::run} in tests
     * @param zone       the time zone a Markdown export shows message times in
     * @param userId     whom imported conversations belong to (an export does not say): the system user name
     */
    public SessionTransfersViewModel(SessionStore store, SessionsViewModel sessions, SessionNavigator navigator,
                                     Executor background, Executor fxThread, ZoneId zone, String userId) {
        this.store = Objects.requireNonNull(store, "store");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.calls = new StoreCalls(background, fxThread, this::showError);
    }

    // Commands

    /**
     * Writes the conversation to {@code target}, replacing it atomically (a failure leaves the old file as it was).
     *
     * @param withThinking Markdown only: each answer's thinking in a collapsed block (JSON always has it)
     */
    public void exportSession(SessionItem item, SessionExport.Format format, boolean withThinking, Path target) {
        if (item == null || format == null || target == null) {
            return;
        }
        String id = item.id();
        String title = quoted(item.title());
        showMessage("Exporting " + title + "\u2026");
        calls.run(() -> {
            // A rename over an empty folder would replace it: a folder is never the file meant.
            if (Files.isDirectory(target)) {
                return Outcome.failed("Could not write " + target + ": it is a folder");
            }
            try {
                if (SessionExport.write(store, id, format, withThinking, zone, target)) {
                    return Outcome.done("Exported " + title + " to " + target);
                }
            } catch (IOException e) {
                return Outcome.failed("Could not write " + target + ": " + reason(e));
            }
            return Outcome.failed(title + " was not exported to " + target + ": "
                    + (StoredIds.sessionDeleted(store, id) ? "it has been deleted" : "it is no longer stored"));
        }, this::show, failure -> showError(title + " was not exported to " + target + ": " + failure));
    }

    /**
     * Brings in a JSON export as a new conversation (a copy when the original is still stored), then shows it. A file
     * that is not an export is refused whole, with the problem and the file named; nothing is written then.
     */
    public void importSession(Path file) {
        if (file == null) {
            return;
        }
        showMessage("Importing " + file.getFileName() + "\u2026");
        calls.run(() -> {
            SessionImport.Checked checked;
            try {
                checked = SessionImport.read(file);
            } catch (SessionImport.Refused e) {
                // The message starts with the file's path already.
                return Outcome.failed("Not imported: " + e.getMessage());
            }
            String id = SessionImport.write(store, checked, userId);
            String title = store.summary(id).map(SessionSummary::title).map(String::strip)
                    .filter(t -> !t.isEmpty()).orElse(SessionItem.UNTITLED);
            int count = checked.messages();
            return new Outcome("Imported " + quoted(title) + " (" + (count == 1 ? "1 message" : count + " messages")
                    + ")", "", id);
        }, outcome -> {
            show(outcome);
            if (outcome.importedId() != null) {
                sessions.refresh();
                navigator.openSession(outcome.importedId());
            }
        }, failure -> showError("Could not import " + file + ": " + failure));
    }

    public void dismissMessage() {
        message.set("");
    }

    public void dismissError() {
        error.set("");
    }

    /**
     * The name offered when exporting: the title with what file systems refuse replaced, shortened, and the format's
     * extension; "conversation" when nothing usable is left.
     */
    public static String fileName(SessionItem item, SessionExport.Format format) {
        String title = item == null || item.untitled() ? "" : item.title();
        String name = SPACES.matcher(UNSAFE.matcher(title).replaceAll(" ")).replaceAll(" ").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME)
                    .strip();
        }
        // Windows drops trailing dots and spaces; a leading dot would hide the file on Unix.
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.isEmpty()) {
            name = "conversation";
        } else if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            name = name + "_";
        }
        return name + "." + extension(format);
    }

    /** The file extension of a format, without the dot. */
    public static String extension(SessionExport.Format format) {
        return format == SessionExport.Format.JSON ? "json" : "md";
    }

    // Internals

    private void show(Outcome outcome) {
        if (outcome.error().isEmpty()) {
            showMessage(outcome.message());
        } else {
            showError(outcome.error());
        }
    }

    private void showMessage(String text) {
        error.set("");
        message.set(text);
    }

    private void showError(String text) {
        message.set("");
        error.set(text);
    }

    private static String quoted(String title) {
        return "\u201c" + title + "\u201d";
    }

    /** Why a file could not be written, as a few words: the exceptions' own messages are often just the path. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException fs) {
            // Thrown when a folder on the way is a file.
            return fs.getFile() + " is a file, not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // Property getters

    /** What the last export or import did, or is doing ("Exported “Title” to /path/file.md"); empty when nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last export or import did not happen, naming the file; empty when it did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
