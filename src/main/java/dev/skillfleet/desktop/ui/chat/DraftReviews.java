package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.ui.fx.CoalescingQueue;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The chat's "Review changes" on a refine draft. Both files are looked for on the background executor (a library on
 * a slow or network disk must never stall the window), then, on the FX thread, the pair goes to the reviewer or the
 * chat says plainly which one is gone: the original may have been deleted or renamed, the draft promoted, since the
 * card was shown (or since a stored conversation was written).
 */
final class DraftReviews {

    private final Executor background;
    private final CoalescingQueue<ChatUpdate> updates;
    private final Consumer<String> notice;
    private final ObjectProperty<DraftReview> reviewer = new SimpleObjectProperty<>(this, "reviewer");
    private final BooleanBinding available = reviewer.isNotNull();

    DraftReviews(Executor background, CoalescingQueue<ChatUpdate> updates, Consumer<String> notice) {
        this.background = background;
        this.updates = updates;
        this.notice = notice;
    }

    ObjectProperty<DraftReview> reviewerProperty() {
        return reviewer;
    }

    BooleanBinding availableProperty() {
        return available;
    }

    /** FX thread. Does nothing for a new skill's draft, or when no reviewer is wired. */
    void review(DraftCard card) {
        if (card == null || !card.isRefine() || reviewer.get() == null) {
            return;
        }
        background.execute(() -> {
            Optional<String> problem = problem(card);
            updates.offer(new ChatUpdate.Apply(() -> handOver(card, problem)));
        });
    }

    private void handOver(DraftCard card, Optional<String> problem) {
        if (problem.isPresent()) {
            notice.accept(problem.get());
            return;
        }
        DraftReview target = reviewer.get();
        if (target == null) {
            return;
        }
        try {
            target.review(card.refines(), card.skillFile());
        } catch (RuntimeException e) {
            // Runs inside the chat's flush: a failure here must not drop the rest of the batch, and the user clicked.
            notice.accept("Could not open the review of " + card.name() + ": " + e.getMessage());
        }
    }

    /** Why the draft cannot be reviewed now; empty when both the original and the draft are on disk. Any thread. */
    static Optional<String> problem(DraftCard card) {
        Path original = card.refines();
        if (!Files.isRegularFile(original.resolve("SKILL.md")) && !Files.isRegularFile(original.resolve("skill.md"))) {
            return Optional.of("The original skill is no longer at " + original + " (moved, renamed or deleted), "
                    + "so there is nothing to compare the draft with. The draft is still at " + card.skillFile() + ".");
        }
        if (!Files.isRegularFile(card.skillFile())) {
            return Optional.of("The draft " + card.skillFile() + " no longer exists (promoted or deleted), so there "
                    + "is nothing to review.");
        }
        return Optional.empty();
    }
}
