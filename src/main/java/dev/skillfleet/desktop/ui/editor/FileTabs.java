package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * The skill's other files as closable tabs after SKILL.md and Preview, one per {@link SkillFileViewModel}: editable,
 * with plain highlighting by file type. Closing a tab with unsaved changes asks first (the guard can be replaced by
 * whoever adds saving).
 */
final class FileTabs {

    private final TabPane tabs;
    private final SkillEditorViewModel model;
    private final Executor background;
    private final FxDelay delay;
    private final Map<SkillFileViewModel, Tab> open = new IdentityHashMap<>();
    private Predicate<SkillFileViewModel> closeGuard = FileTabs::confirmDiscard;

    FileTabs(TabPane tabs, SkillEditorViewModel model, Executor background, FxDelay delay) {
        this.tabs = tabs;
        this.model = model;
        this.background = background;
        this.delay = delay;
        model.openFiles().addListener((ListChangeListener<SkillFileViewModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(file -> {
                    Tab tab = open.remove(file);
                    if (tab != null) {
                        tabs.getTabs().remove(tab);
                    }
                });
                c.getAddedSubList().forEach(this::add);
            }
        });
    }

    /** Decides whether a tab may close; answers true to close. */
    void setCloseGuard(Predicate<SkillFileViewModel> guard) {
        this.closeGuard = guard;
    }

    Tab tabOf(SkillFileViewModel file) {
        return open.get(file);
    }

    /** The file whose tab this is, or null for the SKILL.md and Preview tabs. */
    SkillFileViewModel fileOf(Tab tab) {
        return tab != null && tab.getUserData() instanceof SkillFileViewModel file ? file : null;
    }

    private void add(SkillFileViewModel file) {
        String lower = file.relativePath().toLowerCase(java.util.Locale.ROOT);
        boolean prose = lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt");
        CodeEditor editor = new CodeEditor(file.textProperty(), file.find(),
                Highlighter.forFileName(file.relativePath()), background, delay, prose);
        ProblemGutter.install(editor.area());
        editor.area().setId("file-editor-" + file.relativePath().replaceAll("[^A-Za-z0-9]", "-"));
        Tab tab = new Tab();
        tab.textProperty().bind(file.dirtyProperty().map(d -> file.name() + (d ? " \u2022" : "")));
        tab.setTooltip(new Tooltip(file.relativePath()));
        tab.setUserData(file);
        tab.setContent(editor.node());
        tab.setClosable(true);
        tab.setOnCloseRequest(e -> {
            if (!closeGuard.test(file)) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> model.closeFile(file));
        open.put(file, tab);
        tabs.getTabs().add(tab);
    }

    private static boolean confirmDiscard(SkillFileViewModel file) {
        if (!file.dirtyProperty().get()) {
            return true;
        }
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, file.relativePath() + " has changes that are not "
                + "saved. Close it and discard them?", discard, ButtonType.CANCEL);
        alert.setHeaderText("Discard unsaved changes?");
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
