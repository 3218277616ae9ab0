package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.engine.Replies;
import dev.skillfleet.desktop.core.engine.SkillNaming;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.SearchHit;

import java.util.List;

/**
 * QUERY with a model: the local search finds the skills, the model only summarises them for the user's question,
 * streamed. The search decides what matches; the model is told to use nothing but the facts it is given.
 *
 * <p>When nothing matches, the answer is given locally without calling the model: there is nothing to summarise,
 * and a model handed an empty result tends to suggest skills the library does not have.
 */
final class ModelQueryHandler implements IntentHandler {

    private static final int MAX_HITS = 10;

    private final ModelCall model;
    private final CachedLibrary library;

    ModelQueryHandler(ModelCall model, CachedLibrary library) {
        this.model = model;
        this.library = library;
    }

    @Override
    public boolean canHandle(TurnRequest request) {
        return request.intent().intent() == Intent.QUERY;
    }

    @Override
    public void handle(TurnRequest request, TurnOutput out) throws Exception {
        Replies.intentStep(out, request.intent());
        LibraryScan scan = library.scan();
        String subject = request.intent().subject().strip();
        String facts;
        String search;
        if (subject.isEmpty() || SkillNaming.terms(subject).isEmpty()) {
            Replies.step(out, "No search terms: the whole library (%s)", Replies.plural(scan.skills().size(), "skill"));
            if (scan.skills().isEmpty()) {
                Replies.answer(out, "The library at `" + scan.root() + "` has no skills yet. Ask me to create one, "
                        + "for example \u201cCreate a Redis caching skill\u201d.\n");
                return;
            }
            facts = LibraryFacts.ofLibrary(scan);
            search = "The user's library at " + scan.root() + " has " + Replies.plural(scan.skills().size(), "skill")
                    + " in " + Replies.plural(scan.categories().size(), "category", "categories") + ":";
        } else {
            List<SearchHit> hits = library.search(scan, subject, MAX_HITS);
            Replies.step(out, "Searching %s for %s: %s", Replies.plural(scan.skills().size(), "skill"),
                    Replies.quote(subject), Replies.plural(hits.size(), "match", "matches"));
            if (hits.isEmpty()) {
                Replies.answer(out, noMatch(subject, scan));
                return;
            }
            facts = LibraryFacts.ofHits(hits);
            search = "A local search of the user's library at " + scan.root() + " for \"" + subject + "\" found "
                    + hits.size() + " of its " + scan.skills().size() + " skills, best first:";
        }
        Replies.step(out, "Summarising with %s", model.modelName());
        model.streamToUser(Conversations.single(system(search, facts), request.message()), out);
    }

    private static String system(String search, String facts) {
        return """
                You are the assistant inside Skill Fleet Desktop, an app for agent skills (folders holding a \
                SKILL.md). Answer the user's question about their skill library from the facts below, and only from \
                them:
                - Do not invent skills, names, features, paths or commands that are not listed here.
                - Name each skill you mention exactly as written, in bold, and say in one line what it does and why \
                it fits the question.
                - Mention skills that have validation errors as such.
                - If none of them answers the question, say so plainly and suggest creating a skill.
                - Be concise; answer in Markdown.

                %s
                %s""".formatted(search, facts);
    }

    private static String noMatch(String subject, LibraryScan scan) {
        return "No skill in `" + scan.root() + "` matches " + Replies.quote(subject) + " ("
                + Replies.plural(scan.skills().size(), "skill") + " searched by name, description and body).\n\n"
                + "Try other words, or ask me to create one: \u201cCreate a " + subject + " skill\u201d.\n";
    }
}
