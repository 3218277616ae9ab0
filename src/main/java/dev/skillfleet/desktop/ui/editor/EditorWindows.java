package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.editor.RecoveryCopy;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.application.Platform;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The app's editor windows: one per skill folder, owned by the main window; opening a skill already open brings its
 * window to the front. FX thread only.
 */
public final class EditorWindows {

    private final Window owner;
    private final EditorFiles files;
    private final Executor background;
    private final DesktopActions desktop;
    private final Map<Path, EditorWindow> open = new HashMap<>();

    public EditorWindows(Window owner, EditorFiles files, Executor background, DesktopActions desktop) {
        this.owner = Objects.requireNonNull(owner);
        this.files = Objects.requireNonNull(files);
        this.background = Objects.requireNonNull(background);
        this.desktop = Objects.requireNonNull(desktop);
    }

    /** Opens the skill's editor, or brings it forward. */
    public EditorWindow open(Path skillDir) {
        Path dir = skillDir.toAbsolutePath().normalize();
        EditorWindow window = open.get(dir);
        if (window == null) {
            SkillEditorViewModel editor = new SkillEditorViewModel(background, Platform::runLater, FxDelay.fx());
            EditorWindowViewModel model = new EditorWindowViewModel(editor, files, background, Platform::runLater);
            window = new EditorWindow(owner, model, background, desktop);
            EditorWindow made = window;
            window.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> open.remove(dir, made));
            open.put(dir, window);
            model.open(dir);
        }
        window.show();
        return window;
    }

    /** Opens the skill holding {@code copy}'s file with the recovered text loaded as unsaved changes. */
    public EditorWindow recover(Path skillDir, RecoveryCopy copy) {
        EditorWindow window = open(skillDir);
        window.model().recover(copy);
        return window;
    }

    /** The window open on this skill, if any. */
    public Optional<EditorWindow> windowOf(Path skillDir) {
        return Optional.ofNullable(open.get(skillDir.toAbsolutePath().normalize()));
    }
}
