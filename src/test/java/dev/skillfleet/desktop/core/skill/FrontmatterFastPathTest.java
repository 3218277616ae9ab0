package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link FastFrontmatter} must either decline or give exactly what the full YAML parser gives: values (and their
 * order) and key lines. Checked over the real corpus, generated frontmatter like a big library's, hand-picked YAML
 * corner cases and tens of thousands of random mutations of them.
 */
class FrontmatterFastPathTest {

    private static final String[] TRICKY = {
        "name: a\ndescription: b\n",
        "name: a\ndescription: b c  d   \n",
        "name: a\ndescription: \"quoted # not a comment: fine\"\n",
        "name: a\ndescription: 'it''s'\n",
        "name: a\ndescription: ''\n",
        "name: a\ndescription: \"\"\n",
        "name: a\ndescription: \"esc \\\" aped\"\n",
        "name: a\ndescription: plain # comment\n",
        "name: a\ndescription: has: colon\n",
        "name: a\ndescription: ends with colon:\n",
        "name: a\ndescription: url http://x.y/z?q=1\n",
        "name: a\ndescription: time 12:30\n",
        "name: a\ndescription: [a, b]\n",
        "name: a\ndescription: {a: b}\n",
        "name: a\ndescription: &anchor x\nlicense: *anchor\n",
        "name: a\ndescription: !!str 5\n",
        "name: a\ndescription: -leading dash\n",
        "name: a\ndescription: - list item\n",
        "name: a\ndescription: ~\n",
        "name: a\ndescription: null\n",
        "name: a\ndescription: yes\n",
        "name: a\ndescription: 0x1F\n",
        "name: a\ndescription: 1.10\n",
        "name: a\ndescription:\n",
        "name: a\ndescription:   \n",
        "name: a\ndescription:\n\nlicense: x\n",
        "name: a\ndescription: first\n  continued\n",
        "name: a\ndescription: first\n\n  continued after blank\n",
        "name: a\ndescription: |\n  line one\n  line two\n",
        "name: a\ndescription: |-\n  line one\n  line two\n",
        "name: a\ndescription: |\n  one\n\n  two\n\n\nlicense: x\n",
        "name: a\ndescription: |-\n    deeper\n      deeper still\n    back\n",
        "name: a\ndescription: |\n  one\n   \n  two\n",
        "name: a\ndescription: |\n\n  leading blank\n",
        "name: a\ndescription: |+\n  keep\n\n",
        "name: a\ndescription: |2\n  indent indicator\n",
        "name: a\ndescription: | # comment\n  x\n",
        "name: a\ndescription: >\n  folded\n  lines\n",
        "name: a\ndescription: |\n  text\n # less indented\n",
        "name: a\ndescription: |\n    text\n  less but not zero\n",
        "name: a\ndescription: |\n  --- inside\n  ... too\n",
        "name: a\nmetadata:\n  author: me\n  version: \"1.0\"\n",
        "name: a\nmetadata:\n  author: me\n    deeper: x\n",
        "name: a\nmetadata:\n  author:\n  version: 2\n",
        "name: a\nmetadata:\n  author: me\n  author: you\n",
        "name: a\nmetadata:\n  - a\n  - b\n",
        "name: a\nmetadata:\n- a\n- b\n",
        "name: a\nmetadata:\n  # comment\n  a: b\n",
        "name: a\nmetadata:\n  a: |\n    block\n",
        "name: a\nallowed-tools:\n  - Read\n  - Bash\n",
        "name: a\nname: b\n",
        "# comment\nname: a\n# another\ndescription: b\n",
        "  name: a\n",
        "name : a\n",
        "name:a\n",
        "name: a\n\tdescription: b\n",
        "name: a\r\ndescription: b\r\n",
        "name: a\ndescription: \u00a0nbsp first\n",
        "name: a\ndescription: \u2003em space first\n",
        "name: a\ndescription: caf\u00e9 \u2014 na\u00efve \uD83D\uDE00 \u6280\u80fd\n",
        "name: a\ndescription: next\u0085line\n",
        "name: a\ndescription: sep\u2028arator\n",
        "name: a\ndescription: bom\uFEFF\n",
        "name: a\ndescription: \"quoted\" trailing\n",
        "name: a\ndescription: 'open\n  close'\n",
        "name: a\ndescription: \"open\n  close\"\n",
        "name: a\n...\n",
        "name: a\n%YAML 1.2\n",
        "name: a\n? complex\n",
        "<<: *x\n",
        "name: a\ndescription: @reserved\n",
        "name: a\ndescription: `tick\n",
        "name: a\ndescription: %percent\n",
        "name: a\ndescription: a ' quote\n",
        "name: a\ndescription: a \" quote\n",
        "name: a\ndescription: trailing hash#\n",
        "name: a\ndescription: x\n---\n",
        "name: 'a'\ndescription: \"b\"\nlicense: MIT\ncompatibility: Python 3.11+\nallowed-tools: Bash(git:*) Read\n",
        "",
        "\n",
        "# only a comment\n",
        "- a\n",
        "just text\n",
        "name: a",
    };

    private static final String[] MUTATIONS = {":", ": ", "#", " #", "'", "''", "\"", "|", "|-", ">", "-", "- ",
            "[", "]", "{", "}", "&", "*", "!", "%", "@", "`", "\\", "\t", "\r", "~", " ", "  ", "\n", "\n  ",
            "\n\n", "\u00a0", "\u2003", "\u0085", "\u2028", "\uFEFF", "?", ",", "x", "key: v\n", "  k: v\n", "\u00e9"};

    /** The full parser's outcome, or a marker when it refuses the text (the fast path must then decline too). */
    private static String fully(String yaml) {
        try {
            return show(FrontmatterYaml.readFully(yaml, 1));
        } catch (SkillParseException e) {
            return "ERROR " + e.getMessage();
        }
    }

    private static String show(FrontmatterYaml.Result r) {
        return r.values() + " in order " + new ArrayList<>(r.values().keySet()) + " at " + r.keyLines();
    }

    /** Returns true when the fast path answered (and asserts that it agrees). */
    private static boolean agrees(String yaml) {
        FrontmatterYaml.Result fast = FastFrontmatter.read(yaml, 1);
        if (fast == null) {
            return false;
        }
        assertThat(show(fast)).as("fast path on %s", yaml.replace("\n", "\\n")).isEqualTo(fully(yaml));
        return true;
    }

    private static String yamlOf(String skillMd) {
        String text = skillMd.replace("\r\n", "\n");
        int end = text.indexOf("\n---", 4);
        return text.substring(4, end + 1);
    }

    @Test
    void agreesOnEveryCorpusSkill() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SkillFixtures.SHARED)) {
            files = walk.filter(p -> p.getFileName().toString().equals("SKILL.md")).sorted().toList();
        }
        int fast = 0;
        for (Path file : files) {
            fast += agrees(yamlOf(Files.readString(file))) ? 1 : 0;
        }
        assertThat(files).hasSize(21);
        assertThat(fast).as("corpus frontmatter read by the fast path").isGreaterThanOrEqualTo(18);
    }

    @Test
    void agreesOnHandPickedCornerCases() {
        int fast = 0;
        for (String yaml : TRICKY) {
            fast += agrees(yaml) ? 1 : 0;
        }
        assertThat(fast).as("some corner cases are in the subset").isGreaterThan(20);
    }

    @Test
    void agreesOnGeneratedLibraryFrontmatter() {
        Random random = new Random(3);
        int fast = 0;
        for (int i = 0; i < 3_000; i++) {
            fast += agrees(realistic(random)) ? 1 : 0;
        }
        assertThat(fast).as("typical frontmatter takes the fast path").isGreaterThan(2_700);
    }

    @Test
    void agreesOnRandomMutations() {
        Random random = new Random(5);
        int fast = 0;
        for (int i = 0; i < 40_000; i++) {
            String base = random.nextBoolean() ? TRICKY[random.nextInt(TRICKY.length)] : realistic(random);
            StringBuilder yaml = new StringBuilder(base);
            for (int m = 0, n = 1 + random.nextInt(3); m < n; m++) {
                int at = yaml.isEmpty() ? 0 : random.nextInt(yaml.length() + 1);
                String piece = MUTATIONS[random.nextInt(MUTATIONS.length)];
                if (random.nextBoolean() && at < yaml.length()) {
                    yaml.replace(at, at + 1, piece);
                } else {
                    yaml.insert(at, piece);
                }
            }
            fast += agrees(yaml.toString()) ? 1 : 0;
        }
        assertThat(fast).as("mutations that stay in the subset are compared too").isGreaterThan(4_000);
    }

    private static String realistic(Random random) {
        String[] words = {"pdf", "python", "async", "deploy", "review", "tables", "charts", "API", "it's", "caf\u00e9",
                "\u2014", "(beta)", "v1.2", "50%", "C#", "x/y", "a,b", "\"q\"", "#tag", "e.g.", "[link]"};
        StringBuilder d = new StringBuilder("Use when");
        for (int i = 0, n = 5 + random.nextInt(40); i < n; i++) {
            d.append(' ').append(words[random.nextInt(words.length)]);
        }
        String description = d.toString();
        StringBuilder y = new StringBuilder("name: skill-").append(random.nextInt(1000)).append('\n');
        switch (random.nextInt(5)) {
            case 0 -> y.append("description: \"").append(description.replace("\"", "'")).append("\"\n");
            case 1 -> y.append("description: |-\n  ").append(description.replace(" a,b", "\n  a,b")).append('\n');
            case 2 -> y.append("description: '").append(description.replace("'", "''")).append("'\n");
            default -> y.append("description: ").append(description.replace(": ", " ").replace(" #", " ")
                    .replace("\"q\"", "q")).append('\n');
        }
        if (random.nextInt(3) == 0) {
            y.append("license: Apache-2.0\n");
        }
        if (random.nextInt(4) == 0) {
            y.append("metadata:\n  author: team-").append(random.nextInt(9)).append("\n  version: \"1.")
                    .append(random.nextInt(9)).append("\"\n");
        }
        if (random.nextInt(6) == 0) {
            y.append("allowed-tools: Bash(git:*) Read Grep\n");
        }
        return y.toString();
    }
}
