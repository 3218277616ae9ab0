package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditedFile;
import dev.skillfleet.desktop.core.refine.Proposal;
import dev.skillfleet.desktop.core.refine.RefineAction;
import dev.skillfleet.desktop.core.refine.RefineException;
import dev.skillfleet.desktop.core.refine.RefineProgress;
import dev.skillfleet.desktop.core.refine.RefineRequest;
import dev.skillfleet.desktop.core.refine.Refinement;
import dev.skillfleet.desktop.core.refine.SkillRefiner;
import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillParseException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Refine…" in the editor window: runs a quick action or the user's own instruction on the SKILL.md text, off the FX
 * thread, with the engine chosen (the built-in rules, or the model of the profile set for new chats), and holds the
 * result as a proposal under review. Apply puts only the accepted changes into the editor as one edit the user can
 * undo; nothing is written until they save. A name change that needs the folder renamed is offered as its own,
 * explicit step. FX thread only; touches no node.
 */
public final class RefineViewModel {

    /** The engines a refine can use, the default first; called off the FX thread (reading a key may take a moment). */
    @FunctionalInterface
    public interface Engines {
        List<SkillRefiner> available();
    }

    /** Saves every file of the skill, then renames its folder (the window knows how). */
    @FunctionalInterface
    public interface FolderRename {
        void saveAllAndRename(String newFolderName);
    }

    private final SkillEditorViewModel editor;
    private final Supplier<Path> skillDir;
    private final ObservableBooleanValue ready;
    private final Engines engineSource;
    private final FolderRename folderRename;
    private final Executor background;
    private final Executor uiThread;

    private Job running;
    private UnderReview underReview;

    // Properties
    private final ObservableList<SkillRefiner> engines = FXCollections.observableArrayList();
    private final ObjectProperty<SkillRefiner> engine = new SimpleObjectProperty<>(this, "engine");
    private final StringProperty instruction = new SimpleStringProperty(this, "instruction", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ProposalReviewViewModel> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper suggestedFolder = new ReadOnlyStringWrapper(this, "suggestedFolder");

    /** @param ready whether SKILL.md is loaded in the editor */
    public RefineViewModel(SkillEditorViewModel editor, Supplier<Path> skillDir, ObservableBooleanValue ready,
                           Engines engines, FolderRename folderRename, Executor background, Executor uiThread) {
        this.editor = Objects.requireNonNull(editor);
        this.skillDir = Objects.requireNonNull(skillDir);
        this.ready = Objects.requireNonNull(ready);
        this.engineSource = Objects.requireNonNull(engines);
        this.folderRename = Objects.requireNonNull(folderRename);
        this.background = Objects.requireNonNull(background);
        this.uiThread = Objects.requireNonNull(uiThread);
    }

    // Commands

    /** Looks up the engines again (the user may have set up an endpoint since); keeps the choice when still there. */
    public void refreshEngines() {
        background.execute(() -> {
            List<SkillRefiner> found;
            try {
                found = List.copyOf(engineSource.available());
            } catch (RuntimeException e) {
                uiThread.execute(() -> message.set("The engines could not be listed: " + e.getMessage()));
                return;
            }
            uiThread.execute(() -> {
                String chosen = engine.get() == null ? null : engine.get().engineName();
                engines.setAll(found);
                engine.set(found.stream().filter(r -> r.engineName().equals(chosen)).findFirst()
                        .orElse(found.isEmpty() ? null : found.getFirst()));
            });
        });
    }

    /** Runs a quick action on the SKILL.md text as it is in the editor now. */
    public void run(RefineAction action) {
        start(text -> RefineRequest.quick(text, folderName(), action), action.label());
    }

    /** Runs the user's own instruction. */
    public void runInstruction() {
        String words = instruction.get() == null ? "" : instruction.get().strip();
        if (words.isEmpty()) {
            message.set("Say what should change, e.g. \u201cadd an example for a pull request review\u201d.");
            return;
        }
        start(text -> RefineRequest.instruction(text, folderName(), words), "\u201c" + words + "\u201d");
    }

    /** Stops a refine under way; the editor's text was never touched. */
    public void cancel() {
        Job job = running;
        if (job != null) {
            job.cancel();
            running = null;
            busy.set(false);
            progress.set("");
            message.set("Stopped; nothing was changed.");
        }
    }

    /**
     * Shows another text for SKILL.md as a proposal: the same review, the same Apply.
     *
     * @param newFolderName the folder the proposed name asks for, when it differs from this skill's
     */
    private void review(String proposedText, List<String> reasons, Optional<String> newFolderName,
                       List<String> notes) {
        String text = currentText();
        Proposal proposal = Proposal.of(text, proposedText, reasons);
        if (proposal.isEmpty()) {
            message.set("The proposed text is the same as the editor's: nothing to change.");
            return;
        }
        show(proposal, newFolderName, notes);
    }

    /**
     * Puts the revision the chat wrote as a draft under review against SKILL.md's text, once that is loaded. The draft
     * is only read.
     */
    public void reviewDraft(Path draftSkillMd) {
        background.execute(() -> {
            try {
                String text = EditedFile.open(draftSkillMd).text();
                uiThread.execute(() -> whenReady(() -> review(text, List.of("Proposed in the chat; the draft at "
                        + draftSkillMd + " stays as it is."), folderOf(draftSkillMd), List.of())));
            } catch (IOException | RuntimeException e) {
                uiThread.execute(() -> message.set("The draft " + draftSkillMd + " could not be read: "
                        + (e.getMessage() == null ? e.toString() : e.getMessage())));
            }
        });
    }

    /**
     * Puts the text with the accepted changes into SKILL.md's editor. Refused when the text changed while the
     * proposal was being made or reviewed: the hunks were computed against the old text.
     */
    public void apply(String result) {
        UnderReview refinement = underReview;
        if (refinement == null) {
            return;
        }
        closeReview();
        if (!currentText().equals(refinement.proposal().original())) {
            message.set("SKILL.md changed after the proposal was made, so it was not applied. Run Refine again.");
            return;
        }
        editor.selectSkillFile();
        editor.textProperty().set(result);
        int accepted = Proposal.of(refinement.proposal().original(), result, List.of()).hunks().size();
        message.set(accepted == 0 ? "Nothing was applied."
                : "Applied " + accepted + (accepted == 1 ? " change" : " changes")
                + " to SKILL.md. Undo takes them back; save to keep them.");
        suggestedFolder.set(refinement.newFolderName()
                .filter(folder -> folder.equals(nameIn(result)) && !folder.equals(folderName())).orElse(null));
    }

    /** Closes the review without changing anything. */
    public void dismissReview() {
        closeReview();
        message.set("Proposal dismissed; nothing was changed.");
    }

    /** Saves the skill, then renames its folder to the suggested name. */
    public void renameFolder() {
        String folder = suggestedFolder.get();
        if (folder != null) {
            suggestedFolder.set(null);
            folderRename.saveAllAndRename(folder);
        }
    }

    public void dismissFolderRename() {
        suggestedFolder.set(null);
    }

    // Internals

    private void start(Function<String, RefineRequest> request, String what) {
        SkillRefiner refiner = engine.get();
        if (refiner == null) {
            message.set("No engine is ready yet; try again in a moment.");
            return;
        }
        if (busy.get() || editor.skillFileProperty().get() == null) {
            return;
        }
        RefineRequest made = request.apply(currentText());
        Job job = new Job();
        running = job;
        busy.set(true);
        message.set("");
        progress.set(refiner.engineName() + ": " + what + "\u2026");
        background.execute(() -> {
            try {
                Refinement result = refiner.refine(made, job);
                uiThread.execute(() -> finished(job, result));
            } catch (RefineException e) {
                uiThread.execute(() -> failed(job, e.cancelled() ? "Stopped; nothing was changed." : e.getMessage()));
            } catch (RuntimeException e) {
                uiThread.execute(() -> failed(job, "The refine failed: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        });
    }

    private void finished(Job job, Refinement result) {
        if (job != running) {
            return; // stopped meanwhile: the user no longer waits for it
        }
        running = null;
        busy.set(false);
        progress.set("");
        if (result.isEmpty()) {
            List<String> said = new ArrayList<>(result.notes());
            if (said.isEmpty()) {
                said.add("Nothing to change.");
            }
            message.set(String.join("\n", said));
            return;
        }
        show(result.proposal(), result.newFolderName(), result.notes());
    }

    private void failed(Job job, String why) {
        if (job != running) {
            return;
        }
        running = null;
        busy.set(false);
        progress.set("");
        message.set(why);
    }

    private void show(Proposal proposal, Optional<String> newFolderName, List<String> notes) {
        Proposal shown = proposal;
        if (!notes.isEmpty()) {
            // The notes (what is still wrong, advice) belong beside the changes, not under them in another pane.
            List<String> reasons = new ArrayList<>(proposal.reasons());
            notes.forEach(note -> reasons.add("\u26a0 " + note));
            shown = Proposal.of(proposal.original(), proposal.proposed(), reasons);
        }
        underReview = new UnderReview(shown, newFolderName);
        suggestedFolder.set(null);
        review.set(new ProposalReviewViewModel(shown));
    }

    private void closeReview() {
        underReview = null;
        review.set(null);
    }

    private void whenReady(Runnable action) {
        if (ready.get()) {
            action.run();
            return;
        }
        ready.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean now) {
                if (now) {
                    observable.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private static Optional<String> folderOf(Path draftSkillMd) {
        Path folder = draftSkillMd.toAbsolutePath().getParent();
        return folder == null || folder.getFileName() == null ? Optional.empty()
                : Optional.of(folder.getFileName().toString());
    }

    private String currentText() {
        String text = editor.textProperty().get();
        return text == null ? "" : text;
    }

    private String folderName() {
        Path dir = skillDir.get();
        return dir == null || dir.getFileName() == null ? null : dir.getFileName().toString();
    }

    /** The {@code name} the text gives the skill, as the folder must be called; "" when there is none. */
    private static String nameIn(String text) {
        try {
            Object name = SkillDocumentParser.parse(text.replace("\r\n", "\n")).frontmatter().get("name");
            return name instanceof String s ? Normalizer.normalize(s.strip(), Normalizer.Form.NFKC) : "";
        } catch (SkillParseException | RuntimeException e) {
            return "";
        }
    }

    // Properties

    public ObservableList<SkillRefiner> engines() {
        return engines;
    }

    public ObjectProperty<SkillRefiner> engineProperty() {
        return engine;
    }

    public StringProperty instructionProperty() {
        return instruction;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The latest step of a refine under way ("Asking … to revise"). */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the user should know: nothing to change and why, a failure, what was applied. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The proposal under review; null when there is none. */
    public ReadOnlyObjectProperty<ProposalReviewViewModel> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** The folder name the applied name asks for; null when the folder already matches or the user said not now. */
    public ReadOnlyStringProperty suggestedFolderProperty() {
        return suggestedFolder.getReadOnlyProperty();
    }

    /** One refine's progress reports and its stop button, as the engine sees them. */
    private final class Job implements RefineProgress {

        private volatile boolean cancelled;
        private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();

        void cancel() {
            cancelled = true;
            onCancel.forEach(Runnable::run);
        }

        @Override
        public void step(String line) {
            uiThread.execute(() -> {
                if (running == this) {
                    progress.set(line);
                }
            });
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public void onCancel(Runnable action) {
            onCancel.add(action);
            if (cancelled) {
                action.run();
            }
        }
    }

    /** What is under review: the proposal (notes folded into its reasons) and the folder its name asks for. */
    private record UnderReview(Proposal proposal, Optional<String> newFolderName) {
    }
}
