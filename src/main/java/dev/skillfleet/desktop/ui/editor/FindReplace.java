package dev.skillfleet.desktop.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find and replace over an editor's text, literal and optionally case-sensitive. The view says where the selection
 * is and selects what this answers; replacing changes the text property, which the view applies to its area as one
 * undoable edit.
 */
public final class FindReplace {

    private final StringProperty text;

    // Properties
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty replacement = new SimpleStringProperty(this, "replacement", "");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(this, "matchCase", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    FindReplace(StringProperty text) {
        this.text = text;
        query.addListener((obs, old, now) -> status.set(""));
        matchCase.addListener((obs, old, now) -> status.set(""));
    }

    // Commands

    /** The first match starting at or after {@code from}, wrapping to the first one in the text. */
    public Optional<TextRange> findNext(int from) {
        List<TextRange> matches = matches();
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= from) {
                return found(matches, i, false);
            }
        }
        return found(matches, 0, true);
    }

    /** The last match starting before {@code before}, wrapping to the last one in the text. */
    public Optional<TextRange> findPrevious(int before) {
        List<TextRange> matches = matches();
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).start() < before) {
                return found(matches, i, false);
            }
        }
        return found(matches, matches.size() - 1, true);
    }

    /**
     * Replaces {@code selection} when it is a match, then finds the next match after the replacement; when the
     * selection is not a match, finds the next match from it instead (a first press only shows what would change).
     */
    public Optional<TextRange> replace(TextRange selection) {
        String current = text.get();
        if (isMatch(current, selection)) {
            String with = replacement.get();
            text.set(current.substring(0, selection.start()) + with + current.substring(selection.end()));
            return findNext(selection.start() + with.length());
        }
        return findNext(selection.start());
    }

    /** Replaces every match in one change of the text; answers how many. */
    public int replaceAll() {
        Pattern pattern = pattern();
        if (pattern == null) {
            return 0;
        }
        Matcher m = pattern.matcher(text.get());
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement.get()));
            count++;
        }
        if (count > 0) {
            m.appendTail(sb);
            text.set(sb.toString());
        }
        status.set(count == 0 ? "No matches" : "Replaced " + count + (count == 1 ? " match" : " matches"));
        return count;
    }

    /** How many matches the text holds now. */
    public int count() {
        return matches().size();
    }

    private Optional<TextRange> found(List<TextRange> matches, int index, boolean wrapped) {
        if (matches.isEmpty()) {
            status.set(query.get().isEmpty() ? "" : "No matches");
            return Optional.empty();
        }
        status.set((index + 1) + " of " + matches.size() + (wrapped ? " \u00b7 wrapped around" : ""));
        return Optional.of(matches.get(index));
    }

    private boolean isMatch(String current, TextRange selection) {
        Pattern pattern = pattern();
        if (pattern == null || selection.end() > current.length()) {
            return false;
        }
        Matcher m = pattern.matcher(current).region(selection.start(), selection.end());
        return m.matches();
    }

    private List<TextRange> matches() {
        Pattern pattern = pattern();
        List<TextRange> out = new ArrayList<>();
        if (pattern != null) {
            Matcher m = pattern.matcher(text.get());
            while (m.find()) {
                out.add(new TextRange(m.start(), m.end()));
            }
        }
        return out;
    }

    private Pattern pattern() {
        String q = query.get();
        if (q == null || q.isEmpty()) {
            return null;
        }
        int flags = Pattern.LITERAL | (matchCase.get() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(q, flags);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    /** "3 of 12", "No matches", "Replaced 4 matches": a line for the find bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
