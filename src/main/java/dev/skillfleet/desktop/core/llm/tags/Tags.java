package dev.skillfleet.desktop.core.llm.tags;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises tags at a position of streamed text, including "not yet decidable" when the text ends inside what
 * could still become a tag. Matching ignores ASCII case ({@code <THINK>} happens); the non-ASCII triangles must
 * match exactly.
 */
final class Tags {

    /** Every tag starts with one of these; text without them can be released at once. */
    static final char ANGLE = '<';
    static final char TRIANGLE = '\u25C1';

    static final List<Tag> OPENERS = collect(true, false);
    static final List<Tag> CLOSERS = collect(false, true);
    static final List<Tag> ALL = collect(true, true);

    /** The longest tag: a held-back tail is always shorter than this. */
    static final int MAX_LENGTH = ALL.stream().mapToInt(Tag::length).max().orElseThrow();

    /** What {@link #match} found at a position. */
    record Match(Tag tag, boolean partial) {
        static final Match NONE = new Match(null, false);
        static final Match PARTIAL = new Match(null, true);

        boolean full() {
            return tag != null;
        }
    }

    private Tags() {
    }

    static boolean canStart(char c) {
        return c == ANGLE || c == TRIANGLE;
    }

    /**
     * Whether one of the candidates is spelled at {@code at}: fully ({@link Match#full()}), possibly (the text ends
     * while it is still a prefix of one: {@link Match#PARTIAL}), or not at all. No tag is a prefix of another (all
     * end with their only '>' or '▷'), so a full match never needs to wait for a longer candidate.
     */
    static Match match(CharSequence text, int at, List<Tag> candidates) {
        int available = text.length() - at;
        boolean partial = false;
        for (Tag tag : candidates) {
            String spelled = tag.text();
            int n = Math.min(available, spelled.length());
            if (sameIgnoringAsciiCase(text, at, spelled, n)) {
                if (n == spelled.length()) {
                    return new Match(tag, false);
                }
                partial = true;
            }
        }
        return partial ? Match.PARTIAL : Match.NONE;
    }

    private static boolean sameIgnoringAsciiCase(CharSequence text, int at, String lowerCase, int n) {
        for (int i = 0; i < n; i++) {
            char c = text.charAt(at + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<Tag> collect(boolean openers, boolean closers) {
        List<Tag> tags = new ArrayList<>();
        for (TagPair pair : TagPair.values()) {
            if (openers) {
                tags.add(pair.opener());
            }
            if (closers) {
                tags.add(pair.closer());
            }
        }
        return List.copyOf(tags);
    }
}
