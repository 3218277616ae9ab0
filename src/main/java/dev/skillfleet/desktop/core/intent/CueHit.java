package dev.skillfleet.desktop.core.intent;

/**
 * Where a cue was found in a message.
 *
 * @param cue    the cue
 * @param intent what it points at here: the cue's own intent unless {@link VerbSense} read the verb otherwise
 * @param start  index of its first token
 * @param end    index after its last token
 */
record CueHit(Cue cue, Intent intent, int start, int end) {

    boolean request() {
        return cue.reach() == Cue.Reach.REQUEST;
    }
}
