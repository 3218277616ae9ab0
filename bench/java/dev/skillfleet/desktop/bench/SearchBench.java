package dev.skillfleet.desktop.bench;

import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillIndex;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Search over 10,000 synthetic skills (600-word bodies): index build time, and the time of each search while a
 * query is typed one keystroke at a time (typos included), as search-as-you-type will run it.
 */
public final class SearchBench {

    private static final String[] WORDS = ("python async testing server client database cache redis kafka docker "
            + "kubernetes deploy monitor metrics logging tracing security auth oauth token api rest graphql grpc "
            + "frontend backend react vue angular svelte css html design layout typography color theme animation "
            + "pdf excel word slides document report chart graph data pipeline etl spark pandas numpy model train "
            + "evaluate prompt agent tool memory vector search index query optimize refactor review lint format "
            + "build package release version migrate schema backup restore network proxy dns tls certificate").split(" ");

    public static void main(String[] args) {
        Random random = new Random(42);
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String name = word(random) + "-" + word(random) + "-" + i;
            String description = sentence(random, 25) + ". Use when " + sentence(random, 8) + ".";
            skills.add(new Skill(Path.of("/lib/" + name), null, name, description, "cat" + (i % 40),
                    sentence(random, 600), Map.of(), ValidationReport.empty(), false, false));
        }
        long buildStart = System.nanoTime();
        SkillIndex index = SkillIndex.build(skills);
        double buildMs = (System.nanoTime() - buildStart) / 1e6;

        String[] typed = {"python async", "redis cache servers", "tseting", "kubernets deploy", "documnt reports"};
        for (int warm = 0; warm < 3; warm++) {
            keystrokes(index, typed);
        }
        List<Double> perKeystroke = keystrokes(index, typed);
        Collections.sort(perKeystroke);
        System.out.printf(Locale.ROOT, "SearchBench: 10,000 skills, index built in %.0f ms; %d keystrokes: "
                        + "median %.2f ms, p95 %.2f ms, max %.2f ms per search%n", buildMs, perKeystroke.size(),
                perKeystroke.get(perKeystroke.size() / 2), perKeystroke.get((int) (perKeystroke.size() * 0.95)),
                perKeystroke.getLast());
    }

    private static List<Double> keystrokes(SkillIndex index, String[] queries) {
        List<Double> times = new ArrayList<>();
        for (String query : queries) {
            for (int length = 1; length <= query.length(); length++) {
                long start = System.nanoTime();
                index.search(query.substring(0, length), 20);
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        return times;
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(word(random));
        }
        return text.toString();
    }
}
