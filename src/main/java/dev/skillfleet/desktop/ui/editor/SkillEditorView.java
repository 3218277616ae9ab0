package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.markdown.MarkdownActions;
import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The skill editor: tabs for SKILL.md (the highlighted text with problem marks in the gutter, the problems under it,
 * the frontmatter form beside it), its Preview, and the skill's other files. Builds nodes and binds them to
 * {@link SkillEditorViewModel}; holds no state of its own beyond what the nodes show.
 */
public final class SkillEditorView extends BorderPane {

    private static final String STYLESHEET = Objects.requireNonNull(
            SkillEditorView.class.getResource("editor.css"), "editor.css missing from the class path").toExternalForm();
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final SkillEditorViewModel model;
    private final DesktopActions desktop;
    private final CodeEditor editor;
    private final TabPane tabs = new TabPane();
    private final Tab skillTab = new Tab();
    private final Tab previewTab = new Tab("Preview");
    private final FileTabs fileTabs;
    private final HBox extras = new HBox(6);

    /**
     * @param background where highlighting and the preview's parsing run
     * @param desktop    opens the preview's web links and copies its code blocks
     */
    public SkillEditorView(SkillEditorViewModel model, Executor background, DesktopActions desktop) {
        this.model = Objects.requireNonNull(model);
        this.desktop = Objects.requireNonNull(desktop);
        background = DropWhenClosed.wrap(background);
        getStyleClass().add("skill-editor");
        FxDelay delay = FxDelay.fx();

        editor = new CodeEditor(model.textProperty(), model.find(), Highlighter.skillMarkdown(), background, delay,
                true);
        editor.area().setId("skill-code-area");
        ProblemGutter.install(editor.area(), model.markersProperty());
        SplitPane textAndProblems = new SplitPane(editor.node(), ProblemsPane.create(model));
        textAndProblems.setOrientation(Orientation.VERTICAL);
        textAndProblems.setDividerPositions(0.78);
        Node form = new FrontmatterFormPane(model).node();
        SplitPane split = new SplitPane(textAndProblems, form);
        split.setId("editor-split");
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(form, false);

        skillTab.textProperty().bind(model.dirtyProperty().map(d -> "SKILL.md" + (d ? " \u2022" : "")));
        skillTab.setClosable(false);
        skillTab.setContent(split);
        PreviewPane preview = new PreviewPane(new MarkdownRenderer(markdownActions()), background);
        previewTab.setClosable(false);
        previewTab.setContent(preview.node());
        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getTabs().addAll(skillTab, previewTab);
        fileTabs = new FileTabs(tabs, model, background, delay);

        setTop(new VBox(toolbar(split, form), messageBar()));
        setCenter(tabs);

        // The ViewModel's requests, followed.
        model.loadCountProperty().subscribe(count -> editor.startFresh());
        model.caretRequestProperty().subscribe(request -> {
            if (request != null) {
                tabs.getSelectionModel().select(skillTab);
                editor.goToLine(request.line());
            }
        });
        model.selectedFileProperty().subscribe(file -> {
            Tab tab = file == null ? null : fileTabs.tabOf(file);
            if (tab != null) {
                tabs.getSelectionModel().select(tab);
            } else if (file == null && fileTabs.fileOf(tabs.getSelectionModel().getSelectedItem()) != null) {
                tabs.getSelectionModel().select(skillTab);
            }
        });
        tabs.getSelectionModel().selectedItemProperty().subscribe(tab -> {
            if (tab == previewTab) {
                preview.show(model.previewBodyProperty().get());
            } else if (tab != null) {
                model.selectFile(fileTabs.fileOf(tab));
            }
        });
        model.previewBodyProperty().subscribe(body -> {
            if (previewTab.isSelected()) {
                preview.show(body);
            }
        });
        sceneProperty().subscribe(this::installStylesheet);
    }

    // For whoever wires the editor in

    /** The toolbar's slot for more actions (Save, Refine…), left of the Files menu. */
    public ObservableList<Node> toolbarItems() {
        return extras.getChildren();
    }

    /** Replaces the question asked before a file tab with unsaved changes closes; answer true to close it. */
    public void setFileCloseGuard(Predicate<SkillFileViewModel> guard) {
        fileTabs.setCloseGuard(Objects.requireNonNull(guard));
    }

    /** Focuses the SKILL.md text, e.g. when the editor is shown. */
    public void focusText() {
        tabs.getSelectionModel().select(skillTab);
        editor.area().requestFocus();
    }

    private Node toolbar(SplitPane split, Node form) {
        Label title = new Label();
        title.setId("editor-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(model.skillFileProperty().map(SkillEditorView::title).orElse("No skill open"));
        Label summary = new Label();
        summary.setId("editor-summary");
        summary.textProperty().bind(model.problemSummaryProperty());
        model.reportProperty().subscribe(report -> {
            summary.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
            summary.getStyleClass().add(!report.valid() ? Styles.DANGER
                    : report.issues().isEmpty() ? Styles.SUCCESS : Styles.WARNING);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        MenuButton files = new MenuButton("Files");
        files.setId("editor-files");
        files.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.files()));
        model.files().addListener((ListChangeListener<SkillFolderFiles.Entry>) c ->
                files.getItems().setAll(model.files().stream().map(this::fileItem).toList()));

        ToggleButton showForm = new ToggleButton("Form");
        showForm.setId("editor-form-toggle");
        showForm.setSelected(true);
        showForm.selectedProperty().subscribe(shown -> {
            if (shown && !split.getItems().contains(form)) {
                split.getItems().add(form);
                split.setDividerPositions(0.66);
            } else if (!shown) {
                split.getItems().remove(form);
            }
        });
        // The buttons keep their words when the window narrows (a side pane opened); the title and summary give way.
        files.setMinWidth(Region.USE_PREF_SIZE);
        showForm.setMinWidth(Region.USE_PREF_SIZE);
        extras.setMinWidth(Region.USE_PREF_SIZE);
        extras.getChildren().addListener((ListChangeListener<Node>) c -> extras.getChildren().forEach(node -> {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }));
        title.setMinWidth(0);
        summary.setMinWidth(0);
        HBox bar = new HBox(10, title, summary, spacer, extras, files, showForm);
        bar.setId("editor-toolbar");
        bar.getStyleClass().add("editor-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        extras.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private MenuItem fileItem(SkillFolderFiles.Entry entry) {
        MenuItem item = new MenuItem(entry.relativePath());
        item.setMnemonicParsing(false);
        item.setOnAction(e -> model.openFile(entry.path()));
        return item;
    }

    private Node messageBar() {
        Label message = new Label();
        message.setId("editor-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button dismiss = new Button("\u2715");
        dismiss.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        dismiss.setOnAction(e -> model.dismissMessage());
        HBox bar = new HBox(8, message, dismiss);
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("editor-message");
        bar.visibleProperty().bind(model.messageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Copy goes to the desktop; a relative link opens that file of the skill in a tab, a web link in the browser. */
    private MarkdownActions markdownActions() {
        return new MarkdownActions() {
            @Override
            public void copyToClipboard(String text) {
                desktop.copyToClipboard(text);
            }

            @Override
            public void openLink(String url) {
                Path skillMd = model.skillFileProperty().get();
                if (SCHEME.matcher(url).find() || skillMd == null) {
                    desktop.openLink(url);
                    return;
                }
                String path = url.replaceFirst("[#?].*$", "");
                if (path.isBlank()) {
                    return;
                }
                Path dir = skillMd.getParent();
                Path target;
                try {
                    target = dir.resolve(path).normalize();
                } catch (java.nio.file.InvalidPathException e) {
                    return;
                }
                if (target.equals(skillMd)) {
                    focusText();
                } else {
                    model.openFile(target); // says so when the link leads nowhere or out of the skill
                }
            }
        };
    }

    private static String title(Path skillMd) {
        Path dir = skillMd.getParent();
        return (dir == null || dir.getFileName() == null ? "" : dir.getFileName() + "/") + skillMd.getFileName();
    }

    private void installStylesheet(Scene scene) {
        if (scene != null) {
            MarkdownRenderer.installStylesheets(scene);
            if (!scene.getStylesheets().contains(STYLESHEET)) {
                scene.getStylesheets().add(STYLESHEET);
            }
        }
    }
}
