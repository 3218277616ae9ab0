package dev.skillfleet.desktop.core.skill;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The skills found under a library root.
 *
 * @param root   the library root, absolute
 * @param skills every skill folder found, sorted by path; broken and invalid skills included
 */
public record LibraryScan(Path root, List<Skill> skills) {

    public LibraryScan {
        skills = List.copyOf(skills);
    }

    /** Loaded without validation errors. */
    public int validCount() {
        return (int) skills.stream().filter(Skill::valid).count();
    }

    /** Could not be read at all (see {@link Skill#broken()}). */
    public int brokenCount() {
        return (int) skills.stream().filter(Skill::broken).count();
    }

    /** Loaded, but failing validation (e.g. name differs from the folder). */
    public int invalidCount() {
        return (int) skills.stream().filter(s -> !s.broken() && !s.valid()).count();
    }

    /** Category to number of skills in it; "" holds the skills of a flat layout. */
    public SortedMap<String, Integer> categories() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        skills.forEach(s -> counts.merge(s.category(), 1, Integer::sum));
        return Collections.unmodifiableSortedMap(counts);
    }
}
