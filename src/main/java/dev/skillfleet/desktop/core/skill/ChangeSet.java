package dev.skillfleet.desktop.core.skill;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Changes of one root gathered while a burst of events lasts: skill folders touched, and whether to rescan. */
final class ChangeSet {

    private final Set<Path> skills = new LinkedHashSet<>();
    private boolean rescan;

    void skill(Path dir) {
        skills.add(dir);
    }

    void rescan() {
        rescan = true;
    }

    void addAll(ChangeSet other) {
        skills.addAll(other.skills);
        rescan |= other.rescan;
    }

    boolean isEmpty() {
        return skills.isEmpty() && !rescan;
    }

    Set<Path> skills() {
        return skills;
    }

    boolean rescanNeeded() {
        return rescan;
    }

    LibraryChange toChange(Path root) {
        return new LibraryChange(root, skills, rescan);
    }

    void clear() {
        skills.clear();
        rescan = false;
    }
}
