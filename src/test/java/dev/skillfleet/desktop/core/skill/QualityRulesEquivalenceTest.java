package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Several checks were rewritten for speed (a scan of 10,000 skills ran a multi-line regex over every body, and
 * regexes and streams over every name and key); each must decide exactly as the original expression did. Random
 * texts built from pieces that matter to each (line breaks of every kind, case, Unicode look-alikes) are put to
 * both.
 */
class QualityRulesEquivalenceTest {

    private static final Pattern ORIGINAL_HEADING =
            Pattern.compile("(?im)^ {0,3}##[ \\t]+when to use(?:[ \\t]+this skill)?[ \\t]*:?[ \\t]*#*[ \\t]*$");
    private static final Pattern ORIGINAL_TRIGGER =
            Pattern.compile("(?iu)\\b(?:when|whenever|trigger(?:s|ed)?|use (?:it |this(?: skill)? )?(?:for|if))\\b");
    private static final Pattern ORIGINAL_KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ORIGINAL_NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final String[] BODY_PIECES = {"## When to Use", "## when to use", "##\tWhen To Use This Skill",
            "## When to Use:", "## When to Use ##", "## When to Use this skill #", "## When to Usage",
            "### When to Use", "#### When to Use", " ", "  ", "   ", "    ", "\t", "\n", "\r\n", "\r", "\u0085",
            "\u2028", "\u2029", "##", "#", ":", "text", "When to Use", "when", " this skill", "##When to Use",
            "- item", "\u00a0", "é", "WHEN TO USE", "to use", "## WHEN TO USE THIS SKILL", "## When to Use this s\u212Aill",
            "## When to \u0131se", "## \u0130when to use", " this skill", " :", "# ", ": #"};
    private static final String[] DESCRIPTION_PIECES = {"when", "When", "WHEN", "whenever", "Whenever", "trigger",
            "triggers", "triggered", "TRIGGER", "use it for", "use this for", "use this skill if", "use for", "Use",
            " ", ",", ".", "-", "_", "'", "\"", "(", ")", "x", "é", "\u0301", "\u00a0", "\u2003", "ſ", "K", "İ",
            "\n", "1", "somewhen", "whence", "whenx", "/", "\u200d", "wh", "en"};
    private static final String[] NAME_PIECES = {"claude", "anthropic", "Claude", "-", "_", "2", "٣", "ⅻ", "é",
            "\u0301", "pdf", "x", " ", ".", "\uD83D\uDE00", "ｃｌａｕｄｅ", "ﬁ", "claudé", "İ", "K"};

    private static String random(Random random, String[] pieces, int max) {
        StringBuilder text = new StringBuilder();
        for (int p = 0, n = random.nextInt(max); p < n; p++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    @Test
    void headingScanDecidesLikeTheMultilineRegex() {
        Random random = new Random(7);
        int found = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = random(random, BODY_PIECES, 12);
            boolean expected = ORIGINAL_HEADING.matcher(text).find();
            assertThat(QualityText.hasWhenToUseHeading(text)).as("%s", text.replace("\n", "\\n")
                    .replace("\r", "\\r")).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("the generated bodies exercise both outcomes").isBetween(1_000, 49_000);
    }

    @Test
    void lineCountIsUnchanged() {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            String text = random(random, BODY_PIECES, 10);
            int lines = (int) text.chars().filter(c -> c == '\n').count();
            int expected = text.isEmpty() ? 0 : text.endsWith("\n") ? lines : lines + 1;
            assertThat(QualityText.countLines(text)).isEqualTo(expected);
        }
    }

    @Test
    void triggerShortcutDecidesLikeTheRegex() {
        Random random = new Random(13);
        int found = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = random(random, DESCRIPTION_PIECES, 8);
            boolean expected = ORIGINAL_TRIGGER.matcher(text).find();
            assertThat(QualityText.saysWhenToUse(text)).as("%s", text).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isBetween(1_000, 49_000);
    }

    @Test
    void kebabCheckMatchesTheRegex() {
        Random random = new Random(17);
        String[] pieces = {"a", "z", "0", "9", "-", "--", "A", "_", " ", "é", "allowed", "tools"};
        for (int i = 0; i < 20_000; i++) {
            String key = random(random, pieces, 6);
            assertThat(QualityText.isKebab(key)).as(key).isEqualTo(ORIGINAL_KEBAB.matcher(key).matches());
        }
    }

    @Test
    void reservedWordsAreFoundLikeTheSplit() {
        Random random = new Random(19);
        for (int i = 0; i < 20_000; i++) {
            String name = random(random, NAME_PIECES, 6).toLowerCase(java.util.Locale.ROOT);
            String expected = null;
            for (String word : ORIGINAL_NOT_WORD.split(name)) {
                if (QualityRules.RESERVED_WORDS.contains(word)) {
                    expected = word;
                    break;
                }
            }
            assertThat(QualityText.firstWordIn(name, QualityRules.RESERVED_WORDS)).as(name).isEqualTo(expected);
        }
    }

    @Test
    void nameHelpersAreUnchanged() {
        Random random = new Random(23);
        for (int i = 0; i < 20_000; i++) {
            String name = random(random, NAME_PIECES, 6);
            assertThat(SkillNames.nfkc(name)).isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFKC));
            Set<String> invalid = new LinkedHashSet<>();
            name.codePoints().filter(cp -> cp != '-' && !SkillNames.isLetterOrDigit(cp))
                    .forEach(cp -> invalid.add(Character.toString(cp)));
            assertThat(SkillNames.invalidCharacters(name)).containsExactlyElementsOf(invalid);
            assertThat(SkillNames.hasNonAsciiAlphanumerics(name)).isEqualTo(name.codePoints().anyMatch(cp -> cp != '-'
                    && SkillNames.isLetterOrDigit(cp) && !(cp >= 'a' && cp <= 'z') && !(cp >= '0' && cp <= '9')));
        }
    }
}
