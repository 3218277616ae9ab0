package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.refine.Hunk;
import dev.skillfleet.desktop.core.refine.Proposal;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The review of a {@link Proposal} before anything is applied: which hunks the user accepts (all of them at first),
 * the text that accepting them gives, and the side-by-side rows the view lists. Nothing is written here; whoever
 * shows the review decides what "apply" does with {@link #resultProperty()}.
 *
 * <p>Touch it on the FX thread once a view binds it. Recomputing the result on each toggle is one linear pass over
 * the file (the diff itself was made when the proposal was), so it needs no background thread.
 */
public final class ProposalReviewViewModel {

    private final Proposal proposal;
    private final List<ProposalRow> rows;

    // Properties
    private final List<ReadOnlyBooleanWrapper> accepted;
    private final ReadOnlyIntegerWrapper acceptedCount = new ReadOnlyIntegerWrapper(this, "acceptedCount");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");

    public ProposalReviewViewModel(Proposal proposal) {
        this.proposal = Objects.requireNonNull(proposal, "proposal");
        List<ReadOnlyBooleanWrapper> flags = new ArrayList<>();
        for (Hunk hunk : proposal.hunks()) {
            flags.add(new ReadOnlyBooleanWrapper(this, "accepted" + hunk.index(), true));
        }
        this.accepted = List.copyOf(flags);
        this.rows = rows(proposal);
        update();
    }

    public Proposal proposal() {
        return proposal;
    }

    public List<Hunk> hunks() {
        return proposal.hunks();
    }

    /** One sentence per change, for the user. */
    public List<String> reasons() {
        return proposal.reasons();
    }

    /** Every line of the original and the proposal, in order, with a heading row before each hunk. */
    public List<ProposalRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty acceptedProperty(int hunk) {
        return flag(hunk).getReadOnlyProperty();
    }

    public boolean isAccepted(int hunk) {
        return flag(hunk).get();
    }

    /** The indices of the accepted hunks, ascending. */
    public Set<Integer> acceptedHunks() {
        Set<Integer> set = new TreeSet<>();
        for (int i = 0; i < accepted.size(); i++) {
            if (accepted.get(i).get()) {
                set.add(i);
            }
        }
        return set;
    }

    public ReadOnlyIntegerProperty acceptedCountProperty() {
        return acceptedCount.getReadOnlyProperty();
    }

    /** The original with only the accepted hunks applied: what "Apply" hands on. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public String result() {
        return result.get();
    }

    /** Whether at least one hunk is accepted; applying none would change nothing. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public boolean canApply() {
        return canApply.get();
    }

    // Commands

    public void accept(int hunk) {
        setAccepted(hunk, true);
    }

    public void reject(int hunk) {
        setAccepted(hunk, false);
    }

    public void setAccepted(int hunk, boolean value) {
        ReadOnlyBooleanWrapper flag = flag(hunk);
        if (flag.get() != value) {
            flag.set(value);
            update();
        }
    }

    public void acceptAll() {
        setAll(true);
    }

    public void rejectAll() {
        setAll(false);
    }

    private void setAll(boolean value) {
        accepted.forEach(flag -> flag.set(value));
        update();
    }

    private ReadOnlyBooleanWrapper flag(int hunk) {
        Objects.checkIndex(hunk, accepted.size());
        return accepted.get(hunk);
    }

    private void update() {
        Set<Integer> chosen = acceptedHunks();
        // Set the result before the count and canApply, so a listener of either reads the matching text.
        result.set(proposal.apply(chosen));
        acceptedCount.set(chosen.size());
        canApply.set(!chosen.isEmpty());
    }

    /**
     * The side-by-side rows: unchanged lines on both sides; within a hunk, removed and added lines paired up as far as
     * they go, then the longer side's rest against an empty cell.
     */
    private static List<ProposalRow> rows(Proposal proposal) {
        List<String> original = lines(proposal.original());
        List<ProposalRow> rows = new ArrayList<>(original.size() + proposal.hunks().size() * 3);
        int left = 0;  // next original line, 0-based
        int right = 0; // next line of the fully applied proposal, 0-based
        for (Hunk hunk : proposal.hunks()) {
            while (left < hunk.original().start()) {
                rows.add(ProposalRow.context(left + 1, original.get(left), right + 1));
                left++;
                right++;
            }
            rows.add(ProposalRow.header(hunk.index(), hunk.original().firstLine(), hunk.proposed().firstLine()));
            List<String> removed = hunk.originalLines();
            List<String> added = hunk.proposedLines();
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                boolean l = i < removed.size();
                boolean r = i < added.size();
                rows.add(new ProposalRow(ProposalRow.Kind.CHANGE, hunk.index(),
                        l ? ++left : 0, l ? removed.get(i) : null, r ? ++right : 0, r ? added.get(i) : null));
            }
        }
        while (left < original.size()) {
            rows.add(ProposalRow.context(left + 1, original.get(left), right + 1));
            left++;
            right++;
        }
        return List.copyOf(rows);
    }

    /** Lines as {@link Proposal} counts them: split at LF, a CR before it dropped, no empty line after a final break. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(text.substring(start));
                break;
            }
            boolean crlf = nl > start && text.charAt(nl - 1) == '\r';
            lines.add(text.substring(start, crlf ? nl - 1 : nl));
            start = nl + 1;
        }
        return lines;
    }
}
