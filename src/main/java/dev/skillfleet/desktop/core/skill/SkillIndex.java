package dev.skillfleet.desktop.core.skill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Full-text search over skills, built once per scan and queried on every keystroke: the work happens in
 * {@link #build}, and a search only walks postings lists of the query's terms.
 *
 * <p>Ranking: per query term, each field contributes its best match (exact, then stem, prefix, typo), weighted
 * name &gt; category &gt; description &gt; body and scaled by how rare the term is; skills matching more of the query
 * rank higher. Immutable after build apart from an internal cache, and safe to search from several threads.
 */
public final class SkillIndex {

    private static final int BUILD_BATCH = 64;

    private final Skill[] skills;
    private final EnumMap<SearchField, FieldIndex> fields;
    private final QueryPlanner planner;

    private SkillIndex(Skill[] skills, EnumMap<SearchField, FieldIndex> fields, Vocabulary vocabulary) {
        this.skills = skills;
        this.fields = fields;
        this.planner = new QueryPlanner(fields, vocabulary);
    }

    public static SkillIndex build(Collection<Skill> skills) {
        Skill[] docs = skills.toArray(Skill[]::new);
        EnumMap<SearchField, FieldIndex> fields = new EnumMap<>(SearchField.class);
        for (SearchField f : SearchField.values()) {
            fields.put(f, new FieldIndex());
        }
        // Tokenizing runs in parallel, a batch at a time to bound the memory of terms waiting to be added; adding
        // stays sequential because postings must grow in document order.
        for (int from = 0; from < docs.length; from += BUILD_BATCH) {
            int start = from;
            List<EnumMap<SearchField, FieldTerms>> batch =
                    IntStream.range(start, Math.min(docs.length, start + BUILD_BATCH)).parallel()
                            .mapToObj(doc -> terms(docs[doc])).toList();
            for (int i = 0; i < batch.size(); i++) {
                int doc = start + i;
                batch.get(i).forEach((field, terms) -> fields.get(field).add(doc, terms));
            }
        }
        Set<String> words = new HashSet<>();
        for (SearchField f : SearchField.values()) {
            fields.get(f).trim();
            if (f.expandable()) {
                words.addAll(fields.get(f).words());
            }
        }
        return new SkillIndex(docs, fields, new Vocabulary(words));
    }

    public int size() {
        return skills.length;
    }

    /** Best first, at most {@code limit}; an empty or meaningless query gives an empty list. */
    public List<SearchHit> search(String query, int limit) {
        if (query == null || limit <= 0 || skills.length == 0) {
            return List.of();
        }
        List<String> terms = Tokenizer.queryTerms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<List<TermMatch>> plans = terms.stream().map(planner::plan).toList();
        Accumulator acc = new Accumulator(skills.length);
        for (List<TermMatch> plan : plans) {
            acc.addTerm(plan);
        }
        // Compared with every word typed, stop words included: "skill creator" names skill-creator exactly.
        String typedName = String.join("-", Tokenizer.tokens(query));
        PriorityQueue<Ranked> top = new PriorityQueue<>(Ranked.WORST_FIRST);
        for (int doc : acc.matchedDocs()) {
            // Matching every word of the query beats matching one word strongly: "mcp servers" wants MCP servers.
            double coverage = (double) acc.matchedTerms(doc) / terms.size();
            double score = acc.total(doc) * (0.3 + 0.7 * coverage * coverage);
            if (skills[doc].name().equalsIgnoreCase(typedName)) {
                score *= 1.5;
            }
            top.add(new Ranked(doc, score, skills[doc]));
            if (top.size() > limit) {
                top.poll();
            }
        }
        List<Ranked> ranked = new ArrayList<>(top);
        ranked.sort(Ranked.WORST_FIRST.reversed());
        return ranked.stream()
                .map(r -> new SearchHit(r.skill(), r.score(), HitExplainer.explain(r.doc(), terms, plans)))
                .toList();
    }

    private static EnumMap<SearchField, FieldTerms> terms(Skill s) {
        EnumMap<SearchField, FieldTerms> terms = new EnumMap<>(SearchField.class);
        terms.put(SearchField.NAME, FieldTerms.of(s.name(), false));
        terms.put(SearchField.CATEGORY, FieldTerms.of(s.category(), false));
        terms.put(SearchField.DESCRIPTION, FieldTerms.of(s.description(), false));
        // Stop words are left out of bodies only: they are most of a body's words and no query needs them.
        terms.put(SearchField.BODY, FieldTerms.of(s.body(), true));
        return terms;
    }

    private record Ranked(int doc, double score, Skill skill) {
        /** Lowest score first, so a bounded heap drops the weakest; ties go to the alphabetically first name. */
        static final Comparator<Ranked> WORST_FIRST = Comparator.comparingDouble(Ranked::score)
                .thenComparing(r -> r.skill().name(), Comparator.reverseOrder())
                .thenComparing(r -> r.skill().dir(), Comparator.reverseOrder());
    }
}
