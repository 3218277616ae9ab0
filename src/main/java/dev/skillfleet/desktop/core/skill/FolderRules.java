package dev.skillfleet.desktop.core.skill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks that need the skill's folder on disk rather than the text of its SKILL.md. */
final class FolderRules {

    static final List<String> DEPRECATED_FOLDERS = List.of("capabilities", "resources", "tests");
    static final int MAX_TAXONOMY_DEPTH = 3;

    private FolderRules() {
    }

    static void checkFolders(Path dir, List<ValidationIssue> out) {
        for (String name : DEPRECATED_FOLDERS) {
            if (Files.isDirectory(dir.resolve(name))) {
                out.add(ValidationIssue.warning(name + "/", 0, "folder \"" + name + "/\" is deprecated; move its "
                        + "files into scripts/, references/ or assets/"));
            }
        }
    }

    static void checkDepth(Placement placement, List<ValidationIssue> out) {
        if (placement.depth() > MAX_TAXONOMY_DEPTH) {
            out.add(ValidationIssue.warning("category", 0, "the skill sits " + placement.depth() + " folders deep "
                    + "(category \"" + placement.category() + "\"); keep the taxonomy at most "
                    + MAX_TAXONOMY_DEPTH + " levels deep, e.g. category/skill"));
        }
    }
}
