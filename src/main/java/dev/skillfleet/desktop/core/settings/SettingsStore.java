package dev.skillfleet.desktop.core.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.skillfleet.desktop.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Settings as JSON in the per-user config folder, written atomically. A file that cannot be read is set aside
 * (renamed, never deleted) and the user is told; it is never silently reset.
 *
 * <p>One store is shared by everything in the app that changes settings, and each change goes through
 * {@link #update}: the theme switch and the profile editor each change their part of the same current settings,
 * so neither overwrites the other's last change with a stale copy.
 */
public final class SettingsStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private String notice;
    /** The settings as last loaded or saved; null until then. */
    private AppSettings current;

    public SettingsStore(Path configFolder) {
        this.file = configFolder.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or the defaults when there are none or the file was unreadable (see {@link #notice()}). */
    public synchronized AppSettings load() {
        try {
            current = read();
        } catch (IOException e) {
            setAside(e);
            current = AppSettings.DEFAULTS;
        }
        return current;
    }

    /**
     * The stored settings without touching the file: the defaults when there is none, an exception when it cannot be
     * read. For readers that must not move the user's file, like the command line.
     */
    public AppSettings read() throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            AppSettings settings = JSON.readValue(bytes, AppSettings.class);
            return settings == null ? AppSettings.DEFAULTS : settings;
        } catch (NoSuchFileException e) {
            return AppSettings.DEFAULTS;
        }
    }

    /** The settings as last loaded or saved (loading them the first time). */
    public synchronized AppSettings current() {
        return current != null ? current : load();
    }

    public synchronized void save(AppSettings settings) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(settings));
        current = settings;
    }

    /**
     * Applies {@code change} to the current settings and saves the result, as one step: concurrent updates are
     * applied one after the other. If {@code change} throws, nothing is saved.
     */
    public synchronized AppSettings update(UnaryOperator<AppSettings> change) throws IOException {
        AppSettings next = change.apply(current());
        save(next);
        return next;
    }

    /** A message for the user when the last load found a broken file, once. */
    public synchronized Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    private void setAside(IOException cause) {
        Path aside = file.resolveSibling("settings.json.corrupt-" + LocalDateTime.now().format(STAMP));
        try {
            Files.move(file, aside);
            notice = "Your settings file could not be read (" + firstLine(cause) + "). It was kept as " + aside
                    + " and the defaults are used until you change a setting.";
        } catch (IOException moveFailed) {
            notice = "Your settings file " + file + " could not be read (" + firstLine(cause) + "); the defaults are "
                    + "used for now and the file was left as it is.";
        }
    }

    private static String firstLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
