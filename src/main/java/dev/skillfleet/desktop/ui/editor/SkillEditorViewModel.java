package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The skill editor's state: the SKILL.md text and whether it is saved, live validation (debounced, off the FX thread,
 * stale results dropped), the problems and the gutter's markers, the frontmatter form kept in step with the text,
 * the preview's Markdown, find and replace, and the skill's other files open in tabs.
 *
 * <p>Saving, history, recovery and Refine are not here: they plug in through {@link #textProperty()},
 * {@link #load}, {@link #markSaved} and {@link #skillFileProperty()}. Every method runs on the FX thread.
 */
public final class SkillEditorViewModel {

    /** How long typing must pause before the text is validated and the form re-read. */
    public static final Duration VALIDATION_DELAY = Duration.ofMillis(300);

    private final Executor background;
    private final Executor uiThread;
    private final FxDelay delay;
    private final SkillValidator validator = new SkillValidator();

    /** Counts text versions: a result computed for an older version is dropped. */
    private long revision;
    private String baseline = "";
    private boolean loading;
    private String folderName;
    private int bodyLine = 1;
    private long caretSerial;

    // Properties
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Path> skillFile = new ReadOnlyObjectWrapper<>(this, "skillFile");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyIntegerWrapper loadCount = new ReadOnlyIntegerWrapper(this, "loadCount", 0);
    private final ReadOnlyBooleanWrapper analysisPending = new ReadOnlyBooleanWrapper(this, "analysisPending", false);
    private final ReadOnlyObjectWrapper<ValidationReport> report =
            new ReadOnlyObjectWrapper<>(this, "report", ValidationReport.empty());
    private final ObservableList<ValidationIssue> problems = FXCollections.observableArrayList();
    // Read-only views made once: a view made per call holds its listeners weakly and may lose them.
    private final ObservableList<ValidationIssue> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<Map<Integer, LineMarker>> markers =
            new ReadOnlyObjectWrapper<>(this, "markers", Map.of());
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper(this, "problemSummary", "");
    private final ReadOnlyObjectWrapper<CaretRequest> caretRequest = new ReadOnlyObjectWrapper<>(this, "caretRequest");
    private final ReadOnlyStringWrapper previewBody = new ReadOnlyStringWrapper(this, "previewBody", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<SkillFolderFiles.Entry> files = FXCollections.observableArrayList();
    private final ObservableList<SkillFolderFiles.Entry> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<SkillFileViewModel> openFiles = FXCollections.observableArrayList();
    private final ObservableList<SkillFileViewModel> openFilesView =
            FXCollections.unmodifiableObservableList(openFiles);
    private final ReadOnlyObjectWrapper<SkillFileViewModel> selectedFile =
            new ReadOnlyObjectWrapper<>(this, "selectedFile");
    private final FrontmatterForm form;
    private final FindReplace find = new FindReplace(text);

    /**
     * @param background where validation and file reads run
     * @param uiThread   the FX thread ({@code Platform::runLater}); tests pass a same-thread executor
     * @param delay      the debounce timer ({@link FxDelay#fx()}); tests move time by hand
     */
    public SkillEditorViewModel(Executor background, Executor uiThread, FxDelay delay) {
        this.background = DropWhenClosed.wrap(background);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.delay = Objects.requireNonNull(delay);
        this.form = new FrontmatterForm(new FrontmatterForm.Edits() {
            @Override
            public void field(String key, String value) {
                text.set(FrontmatterEdit.setField(text(), key, value));
            }

            @Override
            public void metadata(List<Map.Entry<String, String>> rows) {
                text.set(FrontmatterEdit.setMetadata(text(), rows));
            }
        });
        text.addListener((obs, old, now) -> textChanged());
    }

    // Commands

    /**
     * Reads the skill's SKILL.md (off the FX thread) and loads it, and lists the skill's other files. A file that
     * cannot be edited safely (binary, too large, not UTF-8) is refused with {@link #messageProperty()}.
     */
    public void openSkill(Path skillDir) {
        Path dir = skillDir.toAbsolutePath().normalize();
        background.execute(() -> {
            Path skillMd = EditableFiles.skillFile(dir);
            EditableFiles.Loaded loaded = skillMd == null
                    ? new EditableFiles.Loaded.Refused(dir, "The folder " + dir + " has no SKILL.md.")
                    : EditableFiles.read(dir, skillMd, skillMd.getFileName().toString());
            List<SkillFolderFiles.Entry> listed = otherFiles(dir, skillMd);
            uiThread.execute(() -> {
                switch (loaded) {
                    case EditableFiles.Loaded.Text t -> {
                        load(t.file(), t.text());
                        files.setAll(listed);
                    }
                    case EditableFiles.Loaded.Refused r -> message.set(r.message());
                }
            });
        });
    }

    /**
     * Shows {@code content} as the SKILL.md at {@code skillMd}, as just loaded or saved (not dirty), and validates it
     * at once. The saver's loader calls this with the text it decoded.
     */
    public void load(Path skillMd, String content) {
        Path file = skillMd.toAbsolutePath().normalize();
        Path dir = file.getParent();
        loading = true;
        try {
            skillFile.set(file);
            folderName = dir == null || dir.getFileName() == null ? null : dir.getFileName().toString();
            baseline = EditableFiles.normalize(content);
            text.set(baseline);
        } finally {
            loading = false;
        }
        dirty.set(false);
        message.set("");
        loadCount.set(loadCount.get() + 1);
        analyze(revision, baseline);
    }

    /** {@code savedText} is now on disk: the dirty flag compares against it from here on. */
    public void markSaved(String savedText) {
        baseline = EditableFiles.normalize(savedText);
        dirty.set(!baseline.equals(text()));
    }

    /** Asks the view to put the caret on the problem's line; a problem without a line goes to its section. */
    public void jumpTo(ValidationIssue problem) {
        int line = problem.line() > 0 ? problem.line() : "body".equals(problem.field()) ? bodyLine : 1;
        jumpTo(line);
    }

    public void jumpTo(int line) {
        caretRequest.set(new CaretRequest(Math.max(1, line), ++caretSerial));
    }

    /**
     * Opens one of the skill's files in a tab (off the FX thread), or brings its tab forward; SKILL.md itself selects
     * the main tab. Binary, huge and non-UTF-8 files are refused with a message.
     */
    public void openFile(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path current = skillFile.get();
        if (target.equals(current) || current == null) {
            selectedFile.set(null);
            return;
        }
        for (SkillFileViewModel open : openFiles) {
            if (open.file().equals(target)) {
                selectedFile.set(open);
                return;
            }
        }
        Path dir = current.getParent();
        if (!target.startsWith(dir)) {
            message.set(target + " is outside the skill's folder; only the skill's own files open here.");
            return;
        }
        String relative = dir.relativize(target).toString().replace('\\', '/');
        background.execute(() -> {
            EditableFiles.Loaded loaded = EditableFiles.read(dir, target, relative);
            uiThread.execute(() -> {
                switch (loaded) {
                    case EditableFiles.Loaded.Text t -> {
                        SkillFileViewModel opened = new SkillFileViewModel(target, relative, t.text());
                        openFiles.add(opened);
                        selectedFile.set(opened);
                        message.set("");
                    }
                    case EditableFiles.Loaded.Refused r -> message.set(r.message());
                }
            });
        });
    }

    /** Closes a file's tab; asking about unsaved changes is the caller's part. */
    public void closeFile(SkillFileViewModel file) {
        openFiles.remove(file);
        if (selectedFile.get() == file) {
            selectedFile.set(null);
        }
    }

    /** Puts the SKILL.md tab forward. */
    public void selectSkillFile() {
        selectedFile.set(null);
    }

    /** The user brought a file's tab forward (null: SKILL.md's); saving acts on {@link #selectedFileProperty()}. */
    public void selectFile(SkillFileViewModel file) {
        if (file == null || openFiles.contains(file)) {
            selectedFile.set(file);
        }
    }

    public void dismissMessage() {
        message.set("");
    }

    // The text's life cycle

    private void textChanged() {
        long current = ++revision;
        dirty.set(!baseline.equals(text()));
        analysisPending.set(true);
        if (loading) {
            return; // load() validates at once
        }
        String snapshot = text();
        delay.after(VALIDATION_DELAY, () -> {
            if (current == revision) {
                analyze(current, snapshot);
            }
        });
    }

    private void analyze(long forRevision, String snapshot) {
        analysisPending.set(true);
        String folder = folderName;
        background.execute(() -> {
            Analysis analysis = Analysis.of(validator, folder, snapshot);
            uiThread.execute(() -> {
                if (forRevision == revision) {
                    apply(analysis);
                }
            });
        });
    }

    private void apply(Analysis analysis) {
        List<ValidationIssue> issues = analysis.report().issues();
        if (!problems.equals(issues)) {
            problems.setAll(issues);
        }
        report.set(analysis.report());
        markers.set(analysis.markers());
        problemSummary.set(summary(analysis.report()));
        if (analysis.form() != null) {
            form.apply(analysis.form());
        } else {
            form.markTextHasErrors(analysis.parseError());
        }
        previewBody.set(analysis.body());
        bodyLine = analysis.bodyLine();
        analysisPending.set(false);
    }

    private static String summary(ValidationReport report) {
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        if (errors == 0 && warnings == 0) {
            return "No problems";
        }
        String e = errors == 1 ? "1 error" : errors + " errors";
        String w = warnings == 1 ? "1 warning" : warnings + " warnings";
        return errors == 0 ? w : warnings == 0 ? e : e + " \u00b7 " + w;
    }

    private static List<SkillFolderFiles.Entry> otherFiles(Path dir, Path skillMd) {
        try {
            return SkillFolderFiles.list(dir).entries().stream()
                    .filter(e -> !e.directory() && !e.path().equals(skillMd)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String text() {
        String now = text.get();
        return now == null ? "" : now;
    }

    // Property getters

    /** The SKILL.md text with "\n" line breaks; the view keeps its code area and this in step. */
    public StringProperty textProperty() {
        return text;
    }

    /** The SKILL.md being edited (absolute), null before anything is loaded. */
    public ReadOnlyObjectProperty<Path> skillFileProperty() {
        return skillFile.getReadOnlyProperty();
    }

    /** The text differs from what was last loaded or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Goes up by one on every {@link #load}: the view then starts a fresh undo history. */
    public ReadOnlyIntegerProperty loadCountProperty() {
        return loadCount.getReadOnlyProperty();
    }

    /** True from a change of the text until its validation is shown. */
    public ReadOnlyBooleanProperty analysisPendingProperty() {
        return analysisPending.getReadOnlyProperty();
    }

    /** The latest validation of the text (e.g. for Refine's "fix validation problems"). */
    public ReadOnlyObjectProperty<ValidationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Errors and warnings in the order validation found them. */
    public ObservableList<ValidationIssue> problems() {
        return problemsView;
    }

    /** 1-based line to what the gutter shows there. */
    public ReadOnlyObjectProperty<Map<Integer, LineMarker>> markersProperty() {
        return markers.getReadOnlyProperty();
    }

    /** "No problems", "2 errors · 1 warning". */
    public ReadOnlyStringProperty problemSummaryProperty() {
        return problemSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaretRequest> caretRequestProperty() {
        return caretRequest.getReadOnlyProperty();
    }

    /** The Markdown body, for the Preview tab. */
    public ReadOnlyStringProperty previewBodyProperty() {
        return previewBody.getReadOnlyProperty();
    }

    /** A sentence for the user about a file that was not opened; "" when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The skill's files other than SKILL.md, for the Files menu. */
    public ObservableList<SkillFolderFiles.Entry> files() {
        return filesView;
    }

    public ObservableList<SkillFileViewModel> openFiles() {
        return openFilesView;
    }

    /** The file tab in front; null for the SKILL.md tab. */
    public ReadOnlyObjectProperty<SkillFileViewModel> selectedFileProperty() {
        return selectedFile.getReadOnlyProperty();
    }

    public FrontmatterForm form() {
        return form;
    }

    public FindReplace find() {
        return find;
    }
}
