package dev.skillfleet.desktop.core.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The editor's saving, with its safety nets in the app's data folder: every save keeps a version in the file's
 * {@link SkillHistory} and removes its {@link RecoveryStore} copy. Before a save replaces the file, the content it
 * replaces is kept as a version too (it is usually the newest version already), so neither the text the file had
 * before its first save in the editor nor another program's change overwritten on purpose is ever lost.
 *
 * <p>One instance serves the whole app. Methods do disk I/O: call them off the UI thread.
 */
public final class EditorFiles {

    private static final System.Logger LOG = System.getLogger(EditorFiles.class.getName());

    private final Path dataFolder;
    private final int keep;
    private final Clock clock;
    private final RecoveryStore recovery;

    /** @param dataFolder the app's data folder ({@code DataLocation}) */
    public EditorFiles(Path dataFolder) {
        this(dataFolder, SkillHistory.DEFAULT_KEEP, Clock.systemUTC());
    }

    public EditorFiles(Path dataFolder, int keepVersions, Clock clock) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.keep = keepVersions;
        this.clock = clock;
        this.recovery = new RecoveryStore(this.dataFolder, clock);
    }

    public RecoveryStore recovery() {
        return recovery;
    }

    public SkillHistory history(Path file) {
        return SkillHistory.of(dataFolder, file, keep, clock);
    }

    /** See {@link EditedFile#open}. */
    public EditedFile open(Path file) throws IOException {
        return EditedFile.open(file);
    }

    /**
     * Saves unless the file changed on disk ({@link EditedFile#save}); once saved, keeps the version and removes the
     * recovery copy.
     *
     * @throws IOException when the file cannot be written (it is then as it was, and the recovery copy stays)
     */
    public SaveReport save(EditedFile file, String editorText) throws IOException {
        Optional<DiskContent> replaced = DiskContent.read(file.path());
        return saved(file, replaced, file.save(editorText));
    }

    /**
     * Saves whatever the file holds now ({@link EditedFile#saveOverwriting}): the user chose their text over another
     * program's. That program's content is kept in the history first, so the choice can be undone.
     */
    public SaveReport saveOverwriting(EditedFile file, String editorText) throws IOException {
        Optional<DiskContent> replaced = DiskContent.read(file.path());
        return saved(file, replaced, file.saveOverwriting(editorText));
    }

    private SaveReport saved(EditedFile file, Optional<DiskContent> replaced, SaveOutcome outcome) {
        if (!(outcome instanceof SaveOutcome.Saved)) {
            return new SaveReport(outcome, Optional.empty(), Optional.empty());
        }
        recovery.discard(file.path());
        SkillHistory history = history(file.path());
        try {
            if (replaced.isPresent()) {
                history.record(replaced.get().bytes(), replaced.get().fingerprint().lastModified());
            }
            return new SaveReport(outcome, Optional.of(history.record(file.content())), Optional.empty());
        } catch (IOException | RuntimeException e) {
            String problem = "Saved " + file.path() + ", but its version could not be kept in " + history.folder()
                    + ": " + e.getMessage();
            LOG.log(System.Logger.Level.WARNING, problem);
            return new SaveReport(outcome, Optional.empty(), Optional.of(problem));
        }
    }
}
