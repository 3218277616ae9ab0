package dev.skillfleet.desktop.ui.sessions;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import dev.skillfleet.desktop.core.store.SearchHit;
import dev.skillfleet.desktop.core.store.SessionStore;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Full-text search as the user types, part of {@link SessionsViewModel}: each query waits a moment for the next
 * keystroke, then runs off the FX thread; every query gets a number and only the newest one's answer is shown, so a
 * slow answer to an older query never replaces a newer one. The results stay until the next ones arrive (no flicker
 * between keystrokes).
 */
final class SessionSearch {

    /** How long typing must pause before the store is asked. */
    static final Duration DEBOUNCE = Duration.ofMillis(150);
    /** Hits shown at most. */
    static final int LIMIT = 50;

    private final SessionStore store;
    private final StoreCalls calls;
    private final FxDelay delay;
    private final Clock clock;
    /** FX thread only: the number of the newest query. */
    private long sequence;

    private final Consumer<String> onError;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SessionHit> results = FXCollections.observableArrayList();
    private final ObservableList<SessionHit> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pending");

    SessionSearch(SessionStore store, StoreCalls calls, FxDelay delay, Clock clock, Consumer<String> onError) {
        this.onError = onError;
        this.store = store;
        this.calls = calls;
        this.delay = delay;
        this.clock = clock;
        query.addListener((obs, old, now) -> typed(now));
    }

    private void typed(String text) {
        long mine = ++sequence;
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            results.clear();
            searching.set(false);
            pending.set(false);
            return;
        }
        searching.set(true);
        pending.set(true);
        delay.after(DEBOUNCE, () -> {
            if (mine == sequence) {
                calls.run(() -> store.search(words, LIMIT), hits -> show(mine, hits), message -> failed(mine, message));
            }
        });
    }

    private void show(long mine, List<SearchHit> hits) {
        if (mine != sequence) {
            return;
        }
        Instant now = clock.instant();
        results.setAll(hits.stream().map(hit -> SessionHit.of(hit, now, clock.getZone())).toList());
        pending.set(false);
    }

    private void failed(long mine, String message) {
        onError.accept(message);
        if (mine == sequence) {
            results.clear();
            pending.set(false);
        }
    }

    void clear() {
        query.set("");
    }

    StringProperty queryProperty() {
        return query;
    }

    ObservableList<SessionHit> results() {
        return readOnlyResults;
    }

    ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }
}
