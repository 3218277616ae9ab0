package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Skill;

/** The library in a few lines for a system prompt: counts and the skills' names, bounded in size. */
final class LibrarySummary {

    private static final int MAX_CHARS = 2_000;

    private LibrarySummary() {
    }

    static String of(LibraryScan scan) {
        StringBuilder text = new StringBuilder("The user's skill library at ").append(scan.root()).append(" has ")
                .append(scan.skills().size()).append(" skills");
        if (!scan.skills().isEmpty()) {
            text.append(": ");
            boolean first = true;
            for (Skill skill : scan.skills()) {
                String entry = skill.category().isEmpty() ? skill.name() : skill.category() + "/" + skill.name();
                if (text.length() + entry.length() > MAX_CHARS) {
                    text.append(", \u2026");
                    break;
                }
                text.append(first ? "" : ", ").append(entry);
                first = false;
            }
        }
        return text.append('.').toString();
    }
}
