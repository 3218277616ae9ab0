package dev.skillfleet.desktop.ui.shell;

import dev.skillfleet.desktop.core.settings.AppSettings;
import dev.skillfleet.desktop.core.settings.AppSettings.Theme;
import dev.skillfleet.desktop.core.settings.SettingsStore;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.io.IOException;
import java.util.concurrent.Executor;

/** The window's own state: theme choice, the keep-thinking-open setting, a notice for the user. Saved as changed. */
public final class ShellViewModel {

    private final SettingsStore store;
    private final Executor background;
    private final Executor uiThread;

    /** What the window's centre shows. */
    public enum Section { CHAT, LIBRARY }

    // Properties
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.CHAT);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.SYSTEM);
    private final BooleanProperty keepThinkingOpen = new SimpleBooleanProperty(this, "keepThinkingOpen");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ShellViewModel(SettingsStore store, AppSettings initial, Executor background, Executor uiThread) {
        this.store = store;
        this.background = background;
        this.uiThread = uiThread;
        theme.set(initial.theme());
        keepThinkingOpen.set(initial.keepThinkingOpen());
        store.notice().ifPresent(notice::set);
        theme.addListener((obs, old, now) -> save());
        keepThinkingOpen.addListener((obs, old, now) -> save());
    }

    // Commands

    public void dismissNotice() {
        notice.set("");
    }

    private void save() {
        Theme chosenTheme = theme.get();
        boolean keepOpen = keepThinkingOpen.get();
        background.execute(() -> {
            try {
                // Only this window's own fields: the profiles in the same file belong to the profile editor.
                store.update(current -> current.withTheme(chosenTheme).withKeepThinkingOpen(keepOpen));
            } catch (IOException e) {
                String message = "Could not save your settings to " + store.file() + ": " + e.getMessage();
                uiThread.execute(() -> notice.set(message));
            }
        });
    }

    /** The chat or the library; not saved, the window always opens on the chat. */
    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty keepThinkingOpenProperty() {
        return keepThinkingOpen;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
