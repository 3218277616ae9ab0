package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.editor.RecoveryCopy;
import dev.skillfleet.desktop.core.refine.RuleRefiner;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.application.Platform;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
    private final RefineViewModel.Engines engines;
    private final Map<Path, EditorWindow> open = new HashMap<>();

    public EditorWindows(Window owner, EditorFiles files, Executor background, DesktopActions desktop) {
        this(owner, files, () -> List.of(new RuleRefiner()), background, desktop);
    }

    /** @param engines what Refine… can use, the default first (listed off the FX thread) */
    public EditorWindows(Window owner, EditorFiles files, RefineViewModel.Engines engines, Executor background,
                         DesktopActions desktop) {
        this.engines = Objects.requireNonNull(engines);
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
            EditorWindowViewModel model = new EditorWindowViewModel(editor, files, engines, background,
                    Platform::runLater);
            window = new EditorWindow(owner, model, background, desktop);
            EditorWindow made = window;
            window.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> open.remove(dir, made));
            open.put(dir, window);
            model.movedToProperty().subscribe(moved -> {
                if (moved != null) {
                    // Everything was saved before the rename: the window closes and opens again on the new path.
                    model.closeWithoutSaving();
                    String folder = moved.folder().getFileName().toString();
                    EditorWindowViewModel reopened = open(moved.folder()).model();
                    reopened.showStatus("Renamed the folder to " + folder + ".");
                    if (!moved.historyLeftBehind().isEmpty()) {
                        reopened.showMessage("Renamed the folder to " + folder + ", but some earlier versions could "
                                + "not follow; they are still in the history folder under the old name. "
                                + String.join(" ", moved.historyLeftBehind()));
                    }
                }
            });
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

    /**
     * Opens the skill's editor with another text for its SKILL.md under review, e.g. the revision the chat wrote as a
     * draft: the same side-by-side review with a choice per change; nothing changes until the user applies and saves.
     */
    public EditorWindow reviewDraft(Path skillDir, Path draftSkillMd) {
        EditorWindow window = open(skillDir);
        window.showRefinePane();
        window.model().refine().reviewDraft(draftSkillMd);
        return window;
    }

    /** The window open on this skill, if any. */
    public Optional<EditorWindow> windowOf(Path skillDir) {
        return Optional.ofNullable(open.get(skillDir.toAbsolutePath().normalize()));
    }

    /** How long closing the app waits, in all, for the last recovery copies (a few ms each on a healthy disk). */
    public static final java.time.Duration FLUSH_BOUND = java.time.Duration.ofSeconds(3);

    /**
     * The app is closing: writes each open editor's latest unsaved text to its recovery copy now, before the
     * background executor is shut down (which would interrupt or drop those writes). Call it before the editor
     * windows hide with their owner. Waits at most {@link #FLUSH_BOUND} in all.
     *
     * @return whether every copy was written in time
     */
    public boolean flushRecovery() {
        long deadline = System.nanoTime() + FLUSH_BOUND.toNanos();
        boolean all = true;
        for (EditorWindow window : java.util.List.copyOf(open.values())) {
            java.time.Duration left = java.time.Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            all &= window.model().flushRecovery(left);
        }
        return all;
    }
}
