package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.ui.fx.CoalescingQueue;
import dev.skillfleet.desktop.ui.fx.FlushScheduler;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The library: every root scanned off the FX thread and shown as it goes, as a tree with counts and badges; ranked
 * search as you type with filters; the selected skill's details and files; the roots followed on disk.
 *
 * <p>Disk work runs on {@code background} (each root's work in order, see {@link RootWork}); streamed results come
 * back through a {@link CoalescingQueue}, so the FX thread applies at most one batch per frame; one-off results
 * (search, details, a file) come back through {@code uiThread}. Never touches a control.
 */
public final class LibraryViewModel {

    private final LibraryServices services;
    private final Executor background;
    private final Executor uiThread;
    private final CoalescingQueue<LibraryUpdate> updates;
    private final SerialExecutor settingsWriter;
    private final LibraryTree tree = new LibraryTree();
    /** FX thread: per root, its work and the skills shown for it (all of them, before filtering). */
    private final Map<RootWork, Shown> shown = new LinkedHashMap<>();
    /** Any thread: the roots' work, for the watcher's callbacks and searches. */
    private final List<RootWork> works = new CopyOnWriteArrayList<>();
    private final LibraryRootsModel rootsModel;
    private final SkillSelection selection;
    private final LibrarySearch search;
    private FolderWatcher watcher = FolderWatcher.NONE;
    /** A skill folder to select as soon as it is shown (a draft just written, a skill just promoted). */
    private Path pendingSelection;

    private record Shown(LibraryRoot root, Map<Path, LibrarySkill> skills) {
    }

    // Properties
    private final ObservableList<LibraryRoot> roots = FXCollections.observableArrayList();
    private final ObservableList<LibraryRoot> readOnlyRoots = FXCollections.unmodifiableObservableList(roots);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty invalidOnly = new SimpleBooleanProperty(this, "invalidOnly");
    private final BooleanProperty drafts = new SimpleBooleanProperty(this, "drafts");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>(this, "category");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError", true);
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(this, "scanning");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");

    public LibraryViewModel(LibraryServices services, Executor background, Executor uiThread,
                            FlushScheduler scheduler) {
        this.services = services;
        this.background = background;
        this.uiThread = uiThread;
        this.updates = new CoalescingQueue<>(scheduler, this::apply);
        this.settingsWriter = new SerialExecutor(background);
        this.rootsModel = new LibraryRootsModel(this, services, background, uiThread);
        this.selection = new SkillSelection(background, uiThread, this::showMessage);
        this.search = new LibrarySearch(background, uiThread);
        query.addListener((obs, old, now) -> search());
        invalidOnly.addListener((obs, old, now) -> refilter());
        drafts.addListener((obs, old, now) -> refilter());
        category.addListener((obs, old, now) -> refilter());
    }

    // Commands

    /** Starts following the disk and scans the main library and every added folder. */
    public void start() {
        if (!works.isEmpty()) {
            return;
        }
        watcher = services.watchers().start(this::diskChanged);
        addRootNow(services.mainRoot(), true);
        for (Path extra : services.extraRoots().load()) {
            Path normalized = extra.toAbsolutePath().normalize();
            if (rootOf(normalized) == null) {
                addRootNow(normalized, false);
            }
        }
    }

    /** Stops following the disk; results still in flight are dropped. */
    public void close() {
        works.forEach(RootWork::close);
        watcher.close();
    }

    /** Shows a skill's details (from the tree or the results); null clears them. */
    public void select(LibrarySkill skill) {
        selection.select(skill);
    }

    /** Opens one of the selected skill's files: as text when it is text, else its kind and size. */
    public void openFile(SkillFolderFiles.Entry entry) {
        selection.openFile(entry);
    }

    /**
     * Opens a file named by a relative link in the selected skill's SKILL.md (e.g. {@code references/forms.md}); a
     * link leading out of the skill folder or to a missing file gives a message instead.
     */
    public void openRelative(String link) {
        selection.openRelative(link);
    }

    /** Adds a folder to the library, once checked; remembered in the settings. */
    public void addRoot(Path folder) {
        rootsModel.add(folder.toAbsolutePath().normalize());
    }

    /** Takes an added folder out of the library view (nothing on disk is touched); the main library stays. */
    public void removeRoot(LibraryRoot root) {
        if (root == null || root.main()) {
            return;
        }
        RootWork work = workOf(root);
        if (work == null) {
            return;
        }
        work.close();
        works.remove(work);
        shown.remove(work);
        roots.remove(root);
        tree.removeRoot(root.path());
        FolderWatcher current = watcher;
        background.execute(() -> current.unwatch(root.path()));
        if (selection.current() != null && selection.current().root().equals(root.path())) {
            select(null);
        }
        search.dropRoot(root.path());
        rootsModel.save(extraRootPaths());
        summarize();
    }

    /** Reads the known skill folders on this machine that are not shown yet, for "Add folder…". */
    public void loadSuggestions() {
        rootsModel.loadSuggestions();
    }

    /** Scans every root again. */
    public void refresh() {
        works.forEach(RootWork::rescan);
    }

    public void dismissMessage() {
        message.set("");
    }

    /**
     * What the watcher reports, on its thread: reloads just the changed skills, or the whole root when the change was
     * too big to follow. Also the entry point for tests.
     */
    public void diskChanged(Path root, Set<Path> skillDirs, boolean rescanNeeded) {
        Path normalized = root.toAbsolutePath().normalize();
        for (RootWork work : works) {
            if (work.root().equals(normalized)) {
                if (rescanNeeded) {
                    work.rescan();
                } else {
                    work.reload(skillDirs);
                }
            }
        }
    }

    /** The tree node showing {@code skill}, or null when the filter hides it; for the view to select it. */
    public LibraryNode nodeOf(LibrarySkill skill) {
        return skill == null ? null : tree.nodeOf(skill.dir());
    }

    /** The skill shown for {@code skillDir} now, or null. */
    public LibrarySkill skillAt(Path skillDir) {
        for (Shown s : shown.values()) {
            LibrarySkill skill = s.skills().get(skillDir);
            if (skill != null) {
                return skill;
            }
        }
        return null;
    }

    // Used by LibraryRootsModel, on the FX thread.

    void addRootNow(Path path, boolean main) {
        String label = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        LibraryRoot root = new LibraryRoot(path, main, tree.addRoot(path, label));
        RootWork work = new RootWork(services.libraries().apply(path), background, updates::offer);
        shown.put(work, new Shown(root, new LinkedHashMap<>()));
        works.add(work);
        roots.add(root);
        FolderWatcher current = watcher;
        // Watched first, then scanned: a change made during the scan is then reported, never missed.
        work.after(() -> current.watch(path));
        work.scan();
        summarize();
    }

    List<Path> rootPaths() {
        return roots.stream().map(LibraryRoot::path).toList();
    }

    List<Path> extraRootPaths() {
        return roots.stream().filter(r -> !r.main()).map(LibraryRoot::path).toList();
    }

    LibraryRoot rootOf(Path path) {
        return roots.stream().filter(r -> r.path().equals(path)).findFirst().orElse(null);
    }

    void showMessage(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    /** A message about something that went well (an export written, a draft promoted). */
    void showInfo(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    LibraryServices services() {
        return services;
    }

    /** Selects the skill in {@code skillDir} now if it is shown, else as soon as a scan or reload shows it. */
    void selectWhenShown(Path skillDir) {
        Path dir = skillDir.toAbsolutePath().normalize();
        LibrarySkill shownNow = skillAt(dir);
        if (shownNow != null) {
            pendingSelection = null;
            select(shownNow);
        } else {
            pendingSelection = dir;
        }
    }

    Executor settingsWriter() {
        return settingsWriter;
    }

    // The flush: on the FX thread, once per frame, with everything the roots sent since the last one.

    private void apply(List<LibraryUpdate> batch) {
        boolean reindexed = false;
        for (LibraryUpdate update : batch) {
            Shown target = shown.get(update.work());
            if (target == null) {
                continue; // the root was removed meanwhile
            }
            switch (update) {
                case LibraryUpdate.Found found -> found.skills().forEach(s -> put(target, update.work(), s));
                case LibraryUpdate.Removed removed -> removed.dirs().forEach(dir -> remove(target, dir));
                case LibraryUpdate.ScanDone done -> {
                    new ArrayList<>(target.skills().keySet()).stream()
                            .filter(dir -> !done.present().contains(dir))
                            .forEach(dir -> remove(target, dir));
                    target.root().setScanning(false);
                    target.root().setProblem(done.problem());
                    if (!done.problem().isEmpty()) {
                        showMessage(done.problem());
                    }
                }
                case LibraryUpdate.IndexReady ready -> reindexed = true;
            }
        }
        summarize();
        if (reindexed && search.searchingProperty().get()) {
            search();
        }
    }

    private void put(Shown target, RootWork work, Skill skill) {
        LibrarySkill item = LibrarySkill.of(work.root(), skill);
        target.skills().put(skill.dir(), item);
        tree.put(item);
        LibrarySkill current = selection.current();
        if (current != null && current.dir().equals(skill.dir()) || skill.dir().equals(pendingSelection)) {
            pendingSelection = null;
            select(item);
        }
    }

    private void remove(Shown target, Path dir) {
        LibrarySkill gone = target.skills().remove(dir);
        tree.remove(dir);
        LibrarySkill current = selection.current();
        if (gone != null && current != null && current.dir().equals(dir)) {
            select(null);
            showMessage("\u201c" + gone.name() + "\u201d was deleted or moved on disk.");
        }
    }

    private void refilter() {
        Map<Path, List<LibrarySkill>> byRoot = new LinkedHashMap<>();
        shown.values().forEach(s -> byRoot.put(s.root().path(), List.copyOf(s.skills().values())));
        tree.refill(filter(), byRoot);
        summarize();
        search();
    }

    private LibraryFilter filter() {
        return new LibraryFilter(invalidOnly.get(), drafts.get(), category.get());
    }

    /** Runs the query over every root's index; the latest query wins. */
    private void search() {
        search.run(query.get(), works, filter(), this::skillAt);
    }

    private void summarize() {
        LibrarySummary summary = LibrarySummary.of(shown.values().stream().map(Shown::skills).toList(),
                roots.stream().anyMatch(r -> r.scanningProperty().get()), roots.size());
        shown.values().forEach(s -> s.root().setSkillCount(s.skills().size()));
        scanning.set(summary.scanning());
        status.set(summary.text());
        empty.set(!summary.scanning() && summary.skills() == 0 && !drafts.get());
        if (!categories.equals(summary.categories())) {
            categories.setAll(summary.categories());
        }
    }

    private RootWork workOf(LibraryRoot root) {
        for (Map.Entry<RootWork, Shown> entry : shown.entrySet()) {
            if (entry.getValue().root() == root) {
                return entry.getKey();
            }
        }
        return null;
    }

    // Properties

    public Path mainRoot() {
        return services.mainRoot();
    }

    public ObservableList<LibraryRoot> getRoots() {
        return readOnlyRoots;
    }

    /** What the search field holds; the results follow as it changes. */
    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty invalidOnlyProperty() {
        return invalidOnly;
    }

    /** Show drafts (and only drafts) instead of the library's skills. */
    public BooleanProperty draftsProperty() {
        return drafts;
    }

    /** The category to show, null for all. */
    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    /** Every category path seen in the library ("dspy", "python", "python/async"), sorted. */
    public ObservableList<String> getCategories() {
        return categories;
    }

    /** Ranked results of the current query, best first; empty without a query. */
    public ObservableList<SearchResult> getResults() {
        return search.results();
    }

    /** A query is typed: the view shows the results instead of the tree. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return search.searchingProperty();
    }

    public ObservableList<Path> getSuggestions() {
        return rootsModel.suggestions();
    }

    public ReadOnlyObjectProperty<LibrarySkill> selectedProperty() {
        return selection.selectedProperty();
    }

    /** The selected skill's details, once read; null while none is selected. */
    public ReadOnlyObjectProperty<SkillDetails> detailsProperty() {
        return selection.detailsProperty();
    }

    /** The file opened last; the view shows it in the viewer. */
    public ReadOnlyObjectProperty<OpenedFile> openedFileProperty() {
        return selection.openedFileProperty();
    }

    /** One line about the library: counts, or progress while scanning. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last failure or notice for the user; "" when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message reports a failure (shown as a warning) rather than something done. */
    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning.getReadOnlyProperty();
    }

    /** Every root is scanned and holds no skill: the view shows how to start one. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
