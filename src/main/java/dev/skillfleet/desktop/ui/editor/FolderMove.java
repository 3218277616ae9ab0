package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.refine.FixRefusedException;
import dev.skillfleet.desktop.core.refine.FolderFixer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Renames a skill's folder to match its new name, off the FX thread, with the same checks as {@code fix --write}
 * (a name that is no folder name, a folder already there, a linked folder or a read-only parent are refused and nothing
 * changes), then moves its files' history along. The editor calls it only once every file is saved.
 */
final class FolderMove {

    private final EditorFiles files;
    private final Executor background;
    private final Executor uiThread;
    private final FolderFixer folders = new FolderFixer();

    FolderMove(EditorFiles files, Executor background, Executor uiThread) {
        this.files = Objects.requireNonNull(files);
        this.background = Objects.requireNonNull(background);
        this.uiThread = Objects.requireNonNull(uiThread);
    }

    /**
     * The folder's new path, and why some of its files' earlier versions stayed under the old path's history (each
     * a sentence; none when all came along).
     */
    public record Moved(Path folder, List<String> historyLeftBehind) {
    }

    /**
     * @param moved   gets the folder's new path and what of the history could not follow (FX thread)
     * @param refused gets a sentence saying why nothing was renamed (FX thread)
     */
    void rename(Path dir, String newName, Consumer<Moved> moved, Consumer<String> refused) {
        background.execute(() -> {
            try {
                Path target = folders.renameFolder(dir, newName);
                List<String> problems = files.moveHistories(dir, target);
                problems.forEach(p -> System.getLogger(FolderMove.class.getName())
                        .log(System.Logger.Level.WARNING, p));
                uiThread.execute(() -> moved.accept(new Moved(target, List.copyOf(problems))));
            } catch (FixRefusedException e) {
                uiThread.execute(() -> refused.accept("The folder was not renamed: " + e.getMessage() + "."));
            } catch (RuntimeException e) {
                uiThread.execute(() -> refused.accept("The folder was not renamed: " + e));
            }
        });
    }
}
