package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.SearchHit;
import dev.skillfleet.desktop.core.skill.Skill;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** QUERY offline: searches names, descriptions and bodies and answers with the matches and why they matched. */
final class QueryHandler implements IntentHandler {

    private static final int MAX_HITS = 10;
    private static final int MAX_LISTED = 200;

    private final CachedLibrary library;

    QueryHandler(CachedLibrary library) {
        this.library = library;
    }

    @Override
    public boolean canHandle(TurnRequest request) {
        return request.intent().intent() == Intent.QUERY;
    }

    @Override
    public void handle(TurnRequest request, TurnOutput out) {
        Replies.intentStep(out, request.intent());
        LibraryScan scan = library.scan();
        String subject = request.intent().subject().strip();
        if (subject.isEmpty() || SkillNaming.terms(subject).isEmpty()) {
            Replies.step(out, "No search terms: listing the whole library (%s)", Replies.plural(scan.skills().size(), "skill"));
            Replies.answer(out, listing(scan));
            return;
        }
        Replies.step(out, "Searching %s for %s (names, descriptions, bodies)", Replies.plural(scan.skills().size(), "skill"),
                Replies.quote(subject));
        List<SearchHit> hits = library.search(scan, subject, MAX_HITS);
        Replies.step(out, "%s", hits.isEmpty() ? "No matches" : Replies.plural(hits.size(), "match", "matches"));
        Replies.answer(out, hits.isEmpty() ? noMatch(subject, scan) : results(subject, hits));
    }

    private String results(String subject, List<SearchHit> hits) {
        StringBuilder text = new StringBuilder();
        text.append(hits.size() == 1 ? "One skill matches " : hits.size() + " skills match ")
                .append(Replies.quote(subject)).append(", best first:\n\n");
        int rank = 1;
        for (SearchHit hit : hits) {
            Skill skill = hit.skill();
            text.append(rank++).append(". **").append(skill.name()).append("**");
            if (!skill.category().isEmpty()) {
                text.append(" (").append(skill.category()).append(")");
            }
            if (!skill.valid()) {
                text.append(" \u2014 has validation errors");
            }
            text.append("  \n   ").append(Replies.firstSentence(skill.description(), 160)).append("  \n   ")
                    .append("*Why:* ").append(String.join("; ", hit.reasons())).append('\n');
        }
        return text.toString();
    }

    private String noMatch(String subject, LibraryScan scan) {
        return "No skill in `" + scan.root() + "` matches " + Replies.quote(subject) + " (" 
                + Replies.plural(scan.skills().size(), "skill") + " searched by name, description and body).\n\n"
                + "Try other words, or ask me to create one: \u201cCreate a " + subject + " skill\u201d.\n";
    }

    private String listing(LibraryScan scan) {
        if (scan.skills().isEmpty()) {
            return "The library at `" + scan.root() + "` has no skills yet. Ask me to create one, for example "
                    + "\u201cCreate a Redis caching skill\u201d.\n";
        }
        Map<String, List<Skill>> byCategory = new TreeMap<>(scan.skills().stream()
                .collect(Collectors.groupingBy(s -> s.category().isEmpty() ? "(no category)" : s.category())));
        StringBuilder text = new StringBuilder();
        text.append("The library at `").append(scan.root()).append("` has ")
                .append(Replies.plural(scan.skills().size(), "skill")).append(" in ")
                .append(Replies.plural(byCategory.size(), "category", "categories"));
        int invalid = scan.skills().size() - scan.validCount();
        text.append(invalid == 0 ? ", all valid.\n" : " (" + invalid + " with validation errors).\n");
        int listed = 0;
        for (Map.Entry<String, List<Skill>> category : byCategory.entrySet()) {
            text.append("\n**").append(category.getKey()).append("** (").append(category.getValue().size()).append(")\n");
            for (Skill skill : category.getValue()) {
                if (listed++ == MAX_LISTED) {
                    text.append("- \u2026 and more: ask about a topic to narrow it down\n");
                    return text.toString();
                }
                text.append("- **").append(skill.name()).append("**").append(skill.valid() ? "" : " \u26a0")
                        .append(" \u2014 ").append(Replies.firstSentence(skill.description(), 120)).append('\n');
            }
        }
        return text.toString();
    }
}
