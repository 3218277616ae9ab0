package dev.skillfleet.desktop.ui.library;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The library in numbers, for the status line, the empty state and the category choice.
 *
 * @param skills     library skills (drafts not counted)
 * @param categories every category path of a library skill and each of its parents, sorted
 */
record LibrarySummary(int skills, int invalid, int broken, int drafts, boolean scanning, int roots,
                      List<String> categories) {

    static LibrarySummary of(Collection<Map<Path, LibrarySkill>> byRoot, boolean scanning, int roots) {
        int skills = 0;
        int invalid = 0;
        int broken = 0;
        int drafts = 0;
        TreeSet<String> categories = new TreeSet<>();
        for (Map<Path, LibrarySkill> root : byRoot) {
            for (LibrarySkill skill : root.values()) {
                if (skill.draft()) {
                    drafts++;
                    continue;
                }
                skills++;
                switch (skill.validity()) {
                    case INVALID -> invalid++;
                    case BROKEN -> broken++;
                    default -> { }
                }
                String category = skill.category();
                for (int slash = category.indexOf('/'); slash >= 0; slash = category.indexOf('/', slash + 1)) {
                    categories.add(category.substring(0, slash));
                }
                if (!category.isEmpty()) {
                    categories.add(category);
                }
            }
        }
        return new LibrarySummary(skills, invalid, broken, drafts, scanning, roots, List.copyOf(categories));
    }

    /** E.g. "21 skills in 2 libraries · 2 invalid · 1 draft", or "Scanning… 120 skills so far". */
    String text() {
        if (scanning) {
            return "Scanning\u2026 " + count(skills, "skill") + " so far";
        }
        StringBuilder text = new StringBuilder(count(skills, "skill"));
        if (roots > 1) {
            text.append(" in ").append(roots).append(" libraries");
        }
        if (invalid > 0) {
            text.append(" \u00b7 ").append(invalid).append(" invalid");
        }
        if (broken > 0) {
            text.append(" \u00b7 ").append(broken).append(" broken");
        }
        if (drafts > 0) {
            text.append(" \u00b7 ").append(count(drafts, "draft"));
        }
        return text.toString();
    }

    private static String count(int n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
