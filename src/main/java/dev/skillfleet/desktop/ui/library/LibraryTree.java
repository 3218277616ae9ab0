package dev.skillfleet.desktop.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the tree of {@link LibraryNode}s in step with the skills shown: root, then one node per category segment
 * (flat skills sit directly under the root, taxonomy skills under {@code cat/sub/}), then the skills, with counts on
 * every node. Updates touch only the path from the root to the changed skill. FX thread only.
 */
final class LibraryTree {

    private final Map<Path, LibraryNode> roots = new HashMap<>();
    private final Map<Path, LibraryNode> skillNodes = new HashMap<>();
    private LibraryFilter filter = LibraryFilter.NONE;

    LibraryNode addRoot(Path root, String label) {
        return roots.computeIfAbsent(root, r -> LibraryNode.root(r, label));
    }

    void removeRoot(Path root) {
        LibraryNode node = roots.remove(root);
        if (node != null) {
            skillNodes.values().removeIf(n -> n.libraryRoot().equals(root));
        }
    }

    LibraryFilter filter() {
        return filter;
    }

    /** Applies a new filter by refilling every root from {@code skills}. */
    void refill(LibraryFilter newFilter, Map<Path, ? extends Collection<LibrarySkill>> skillsByRoot) {
        filter = newFilter;
        for (Map.Entry<Path, LibraryNode> root : roots.entrySet()) {
            root.getValue().clearChildren();
            skillNodes.values().removeIf(n -> n.libraryRoot().equals(root.getKey()));
            Collection<LibrarySkill> skills = skillsByRoot.get(root.getKey());
            if (skills != null) {
                skills.forEach(this::put);
            }
        }
    }

    /** Shows {@code skill} (new or reloaded) when the filter lets it through, and hides it otherwise. */
    void put(LibrarySkill skill) {
        LibraryNode existing = skillNodes.get(skill.dir());
        if (!filter.test(skill)) {
            if (existing != null) {
                remove(skill.dir());
            }
            return;
        }
        if (existing != null) {
            existing.setSkill(skill);
            return;
        }
        LibraryNode root = roots.get(skill.root());
        if (root == null) {
            return;
        }
        LibraryNode parent = root;
        List<LibraryNode> path = new ArrayList<>(List.of(root));
        String category = skill.category();
        if (!category.isEmpty()) {
            StringBuilder sofar = new StringBuilder();
            for (String segment : category.split("/")) {
                sofar.append(sofar.isEmpty() ? "" : "/").append(segment);
                LibraryNode child = parent.childCategory(segment);
                if (child == null) {
                    child = LibraryNode.category(skill.root(), sofar.toString());
                    parent.insert(child);
                }
                path.add(child);
                parent = child;
            }
        }
        LibraryNode node = LibraryNode.skill(skill);
        parent.insert(node);
        skillNodes.put(skill.dir(), node);
        path.forEach(n -> n.addToCount(1));
    }

    /** Removes a skill's node, and the categories it leaves empty. */
    void remove(Path skillDir) {
        LibraryNode node = skillNodes.remove(skillDir);
        if (node == null) {
            return;
        }
        LibraryNode parent = node.parent();
        if (parent != null) {
            parent.removeChild(node);
        }
        for (LibraryNode at = parent; at != null; at = at.parent()) {
            at.addToCount(-1);
        }
        for (LibraryNode at = parent; at != null && at.kind() == LibraryNode.Kind.CATEGORY && at.count() == 0; ) {
            LibraryNode up = at.parent();
            up.removeChild(at);
            at = up;
        }
    }

    /** The node showing the skill in {@code skillDir}, or null when the filter hides it. */
    LibraryNode nodeOf(Path skillDir) {
        return skillNodes.get(skillDir);
    }
}
