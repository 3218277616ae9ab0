package dev.skillfleet.desktop.core.intent;

import java.util.List;

/**
 * A word or phrase that points at one intent, with how strongly.
 *
 * @param intent the intent it points at
 * @param words  its lemmas, one or more ("create"; "is", "there"); see {@link Lexicon}
 * @param weight the evidence it gives when it is the message's main request (see {@link CueMatcher})
 * @param reach  where in the message it counts
 */
record Cue(Intent intent, List<String> words, double weight, Reach reach) {

    enum Reach {
        /** A request word: counts fully as the message's main request, weakly anywhere else. */
        REQUEST,
        /** Small talk that only means small talk at the start or end of a message ("hi, …", "…, thanks"). */
        EDGE,
        /** Small talk that means small talk wherever it is ("how are you", "tell me a joke"). */
        ANYWHERE
    }

    Cue {
        words = List.copyOf(words);
    }

    int length() {
        return words.size();
    }
}
