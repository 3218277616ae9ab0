package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.skill.SearchHit;
import dev.skillfleet.desktop.core.skill.SkillIndex;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Search as you type: each query runs over every root's index off the FX thread, merged by score; the latest
 * query wins and answers to older ones are dropped. Indexes are immutable, so a root rebuilding its index meanwhile
 * is searched over its previous one. Part of {@link LibraryViewModel}, which exposes its properties.
 */
final class LibrarySearch {

    /** Results shown at most; asked of each root with room for what the filter drops. */
    static final int LIMIT = 100;
    private static final int PER_ROOT = 400;

    private final Executor background;
    private final Executor uiThread;
    private final AtomicLong generation = new AtomicLong();
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");

    LibrarySearch(Executor background, Executor uiThread) {
        this.background = background;
        this.uiThread = uiThread;
    }

    /**
     * Runs {@code query} (blank: no search, the tree is shown). FX thread.
     *
     * @param shownNow the skill shown now for a folder: hits point at the skills their index was built from
     */
    void run(String query, List<RootWork> roots, LibraryFilter filter, Function<Path, LibrarySkill> shownNow) {
        String text = query == null ? "" : query.strip();
        long mine = generation.incrementAndGet();
        if (text.isEmpty()) {
            searching.set(false);
            results.clear();
            return;
        }
        searching.set(true);
        List<RootWork> snapshot = List.copyOf(roots);
        background.execute(() -> {
            List<SearchResult> found = find(snapshot, text, filter);
            uiThread.execute(() -> {
                if (mine != generation.get()) {
                    return;
                }
                List<SearchResult> current = new ArrayList<>();
                for (SearchResult hit : found) {
                    LibrarySkill now = shownNow.apply(hit.skill().dir());
                    if (now != null && filter.test(now)) {
                        current.add(new SearchResult(now, hit.score(), hit.why()));
                    }
                }
                results.setAll(current);
            });
        });
    }

    /** Drops the results of a root taken out of the view. */
    void dropRoot(Path root) {
        results.removeIf(r -> r.skill().root().equals(root));
    }

    ObservableList<SearchResult> results() {
        return results;
    }

    ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    static List<SearchResult> find(List<RootWork> roots, String query, LibraryFilter filter) {
        List<SearchResult> merged = new ArrayList<>();
        for (RootWork root : roots) {
            SkillIndex index = root.index();
            if (index == null || root.closed()) {
                continue;
            }
            for (SearchHit hit : index.search(query, PER_ROOT)) {
                LibrarySkill skill = LibrarySkill.of(root.root(), hit.skill());
                if (filter.test(skill)) {
                    merged.add(new SearchResult(skill, hit.score(), why(hit)));
                }
            }
        }
        merged.sort(Comparator.comparingDouble(SearchResult::score).reversed()
                .thenComparing(r -> r.skill().name())
                .thenComparing(r -> r.skill().dir()));
        return merged.size() > LIMIT ? List.copyOf(merged.subList(0, LIMIT)) : List.copyOf(merged);
    }

    private static String why(SearchHit hit) {
        List<String> reasons = hit.reasons();
        return reasons.isEmpty() ? "" : String.join("; ", reasons.subList(0, Math.min(2, reasons.size())));
    }
}
