package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.core.library.SkillMetadataFile;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.markdown.MarkdownActions;
import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The selected skill: name, badge and description; errors and warnings with field and line; its frontmatter and
 * metadata.json; its files; and the SKILL.md body rendered as Markdown.
 */
final class SkillDetailsPane extends ScrollPane {

    /** Bodies longer than this are shown as plain text: rendering them as nodes would freeze the window. */
    static final int RENDER_LIMIT = 200_000;

    private final LibraryViewModel viewModel;
    private final DesktopActions actions;
    private final MarkdownRenderer markdown;
    private final Function<LibrarySkill, List<Node>> skillButtons;

    /** @param skillButtons the actions offered for a skill (Package…, or Promote… and Discard… for a draft) */
    SkillDetailsPane(LibraryViewModel viewModel, DesktopActions actions,
                     Function<LibrarySkill, List<Node>> skillButtons) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.skillButtons = skillButtons;
        this.markdown = new MarkdownRenderer(new MarkdownActions() {
            @Override
            public void copyToClipboard(String text) {
                actions.copyToClipboard(text);
            }

            @Override
            public void openLink(String url) {
                // A relative link in a SKILL.md points at one of the skill's files: open it in the viewer.
                if (!url.contains(":")) {
                    viewModel.openRelative(url);
                } else if (url.startsWith("https://") || url.startsWith("http://")) {
                    actions.openLink(url);
                }
            }
        });
        setId("skill-details");
        getStyleClass().add("skill-details");
        setFitToWidth(true);
        viewModel.detailsProperty().subscribe(this::show);
    }

    private void show(SkillDetails details) {
        if (details == null) {
            Label hint = new Label(viewModel.selectedProperty().get() == null
                    ? "Select a skill to see its details, its files and its SKILL.md." : "Reading\u2026");
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            StackPane box = new StackPane(hint);
            box.setPadding(new Insets(24));
            setContent(box);
            return;
        }
        VBox content = new VBox(14);
        content.getStyleClass().add("skill-details-content");
        content.setPadding(new Insets(16));
        content.getChildren().add(header(details.skill()));
        if (!details.errors().isEmpty() || !details.warnings().isEmpty()) {
            content.getChildren().add(section("Problems", issues(details.errors(), details.warnings())));
        }
        if (!details.fields().isEmpty()) {
            content.getChildren().add(section("Frontmatter", table(details.fields().stream()
                    .map(f -> Map.entry(f.label(), f.value())).toList())));
        }
        details.fleetMetadata().ifPresent(meta -> content.getChildren().add(section("metadata.json", fleet(meta))));
        content.getChildren().add(files(details));
        content.getChildren().add(section("SKILL.md", body(details.body())));
        setContent(content);
        setVvalue(0);
    }

    private Node header(LibrarySkill skill) {
        Label name = new Label(skill.name());
        name.setId("details-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.setMinWidth(0);
        Label badge = Badges.of(skill.validity());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button("Open folder");
        open.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        open.setOnAction(e -> actions.openFolder(skill.dir()));
        HBox title = new HBox(8, name, badge, spacer);
        title.getChildren().addAll(skillButtons.apply(skill));
        title.getChildren().add(open);
        title.setAlignment(Pos.CENTER_LEFT);
        Label where = new Label((skill.draft() ? "Draft " + skill.draftId() + " \u00b7 " : "")
                + (skill.category().isEmpty() ? "" : skill.category() + " \u00b7 ") + skill.dir());
        where.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        where.setWrapText(true);
        Label description = new Label(skill.skill().description().isEmpty() ? "(no description)"
                : skill.skill().description());
        description.setId("details-description");
        description.setWrapText(true);
        return new VBox(4, title, where, description);
    }

    private Node issues(List<ValidationIssue> errors, List<ValidationIssue> warnings) {
        VBox list = new VBox(6);
        list.setId("details-issues");
        errors.forEach(i -> list.getChildren().add(issue(i, "Error", "issue-error")));
        warnings.forEach(i -> list.getChildren().add(issue(i, "Warning", "issue-warning")));
        return list;
    }

    private static Node issue(ValidationIssue issue, String kind, String styleClass) {
        StringBuilder where = new StringBuilder(kind);
        if (issue.field() != null) {
            where.append(" \u00b7 ").append(issue.field());
        }
        if (issue.line() > 0) {
            where.append(" \u00b7 line ").append(issue.line());
        }
        Label head = new Label(where.toString());
        head.getStyleClass().addAll(styleClass, Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        Label message = new Label(issue.message());
        message.setWrapText(true);
        VBox box = new VBox(1, head, message);
        box.getStyleClass().addAll("issue", styleClass);
        return box;
    }

    private static Node fleet(SkillMetadataFile.Result meta) {
        if (!meta.problem().isEmpty()) {
            Label problem = new Label(meta.problem());
            problem.setWrapText(true);
            problem.getStyleClass().add("issue-error");
            return problem;
        }
        return table(List.copyOf(meta.fields().entrySet()));
    }

    private static Node table(List<Map.Entry<String, String>> rows) {
        GridPane grid = new GridPane(12, 4);
        grid.getStyleClass().add("details-table");
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(80, 300, Double.MAX_VALUE,
                Priority.ALWAYS, null, true));
        int row = 0;
        for (Map.Entry<String, String> entry : rows) {
            Label key = new Label(entry.getKey());
            key.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(entry.getValue());
            value.setWrapText(true);
            grid.addRow(row++, key, value);
        }
        return grid;
    }

    private Node files(SkillDetails details) {
        SkillFolderFiles.Listing listing = details.files();
        if (listing == null) {
            Label problem = new Label(details.filesProblem());
            problem.setWrapText(true);
            return section("Files", problem);
        }
        String title = "Files \u00b7 " + listing.fileCount() + " \u00b7 " + SkillFolderFiles.formatSize(listing.totalBytes());
        VBox box = new VBox(4, new SkillFilesList(listing, viewModel::openFile));
        if (listing.truncated()) {
            Label more = new Label("Only the first " + listing.entries().size() + " entries are listed.");
            more.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(more);
        }
        Label hint = new Label("Double-click a file (or select it and press Enter) to open it.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        box.getChildren().add(hint);
        return section(title, box);
    }

    private Node body(String body) {
        if (body.isBlank()) {
            Label none = new Label("(the body is empty)");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        if (body.length() > RENDER_LIMIT) {
            TextArea text = new TextArea(body);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(30);
            Label note = new Label("This body is long (" + String.format(java.util.Locale.ROOT, "%,d", body.length())
                    + " characters), so it is shown as plain text.");
            note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            return new VBox(6, note, text);
        }
        Node rendered = markdown.render(body);
        rendered.setId("details-body");
        return rendered;
    }

    private static Node section(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().addAll(Styles.TITLE_4, "details-section-title");
        VBox box = new VBox(6, label, content);
        box.getStyleClass().add("details-section");
        return box;
    }
}
