package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.skill.Skill;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What a root's background work hands to the FX thread; coalesced, so one frame applies all that arrived. */
sealed interface LibraryUpdate {

    RootWork work();

    /** Skills found by a scan or reloaded after a change. */
    record Found(RootWork work, List<Skill> skills) implements LibraryUpdate {
    }

    /** Skill folders that are gone (or no longer hold a SKILL.md). */
    record Removed(RootWork work, List<Path> dirs) implements LibraryUpdate {
    }

    /**
     * A scan finished: skills shown for this root but not in {@code present} are gone.
     *
     * @param problem why the root could not be scanned; "" when fine
     */
    record ScanDone(RootWork work, Set<Path> present, String problem) implements LibraryUpdate {
    }

    /** The root's search index was (re)built. */
    record IndexReady(RootWork work) implements LibraryUpdate {
    }
}
