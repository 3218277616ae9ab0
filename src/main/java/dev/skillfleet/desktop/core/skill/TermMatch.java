package dev.skillfleet.desktop.core.skill;

/**
 * One way a query term can match one field: the postings it reaches and how much such a match is worth.
 *
 * @param word the skill's word that matches, which for all but EXACT differs from the query term
 */
record TermMatch(SearchField field, Kind kind, String word, Postings postings, double quality) {

    enum Kind {
        EXACT(1.0),
        STEM(0.85),
        PREFIX(0.5),
        FUZZY(0.6);

        final double quality;

        Kind(double quality) {
            this.quality = quality;
        }
    }

    /** What this match adds for a document holding the word {@code count} times. */
    double value(int count) {
        return field.weight * quality * field.frequencyFactor(count);
    }
}
