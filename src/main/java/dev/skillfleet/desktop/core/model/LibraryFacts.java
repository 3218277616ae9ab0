package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.engine.Replies;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.SearchHit;
import dev.skillfleet.desktop.core.skill.Skill;

import java.util.List;

/**
 * The library's facts a model may answer a question from: search hits with why they matched, or the whole
 * listing. Bounded by the design's 10,000 characters of context, so a huge library cannot flood the prompt.
 */
final class LibraryFacts {

    static final int MAX_CHARS = 10_000;
    private static final int MAX_DESCRIPTION = 400;

    private LibraryFacts() {
    }

    static String ofHits(List<SearchHit> hits) {
        StringBuilder text = new StringBuilder();
        int rank = 1;
        for (SearchHit hit : hits) {
            String entry = entry(rank, hit.skill()) + "   Matched because: " + String.join("; ", hit.reasons()) + "\n";
            if (!append(text, entry, hits.size() - rank + 1)) {
                break;
            }
            rank++;
        }
        return text.toString();
    }

    static String ofLibrary(LibraryScan scan) {
        StringBuilder text = new StringBuilder();
        List<Skill> skills = scan.skills();
        for (int i = 0; i < skills.size(); i++) {
            if (!append(text, entry(i + 1, skills.get(i)), skills.size() - i)) {
                break;
            }
        }
        return text.toString();
    }

    private static String entry(int rank, Skill skill) {
        String description = skill.description().strip().replaceAll("\\s+", " ");
        if (description.isEmpty()) {
            description = "(no description)";
        } else if (description.length() > MAX_DESCRIPTION) {
            // Descriptions say what a skill does first; the rest is mostly trigger phrases the search already used.
            description = Replies.firstSentence(description, MAX_DESCRIPTION);
        }
        return rank + ". " + skill.name() + " (category: " + (skill.category().isEmpty() ? "none" : skill.category())
                + "; " + (skill.valid() ? "valid" : "has validation errors") + ")\n   Description: " + description
                + "\n";
    }

    /** Appends unless the limit is reached, then notes how many entries were left out; false when full. */
    private static boolean append(StringBuilder text, String entry, int remaining) {
        if (text.length() + entry.length() > MAX_CHARS) {
            text.append("(").append(remaining).append(" more not shown)\n");
            return false;
        }
        text.append(entry);
        return true;
    }
}
