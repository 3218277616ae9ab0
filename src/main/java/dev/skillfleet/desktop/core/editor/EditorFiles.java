package dev.skillfleet.desktop.core.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    /** A skill is a SKILL.md and a few folders of files; these bounds only guard against a folder that is not one. */
    private static final int MAX_DEPTH = 8;
    private static final int MAX_FILES = 2_000;

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

    /**
     * After a skill's folder was renamed, gives each of its files the history it had under the old path (versions
     * copied with their times, then the old history removed), so History goes on where it was. A history that cannot
     * be moved stays under the old path and is named in the result; nothing of the skill itself is touched.
     *
     * @return problems, one sentence each; empty when every history moved
     */
    public List<String> moveHistories(Path oldDir, Path newDir) {
        List<String> problems = new ArrayList<>();
        Path from = oldDir.toAbsolutePath().normalize();
        Path to = newDir.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(to, MAX_DEPTH)) {
            files = walk.filter(Files::isRegularFile).limit(MAX_FILES).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of("The history of " + to.getFileName() + " could not be moved: " + e.getMessage());
        }
        for (Path file : files) {
            SkillHistory old = history(from.resolve(to.relativize(file)));
            SkillHistory moved = history(file);
            try {
                List<HistoryVersion> versions = old.versions();
                if (versions.isEmpty()) {
                    continue;
                }
                for (HistoryVersion version : versions.reversed()) {
                    moved.record(old.readBytes(version.id()), version.time());
                }
                deleteFolder(old.folder());
            } catch (IOException | RuntimeException e) {
                problems.add("The history of " + file.getFileName() + " stayed under its old path (" + old.folder()
                        + "): " + e.getMessage());
            }
        }
        return problems;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
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
