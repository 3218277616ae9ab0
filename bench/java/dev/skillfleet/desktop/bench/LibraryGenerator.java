package dev.skillfleet.desktop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a realistic skill library for benchmarks: a Skill Fleet taxonomy ({@code <category>/<sub>/<skill>} mostly,
 * some {@code <category>/<skill>}), SKILL.md sizes spread like real libraries (median about 4 KB, a long tail to
 * 60 KB, like the shared corpus's 140 B to 74 KB without its 247 KB outlier), descriptions quoted, plain and as block
 * scalars, a "When to Use" section in most bodies, {@code references/} and {@code scripts/} in some, and about 1% of
 * skills invalid in the ways real ones are (name/folder mismatch, over-long description, uppercase name, missing
 * description, broken YAML). Deterministic for a given seed.
 *
 * <p>{@code java ... LibraryGenerator DIR [COUNT] [SEED]} writes into DIR (which must be empty or missing).
 */
public final class LibraryGenerator {

    /** What was written, for the benchmark's report. */
    public record Stats(Path root, int skills, int invalid, long skillMdBytes, int referenceFiles) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d skills (%d invalid), %.1f MB of SKILL.md (mean %.1f KB), "
                            + "%,d reference/script files, in %s", skills, invalid, skillMdBytes / 1e6,
                    skillMdBytes / 1024.0 / skills, referenceFiles, root);
        }
    }

    static final List<String> CATEGORIES = List.of("python", "devops", "web", "architecture", "api", "practices",
            "domain", "testing", "memory", "data", "security", "mobile");
    private static final List<String> SUBCATEGORIES = List.of("async", "testing", "packaging", "performance",
            "tooling", "patterns", "deployment", "observability", "frameworks", "migration", "design", "review",
            "automation", "integration", "storage", "frontend", "backend", "cli", "docs", "quality");
    private static final String[] WORDS = ("python async await testing server client database cache redis kafka "
            + "docker kubernetes helm terraform deploy rollout monitor metrics logging tracing security auth oauth "
            + "token session api rest graphql grpc websocket frontend backend react vue svelte css html layout "
            + "typography theme animation pdf excel slides document report chart pipeline etl spark pandas numpy "
            + "model train evaluate prompt agent tool memory vector search index query optimize refactor review "
            + "lint format build package release version migrate schema backup restore network proxy dns tls "
            + "certificate queue worker scheduler retry timeout circuit breaker idempotent transaction postgres "
            + "sqlite mongodb elasticsearch fastapi django flask pytest fixture mock coverage benchmark profile "
            + "latency throughput budget incident runbook alert dashboard feature flag experiment rollback canary "
            + "accessibility localization mobile swift kotlin gradle maven java rust golang typescript node").split(" ");
    private static final String[] VERBS = {"Builds", "Reviews", "Designs", "Migrates", "Tunes", "Tests", "Documents",
            "Deploys", "Debugs", "Secures", "Profiles", "Refactors", "Automates", "Monitors", "Generates"};

    private final Random random;
    private final Set<String> used = new HashSet<>();

    private LibraryGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LibraryGenerator DIR [COUNT] [SEED]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        System.out.println(generate(Path.of(args[0]), count, seed));
    }

    public static Stats generate(Path root, int count, long seed) throws IOException {
        Files.createDirectories(root);
        try (var entries = Files.list(root)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(root + " is not empty");
            }
        }
        return new LibraryGenerator(seed).write(root, count);
    }

    private Stats write(Path root, int count) throws IOException {
        int invalid = 0;
        long bytes = 0;
        int references = 0;
        for (int i = 0; i < count; i++) {
            String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            boolean deep = random.nextInt(10) < 8;
            String sub = deep ? SUBCATEGORIES.get(random.nextInt(SUBCATEGORIES.size())) : null;
            String name = uniqueName(category, sub);
            Path dir = deep ? root.resolve(category).resolve(sub).resolve(name) : root.resolve(category).resolve(name);
            Files.createDirectories(dir);
            // One skill in a hundred is broken the way real ones are.
            Flaw flaw = random.nextInt(100) == 0 ? Flaw.values()[1 + random.nextInt(Flaw.values().length - 1)] : Flaw.NONE;
            invalid += flaw == Flaw.NONE ? 0 : 1;
            byte[] skillMd = skillMd(name, category, sub, flaw).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("SKILL.md"), skillMd);
            bytes += skillMd.length;
            if (random.nextInt(5) == 0) {
                Path refs = Files.createDirectories(dir.resolve("references"));
                int files = 1 + random.nextInt(3);
                for (int f = 0; f < files; f++) {
                    Files.writeString(refs.resolve(word() + "-" + f + ".md"), "# " + title(name) + " reference\n\n"
                            + paragraphs(3 + random.nextInt(8)));
                    references++;
                }
            }
            if (random.nextInt(8) == 0) {
                Path scripts = Files.createDirectories(dir.resolve("scripts"));
                Files.writeString(scripts.resolve("run.py"), "#!/usr/bin/env python3\n\"\"\"" + sentence(12)
                        + "\"\"\"\nimport sys\n\nprint(sys.argv)\n");
                references++;
            }
        }
        return new Stats(root, count, invalid, bytes, references);
    }

    private enum Flaw { NONE, NAME_MISMATCH, LONG_DESCRIPTION, UPPERCASE_NAME, NO_DESCRIPTION, BROKEN_YAML }

    private String uniqueName(String category, String sub) {
        while (true) {
            String name = (random.nextBoolean() ? category + "-" : "") + word() + "-" + word()
                    + (random.nextInt(3) == 0 ? "-" + (sub == null ? word() : sub) : "");
            if (used.add(name)) {
                return name;
            }
        }
    }

    private String skillMd(String name, String category, String sub, Flaw flaw) {
        StringBuilder md = new StringBuilder("---\n");
        String written = switch (flaw) {
            case NAME_MISMATCH -> name + "-skill";
            case UPPERCASE_NAME -> name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
            default -> name;
        };
        md.append("name: ").append(written).append('\n');
        String description = flaw == Flaw.LONG_DESCRIPTION ? description(name, 1100 + random.nextInt(400))
                : description(name, 80 + random.nextInt(520));
        if (flaw != Flaw.NO_DESCRIPTION) {
            switch (random.nextInt(4)) {
                case 0 -> md.append("description: \"").append(description.replace("\"", "'")).append("\"\n");
                case 1 -> md.append("description: |-\n").append(wrap(description, "  ")).append('\n');
                default -> md.append("description: ").append(description.replace(": ", " - ")).append('\n');
            }
        }
        if (flaw == Flaw.BROKEN_YAML) {
            md.append("allowed-tools: [Read, Bash\n");
        }
        if (random.nextInt(3) == 0) {
            md.append("license: Apache-2.0\n");
        }
        if (random.nextInt(4) == 0) {
            md.append("metadata:\n  author: ").append(word()).append("-team\n  version: \"1.")
                    .append(random.nextInt(20)).append(".0\"\n");
        }
        if (random.nextInt(6) == 0) {
            md.append("allowed-tools: Bash(git:*) Read Grep\n");
        }
        md.append("---\n\n# ").append(title(name)).append("\n\n").append(paragraphs(1));
        if (random.nextInt(10) < 8) {
            md.append("\n## When to Use\n\n");
            for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
                md.append("- ").append(sentence(6 + random.nextInt(10))).append('\n');
            }
        }
        // Body size: log-normal around 4 KB, cut to 0.5-60 KB, as real libraries spread.
        int target = (int) Math.min(60_000, Math.max(500, Math.exp(Math.log(4_000) + random.nextGaussian() * 0.8)));
        int section = 0;
        while (md.length() < target) {
            md.append("\n## ").append(title(word() + "-" + word())).append("\n\n");
            switch (section++ % 3) {
                case 0 -> md.append(paragraphs(1 + random.nextInt(3)));
                case 1 -> {
                    for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
                        md.append(i + 1).append(". ").append(sentence(8 + random.nextInt(12))).append('\n');
                    }
                }
                default -> md.append("```").append(sub == null ? category : "bash").append('\n')
                        .append(word()).append(' ').append(word()).append(" --").append(word()).append('\n')
                        .append(word()).append('(').append(word()).append(")\n```\n");
            }
        }
        return md.toString();
    }

    private String description(String name, int length) {
        StringBuilder d = new StringBuilder(VERBS[random.nextInt(VERBS.length)]).append(' ')
                .append(name.replace('-', ' ')).append(" work: ").append(sentence(6 + random.nextInt(10)))
                .append(". Use when ").append(sentence(5 + random.nextInt(8))).append('.');
        while (d.length() < length) {
            d.append(' ').append(capitalize(sentence(6 + random.nextInt(12)))).append('.');
        }
        return d.length() > length ? d.substring(0, length).stripTrailing() : d.toString();
    }

    private String paragraphs(int count) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            for (int s = 0, n = 2 + random.nextInt(5); s < n; s++) {
                text.append(s == 0 ? "" : " ").append(capitalize(sentence(8 + random.nextInt(14)))).append('.');
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(word());
        }
        return s.toString();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder(indent);
        int column = 0;
        for (String w : text.split(" ")) {
            if (column > 0 && column + w.length() > 100) {
                out.append('\n').append(indent);
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(w);
            column += w.length();
        }
        return out.toString();
    }

    private static String title(String name) {
        StringBuilder t = new StringBuilder();
        for (String part : name.split("-")) {
            t.append(t.isEmpty() ? "" : " ").append(capitalize(part));
        }
        return t.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
