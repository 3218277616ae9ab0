package dev.skillfleet.desktop.ui.sessions;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.SessionSummary;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The conversations sidebar: the stored sessions (pinned first, then the most recently used), the one the chat shows
 * selected; new, open, rename, pin, delete with a few seconds to undo; full-text search that opens the hit.
 *
 * <p>The only class of the sidebar that talks to the {@link SessionStore}. Every store call runs on the background
 * executor, in order (see {@link StoreCalls}), and its result comes back through the FX executor; a failure becomes
 * {@link #errorProperty()}, never an exception on the FX thread. The chat is reached through a
 * {@link SessionNavigator} only. Commands are called on the FX thread. Never touches a control.
 */
public final class SessionsViewModel {

    /** How long a deletion can be undone; then the session is removed for good. */
    static final Duration UNDO_FOR = Duration.ofSeconds(10);

    private final SessionStore store;
    private final SessionNavigator navigator;
    private final FxDelay delay;
    private final Clock clock;
    private final StoreCalls calls;
    private final SessionSearch search;
    /** FX thread: the number of the newest list read; older answers are dropped. */
    private long loadGeneration;
    /** FX thread: the deletion that can still be undone. */
    private Deletion offer;

    private record Deletion(SessionItem item, boolean wasShown) {
    }

    // Properties
    private final ObservableList<SessionItem> items = FXCollections.observableArrayList();
    private final ObservableList<SessionItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<SessionItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper undoTitle = new ReadOnlyStringWrapper(this, "undoTitle", "");
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(this, "undoAvailable");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    /**
     * @param background where the store is called (virtual threads are fine: calls are queued one after another)
     * @param fxThread   how results come back: {@code Platform::runLater} in the app, {@code Runnable::run} in tests
     * @param delay      the undo offer's expiry and the search's debounce ({@link Delay#fx()} in the app)
     * @param clock      for "5 min ago"; its zone decides what "yesterday" is
     */
    public SessionsViewModel(SessionStore store, SessionNavigator navigator, Executor background, Executor fxThread,
                             FxDelay delay, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calls = new StoreCalls(background, fxThread, error::set);
        this.search = new SessionSearch(store, calls, delay, clock, error::set);
        navigator.currentSessionIdProperty().subscribe(id -> selected.set(find(id)));
    }

    // Commands

    /**
     * Reads the list for the first time. Sessions deleted in an earlier run whose undo offer never ended (the app was
     * closed or stopped meanwhile) are removed for good first: the user asked for that, and no offer is shown for them.
     */
    public void start() {
        calls.run(store::purgeDeleted, purged -> { });
        refresh();
    }

    /** Reads the list again (the chat saved something: a new session, a new title, a new message); keeps the selection. */
    public void refresh() {
        long mine = ++loadGeneration;
        calls.run(store::list, list -> show(mine, list));
    }

    /** Asks the chat for a fresh conversation. */
    public void newSession() {
        navigator.newSession();
    }

    /** Shows {@code item} in the chat (nothing to do when it is shown already). */
    public void open(SessionItem item) {
        if (item == null || item.id().equals(currentId())) {
            return;
        }
        selected.set(item);
        navigator.openSession(item.id());
    }

    /**
     * Names the conversation: the text, trimmed. A blank title is refused (returns false, nothing is written); a title
     * given here is never replaced by an automatic one.
     */
    public boolean rename(SessionItem item, String title) {
        if (item == null || title == null || title.isBlank()) {
            return false;
        }
        String clean = title.strip();
        if (clean.equals(item.title()) && !item.untitled()) {
            return true;
        }
        int at = indexOf(item.id());
        if (at >= 0) {
            SessionItem renamed = items.get(at).renamed(clean);
            items.set(at, renamed);
            if (selected.get() != null && selected.get().id().equals(item.id())) {
                selected.set(renamed);
            }
        }
        String id = item.id();
        writeThenList(() -> store.rename(id, clean));
        return true;
    }

    /** Pins the conversation to the top of the list, or unpins it. */
    public void togglePin(SessionItem item) {
        if (item == null) {
            return;
        }
        String id = item.id();
        boolean pin = !item.pinned();
        writeThenList(() -> store.pin(id, pin));
    }

    /**
     * Hides the conversation at once and offers to undo for {@link #UNDO_FOR}; when the offer ends (or another
     * deletion replaces it) the hidden session is removed for good. Deleting the conversation the chat shows starts
     * a new chat.
     */
    public void delete(SessionItem item) {
        if (item == null) {
            return;
        }
        endOffer();
        String id = item.id();
        boolean shown = id.equals(currentId());
        items.removeIf(i -> i.id().equals(id));
        Deletion mine = new Deletion(item, shown);
        offer = mine;
        undoTitle.set(item.title());
        undoAvailable.set(true);
        long generation = ++loadGeneration;
        calls.run(() -> {
            store.delete(id);
            return store.list();
        }, list -> show(generation, list), message -> {
            // Not deleted: nothing to undo; the list shows what the store holds.
            error.set(message);
            if (offer == mine) {
                clearOffer();
            }
            reloadAfterFailure();
        });
        delay.after(UNDO_FOR, () -> {
            if (offer == mine) {
                endOffer();
            }
        });
        if (shown) {
            navigator.newSession();
        }
    }

    /**
     * Brings back the conversation deleted last, where it was. When the chat was showing it and now shows a new,
     * unsaved chat, it is shown again.
     */
    public void undo() {
        Deletion undone = offer;
        if (undone == null) {
            return;
        }
        clearOffer();
        String id = undone.item().id();
        long generation = ++loadGeneration;
        calls.run(() -> {
            store.undelete(id);
            return store.list();
        }, list -> {
            show(generation, list);
            // Back in the chat too, unless the user has moved on to another stored conversation meanwhile.
            if (undone.wasShown() && find(currentId()) == null) {
                navigator.openSession(id);
            }
        });
    }

    /** Ends the undo offer now: the deleted conversation is removed for good. */
    public void dismissUndo() {
        endOffer();
    }

    public void dismissError() {
        error.set("");
    }

    /** Opens the conversation of a search hit on that message's branch, scrolled to it, and ends the search. */
    public void openHit(SessionHit hit) {
        if (hit == null) {
            return;
        }
        navigator.openSessionAt(hit.sessionId(), hit.messageId());
        search.clear();
    }

    public void clearSearch() {
        search.clear();
    }

    /**
     * The window is closing: a pending undo offer ends now, so its session is removed rather than left hidden. Call
     * before the store is closed (the removal is queued behind the calls already asked for).
     */
    public void close() {
        endOffer();
    }

    // Internals

    private void writeThenList(Runnable write) {
        long generation = ++loadGeneration;
        calls.run(() -> {
            write.run();
            return store.list();
        }, list -> show(generation, list), message -> {
            error.set(message);
            reloadAfterFailure();
        });
    }

    /**
     * After a failed write the list may show a change the store does not have: read it again. Its own failure adds
     * nothing to the message already shown (the store is most likely unusable for both).
     */
    private void reloadAfterFailure() {
        long generation = ++loadGeneration;
        calls.run(store::list, list -> show(generation, list), message -> { });
    }

    private void show(long generation, List<SessionSummary> list) {
        if (generation != loadGeneration) {
            return;
        }
        Instant now = clock.instant();
        items.setAll(list.stream().map(s -> SessionItem.of(s, now, clock.getZone())).toList());
        selected.set(find(currentId()));
        loaded.set(true);
    }

    private void endOffer() {
        if (offer == null) {
            return;
        }
        clearOffer();
        calls.run(store::purgeDeleted, purged -> { });
    }

    private void clearOffer() {
        offer = null;
        undoTitle.set("");
        undoAvailable.set(false);
    }

    private String currentId() {
        return navigator.currentSessionIdProperty().get();
    }

    private SessionItem find(String id) {
        int at = isBlank(id) ? -1 : indexOf(id);
        return at < 0 ? null : items.get(at);
    }

    private int indexOf(String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    // Property getters

    /** The conversations, pinned first, then the most recently used. */
    public ObservableList<SessionItem> getItems() {
        return readOnlyItems;
    }

    /** The conversation the chat shows, when it is in the list. */
    public ReadOnlyObjectProperty<SessionItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the search field holds; typing searches every conversation. */
    public StringProperty queryProperty() {
        return search.queryProperty();
    }

    /** The messages matching the query, best first. */
    public ObservableList<SessionHit> getResults() {
        return search.results();
    }

    /** A query is typed: the results are shown instead of the list. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return search.searchingProperty();
    }

    /** The results do not answer the latest query yet. */
    public ReadOnlyBooleanProperty searchPendingProperty() {
        return search.pendingProperty();
    }

    /** The title of the conversation that can be undeleted; empty when there is none. */
    public ReadOnlyStringProperty undoTitleProperty() {
        return undoTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return undoAvailable.getReadOnlyProperty();
    }

    /** What went wrong with the store, for the user; empty when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The list has been read at least once (until then an empty list means "not read yet"). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
