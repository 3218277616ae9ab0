package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.refine.Hunk;
import dev.skillfleet.desktop.core.refine.RefineAction;
import dev.skillfleet.desktop.testing.ManualDelay;
import dev.skillfleet.desktop.testing.QueuedExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refine… of an editor window with the built-in rules and no toolkit (work runs inline): proposals reviewed, applied
 * in part as unsaved edits, refused over changed text, stopped, a draft from the chat reviewed, and the folder renamed
 * on purpose once the name asks for it.
 */
class RefineViewModelTest {

    private static final String BROKEN = """
            ---
            name: PDF Tools
            description: Fills PDF forms. Use when a PDF form must be filled in.
            ---

            # PDF tools

            Fill the form field by field.
            """;

    @TempDir
    Path temp;
    private EditorFiles files;
    private SkillEditorViewModel editor;
    private EditorWindowViewModel window;
    private RefineViewModel refine;

    @BeforeEach
    void setUp() {
        files = new EditorFiles(temp.resolve("data"));
        editor = new SkillEditorViewModel(Runnable::run, Runnable::run, new ManualDelay());
        window = new EditorWindowViewModel(editor, files, Runnable::run, Runnable::run);
        refine = window.refine();
        refine.refreshEngines();
    }

    private Path skill(String folder, String text) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("library").resolve(folder));
        Files.writeString(dir.resolve("SKILL.md"), text);
        window.open(dir);
        assertThat(window.readyProperty().get()).isTrue();
        return dir;
    }

    @Test
    void fixProblemsIsAProposalAndApplyingOneOfItsTwoChangesLeavesTheFileUntilSaved() throws Exception {
        Path dir = skill("pdf-tools", BROKEN);
        assertThat(refine.engines()).extracting(r -> r.engineName()).containsExactly("Built-in rules");

        refine.run(RefineAction.FIX_PROBLEMS);

        ProposalReviewViewModel review = refine.reviewProperty().get();
        assertThat(review).isNotNull();
        assertThat(review.hunks()).hasSize(2);
        Hunk name = review.hunks().stream().filter(h -> h.originalLines().contains("name: PDF Tools")).findFirst()
                .orElseThrow();
        review.rejectAll();
        review.accept(name.index());
        refine.apply(review.result());

        assertThat(refine.reviewProperty().get()).isNull();
        String text = editor.textProperty().get();
        assertThat(text).contains("name: pdf-tools").doesNotContain("When to Use");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(Files.readString(dir.resolve("SKILL.md"))).as("nothing on disk before a save").isEqualTo(BROKEN);
        assertThat(refine.messageProperty().get()).startsWith("Applied 1 change");
        assertThat(refine.suggestedFolderProperty().get()).as("the folder already matches").isNull();

        window.save();
        assertThat(Files.readString(dir.resolve("SKILL.md"))).isEqualTo(BROKEN.replace("PDF Tools", "pdf-tools"));
    }

    @Test
    void aProposalIsNotAppliedOverTextThatChangedMeanwhile() throws Exception {
        skill("pdf-tools", BROKEN);
        refine.run(RefineAction.FIX_PROBLEMS);
        ProposalReviewViewModel review = refine.reviewProperty().get();
        editor.textProperty().set(editor.textProperty().get() + "A new line.\n");

        refine.apply(review.result());

        assertThat(editor.textProperty().get()).contains("name: PDF Tools").endsWith("A new line.\n");
        assertThat(refine.messageProperty().get()).contains("changed after the proposal was made");
    }

    @Test
    void nothingToDoIsSaidWithoutAReview() throws Exception {
        skill("pdf-tools", BROKEN.replace("PDF Tools", "pdf-tools"));
        refine.instructionProperty().set("make it sound like a pirate");

        refine.runInstruction();

        assertThat(refine.reviewProperty().get()).isNull();
        assertThat(refine.messageProperty().get()).contains("The built-in engine understands");
        assertThat(refine.busyProperty().get()).isFalse();
    }

    @Test
    void aStoppedRefineNeverShowsItsProposal() throws Exception {
        QueuedExecutor background = new QueuedExecutor();
        editor = new SkillEditorViewModel(Runnable::run, Runnable::run, new ManualDelay());
        window = new EditorWindowViewModel(editor, files, background, Runnable::run);
        refine = window.refine();
        refine.refreshEngines();
        Path dir = Files.createDirectories(temp.resolve("library/pdf-tools"));
        Files.writeString(dir.resolve("SKILL.md"), BROKEN);
        window.open(dir);
        background.runAll();

        refine.run(RefineAction.FIX_PROBLEMS);
        assertThat(refine.busyProperty().get()).isTrue();
        refine.cancel();
        background.runAll();

        assertThat(refine.busyProperty().get()).isFalse();
        assertThat(refine.reviewProperty().get()).isNull();
        assertThat(refine.messageProperty().get()).startsWith("Stopped");
        assertThat(editor.textProperty().get()).isEqualTo(BROKEN);
    }

    @Test
    void aDraftFromTheChatIsReviewedAgainstTheEditorsText() throws Exception {
        skill("pdf-tools", BROKEN);
        Path draft = Files.createDirectories(temp.resolve("library/_drafts/x/pdf-tools")).resolve("SKILL.md");
        Files.writeString(draft, BROKEN.replace("Fill the form field by field.", "Fill the form field by field.\n\n"
                + "## When to Use\n\n- a PDF form arrives"));

        refine.reviewDraft(draft);

        ProposalReviewViewModel review = refine.reviewProperty().get();
        assertThat(review).isNotNull();
        assertThat(review.hunks()).hasSize(1);
        assertThat(review.reasons()).anySatisfy(r -> assertThat(r).contains("Proposed in the chat"));
        refine.apply(review.result());
        assertThat(editor.textProperty().get()).contains("## When to Use");
        assertThat(Files.readString(draft)).as("the draft is only read").contains("## When to Use");
    }

    @Test
    void aNameThatAsksForAnotherFolderIsRenamedOnlyWhenTheUserSaysSo() throws Exception {
        Path dir = skill("PDF_Tools", BROKEN.replace("name: PDF Tools", "name: PDF_Tools"));

        refine.run(RefineAction.FIX_PROBLEMS);
        ProposalReviewViewModel review = refine.reviewProperty().get();
        refine.apply(review.result());

        assertThat(refine.suggestedFolderProperty().get()).isEqualTo("pdf-tools");
        assertThat(dir).as("nothing renamed yet").exists();

        refine.renameFolder();

        Path moved = dir.resolveSibling("pdf-tools");
        assertThat(window.movedToProperty().get().folder()).isEqualTo(moved);
        assertThat(window.movedToProperty().get().historyLeftBehind()).isEmpty();
        assertThat(dir).doesNotExist();
        assertThat(Files.readString(moved.resolve("SKILL.md"))).contains("name: pdf-tools").contains("When to Use");
        assertThat(files.history(moved.resolve("SKILL.md")).versions()).as("the history moved with the folder")
                .hasSize(2);
    }
}
