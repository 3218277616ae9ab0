package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.library.PromoteOptions;
import dev.skillfleet.desktop.core.library.PromoteResult;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The view's side of the library actions: choosers and questions around the commands of
 * {@link LibraryActionsViewModel}. Outcomes are reported by the ViewModels in the library's message line.
 */
final class LibraryCommands {

    private final LibraryViewModel library;
    private final LibraryActionsViewModel actions;
    private final DesktopActions desktop;
    private final FileDialogs dialogs;
    private final Supplier<Window> owner;

    LibraryCommands(LibraryViewModel library, LibraryActionsViewModel actions, DesktopActions desktop,
                    FileDialogs dialogs, Node anchor) {
        this.library = library;
        this.actions = actions;
        this.desktop = desktop;
        this.dialogs = dialogs;
        this.owner = () -> anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    void newSkill() {
        new NewSkillDialog(owner.get(), actions.newSkill(), library.getCategories()).show();
    }

    void importFile() {
        dialogs.openFile(owner.get(), "Import a skill package", "Skill packages (.skill, .zip)", "skill", "zip")
                .ifPresent(this::importPackage);
    }

    void importFolder() {
        dialogs.chooseFolder(owner.get(), "Import a skill folder", Path.of(System.getProperty("user.home")))
                .ifPresent(this::importPackage);
    }

    void importPackage(Path source) {
        String category = library.categoryProperty().get() == null ? "" : library.categoryProperty().get();
        actions.planImport(source, category).thenAccept(plan -> {
            if (plan != null) {
                new ImportDialog(owner.get(), actions, source, plan, library.getCategories()).show();
            }
        });
    }

    void exportXml() {
        dialogs.saveFile(owner.get(), "Export <available_skills> XML", "available_skills.xml", "XML files", "xml")
                .ifPresent(actions::exportXml);
    }

    void copyXml() {
        actions.catalogueXml().thenAccept(xml -> {
            if (!xml.isEmpty()) {
                desktop.copyToClipboard(xml);
            }
        });
    }

    void packageSkill(LibrarySkill skill) {
        dialogs.saveFile(owner.get(), "Package \u201c" + skill.name() + "\u201d",
                        LibraryActionsViewModel.packageName(skill), "Skill packages", "skill")
                .ifPresent(target -> actions.packageSkill(skill, target));
    }

    void discard(LibrarySkill draft) {
        boolean permanent = actions.discardIsPermanent();
        boolean sure = Alerts.confirm(owner.get(), permanent ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION,
                "Discard draft", "Discard the draft \u201c" + draft.name() + "\u201d?",
                permanent ? "There is no trash on this system: the draft is deleted permanently. "
                        + actions.trashDescription() : actions.trashDescription(),
                List.of(draft.dir().toString()), permanent ? "Delete permanently" : "Discard");
        if (sure) {
            actions.discard(draft);
        }
    }

    void promote(LibrarySkill draft) {
        promote(draft, PromoteOptions.SAFE);
    }

    /** Promotes, asking "Promote anyway?" for an invalid draft and "Replace?" when the target exists. */
    private void promote(LibrarySkill draft, PromoteOptions options) {
        actions.promote(draft, options).thenAccept(result -> {
            switch (result) {
                case PromoteResult.Invalid invalid -> {
                    if (Alerts.confirm(owner.get(), Alert.AlertType.WARNING, "Promote draft",
                            "The draft \u201c" + draft.name() + "\u201d fails validation.",
                            "Fix the draft first, or promote it anyway: it is then listed as invalid.",
                            invalid.report().errors().stream().map(ValidationIssue::toString).toList(),
                            "Promote anyway")) {
                        promote(draft, new PromoteOptions(true, options.overwrite()));
                    }
                }
                case PromoteResult.TargetExists exists -> {
                    if (Alerts.confirm(owner.get(), Alert.AlertType.CONFIRMATION, "Promote draft", "Replace?",
                            "A skill already exists at " + exists.target() + ". Replace it with the draft? The "
                                    + "existing skill is deleted.", List.of(), "Replace")) {
                        promote(draft, new PromoteOptions(options.force(), true));
                    }
                }
                case PromoteResult.Promoted promoted -> { }
                case PromoteResult.Refused refused -> { }
            }
        });
    }
}
