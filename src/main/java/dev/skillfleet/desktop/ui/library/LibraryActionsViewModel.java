package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.library.AvailableSkillsXml;
import dev.skillfleet.desktop.core.library.Draft;
import dev.skillfleet.desktop.core.library.DraftPromoter;
import dev.skillfleet.desktop.core.library.Drafts;
import dev.skillfleet.desktop.core.library.ImportPlan;
import dev.skillfleet.desktop.core.library.ImportResult;
import dev.skillfleet.desktop.core.library.PackageResult;
import dev.skillfleet.desktop.core.library.PromoteOptions;
import dev.skillfleet.desktop.core.library.PromoteResult;
import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.core.library.SkillImporter;
import dev.skillfleet.desktop.core.library.SkillPackager;
import dev.skillfleet.desktop.core.library.SkillRefusedException;
import dev.skillfleet.desktop.core.library.Trash;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What can be done to the library beyond browsing it: drafts (discard, promote), a new skill from a template, the
 * {@code <available_skills>} export, packaging a skill and importing one. Every command does its disk work off the FX
 * thread and completes its future on the FX thread; every outcome (failures included) is also put in the library's
 * message line as a sentence. Questions ("Replace?", "Promote anyway?") are the view's: a command returns what it
 * found and the view asks, then calls again with the user's answer. Never touches a control.
 */
public final class LibraryActionsViewModel {

    private final LibraryViewModel library;
    private final Trash trash;
    private final Clock clock;
    private final Executor background;
    private final Executor uiThread;
    private final Async async;

    public LibraryActionsViewModel(LibraryViewModel library, Trash trash, Clock clock, Executor background,
                                   Executor uiThread) {
        this.library = library;
        this.trash = trash;
        this.clock = clock;
        this.background = background;
        this.uiThread = uiThread;
        this.async = new Async(background, uiThread);
    }

    // Drafts

    /** Discarding deletes for good (no trash on this system): the view says so before asking. */
    public boolean discardIsPermanent() {
        return trash.permanent();
    }

    /** What discarding does, e.g. "Moves it to the Trash (…)". */
    public String trashDescription() {
        return trash.describe();
    }

    /** Moves a draft to the trash (or deletes it where there is none); the draft leaves the list. */
    public CompletableFuture<ActionOutcome> discard(LibrarySkill draft) {
        SkillLibrary skills = skillLibrary(draft.root());
        return async.run(() -> {
            Optional<Draft> found = new Drafts(skills).find(draft.dir());
            if (found.isEmpty()) {
                return ActionOutcome.failed(draft.dir() + " is not a draft of " + draft.root() + " any more.");
            }
            try {
                Path trashed = new Drafts(skills).discard(found.get(), trash);
                return ActionOutcome.done("Discarded the draft \u201c" + draft.name() + "\u201d ("
                        + (trash.permanent() ? "deleted " : "moved to the trash: ") + trashed + ").");
            } catch (IOException e) {
                return ActionOutcome.failed("Could not discard the draft \u201c" + draft.name() + "\u201d: "
                        + Async.reason(e));
            }
        }, bug("discard the draft")).thenApply(outcome -> {
            library.diskChanged(draft.root(), Set.of(draft.dir()), false);
            return report(outcome);
        });
    }

    /**
     * Promotes a draft into its library. Invalid and TargetExists change nothing: the view asks, then promotes again
     * with {@code force} or {@code overwrite}. Once promoted, the library shows (and selects) the new skill.
     */
    public CompletableFuture<PromoteResult> promote(LibrarySkill draft, PromoteOptions options) {
        SkillLibrary skills = skillLibrary(draft.root());
        return async.run(() -> new DraftPromoter(skills).promote(draft.dir(), options),
                e -> new PromoteResult.Refused("Could not promote the draft \u201c" + draft.name() + "\u201d: "
                        + Async.reason(e)))
                .thenApply(result -> {
                    switch (result) {
                        case PromoteResult.Promoted promoted -> {
                            library.draftsProperty().set(false);
                            library.selectWhenShown(promoted.target());
                            library.diskChanged(draft.root(), Set.of(draft.dir(), promoted.target()), false);
                            library.showInfo(promoted.message());
                        }
                        case PromoteResult.Refused refused -> library.showMessage(refused.message());
                        case PromoteResult.Invalid invalid -> { }
                        case PromoteResult.TargetExists exists -> { }
                    }
                    return result;
                });
    }

    // New skill

    /** The "New skill" dialog's model, writing drafts into the main library. */
    public NewSkillViewModel newSkill() {
        return new NewSkillViewModel(skillLibrary(library.mainRoot()), clock, background, uiThread, created -> {
            Path dir = created.skillMd().getParent();
            library.draftsProperty().set(true);
            library.selectWhenShown(dir);
            library.diskChanged(library.mainRoot(), Set.of(dir), false);
            library.showInfo(created.message());
        });
    }

    // Export

    /** Writes the {@code <available_skills>} XML of every library shown (drafts and broken skills left out). */
    public CompletableFuture<ActionOutcome> exportXml(Path file) {
        List<Path> roots = library.rootPaths();
        return async.run(() -> {
            LibraryScan scan = catalogue(roots);
            try {
                AvailableSkillsXml.write(scan, file);
            } catch (IOException e) {
                return ActionOutcome.failed("Could not write " + file + ": " + Async.reason(e));
            }
            return ActionOutcome.done("Wrote " + count(AvailableSkillsXml.included(scan).size(), "skill") + " to "
                    + file + leftOut(scan) + ".");
        }, bug("export the skills")).thenApply(this::report);
    }

    /** The same XML as text, for the clipboard. */
    public CompletableFuture<String> catalogueXml() {
        List<Path> roots = library.rootPaths();
        return async.run(() -> {
            LibraryScan scan = catalogue(roots);
            String xml = AvailableSkillsXml.render(scan);
            uiThread.execute(() -> library.showInfo("Copied " + count(AvailableSkillsXml.included(scan).size(), "skill")
                    + " as <available_skills> XML" + leftOut(scan) + "."));
            return xml;
        }, e -> {
            uiThread.execute(() -> library.showMessage("Could not build the XML: " + Async.reason(e)));
            return "";
        });
    }

    // Package

    /** The file name a package of {@code skill} gets by default. */
    public static String packageName(LibrarySkill skill) {
        return skill.dir().getFileName() + ".skill";
    }

    /** Writes {@code skill} as a .skill package; an invalid skill is refused with its errors. */
    public CompletableFuture<ActionOutcome> packageSkill(LibrarySkill skill, Path target) {
        return async.run(() -> {
            try {
                PackageResult result = new SkillPackager().pack(skill.dir(), target);
                StringBuilder text = new StringBuilder("Packaged \u201c" + skill.name() + "\u201d ("
                        + count(result.entries(), "file") + ", " + SkillFolderFiles.formatSize(result.bytes())
                        + ") to " + result.file());
                if (!result.leftOut().isEmpty()) {
                    text.append("; left out ").append(String.join(", ", result.leftOut()));
                }
                if (!result.linksLeftOut().isEmpty()) {
                    text.append("; links left out: ").append(String.join(", ", result.linksLeftOut()));
                }
                return ActionOutcome.done(text.append('.').toString());
            } catch (SkillRefusedException e) {
                return ActionOutcome.failed(e.refusal().fullText());
            } catch (IOException e) {
                return ActionOutcome.failed("Could not write the package " + target + ": " + Async.reason(e));
            }
        }, bug("package the skill")).thenApply(this::report);
    }

    // Import

    /**
     * Looks at a .skill, .zip or folder and says what importing it into the main library would do; writes nothing.
     * Completes with null only after a bug below, which the message line then reports.
     */
    public CompletableFuture<ImportPlan> planImport(Path source, String category) {
        Path root = library.mainRoot();
        return async.run(() -> new SkillImporter().plan(source, root, category == null ? "" : category.strip()),
                e -> {
                    String text = "Could not read " + source + ": " + Async.reason(e);
                    uiThread.execute(() -> library.showMessage(text));
                    return null;
                });
    }

    /** Imports as planned; a clash needs {@code overwrite}, an invalid skill {@code force}. */
    public CompletableFuture<ActionOutcome> applyImport(ImportPlan plan, boolean overwrite, boolean force) {
        return async.run(() -> {
            try {
                ImportResult result = new SkillImporter().apply(plan, overwrite, force);
                uiThread.execute(() -> {
                    library.draftsProperty().set(false);
                    library.selectWhenShown(result.target());
                    library.diskChanged(plan.libraryRoot(), Set.of(result.target()), false);
                });
                return ActionOutcome.done("Imported \u201c" + plan.skillName() + "\u201d to " + result.target() + " ("
                        + count(result.files(), "file") + (result.replaced() ? ", replacing the skill that was there"
                        : "") + ").");
            } catch (SkillRefusedException e) {
                return ActionOutcome.failed(e.refusal().fullText());
            } catch (IOException e) {
                return ActionOutcome.failed("Could not import " + plan.sourceName() + ": " + Async.reason(e)
                        + ". The library was left as it was.");
            }
        }, bug("import " + plan.sourceName())).thenApply(this::report);
    }

    // Helpers

    private SkillLibrary skillLibrary(Path root) {
        return library.services().libraries().apply(root).library();
    }

    /** Every library's catalogue (through the app's cache) as one scan, for the export. */
    private LibraryScan catalogue(List<Path> roots) {
        List<Skill> skills = new ArrayList<>();
        for (Path root : roots) {
            skills.addAll(library.services().libraries().apply(root).scan().skills());
        }
        return new LibraryScan(library.mainRoot(), skills);
    }

    private static String leftOut(LibraryScan scan) {
        List<Skill> broken = AvailableSkillsXml.leftOut(scan);
        return broken.isEmpty() ? "" : "; left out " + count(broken.size(), "broken skill") + ": "
                + String.join(", ", broken.stream().map(Skill::qualifiedName).toList());
    }

    private ActionOutcome report(ActionOutcome outcome) {
        if (outcome.done()) {
            library.showInfo(outcome.message());
        } else {
            library.showMessage(outcome.message());
        }
        return outcome;
    }

    private static java.util.function.Function<RuntimeException, ActionOutcome> bug(String what) {
        return e -> ActionOutcome.failed("Could not " + what + ": " + Async.reason(e));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
