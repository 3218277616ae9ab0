package dev.skillfleet.desktop.core.model;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SkillDiffTest {

    @Test
    void countsTheChangedLinesAndFencesTheDiff() {
        SkillDiff diff = SkillDiff.of("a/x/SKILL.md", "b/x/SKILL.md", "one\ntwo\nthree\n", "one\n2\nthree\nfour\n");

        assertThat(diff.added()).isEqualTo(2);
        assertThat(diff.removed()).isEqualTo(1);
        assertThat(diff.block()).startsWith("```diff\n--- a/x/SKILL.md\n+++ b/x/SKILL.md\n")
                .contains("\n-two\n").contains("\n+2\n").contains("\n+four\n").endsWith("```\n");
    }

    @Test
    void codeFencesInsideTheSkillGetALongerOuterFence() {
        SkillDiff diff = SkillDiff.of("a", "b", "text\n```\ncode\n```\n", "text\n```\ncode changed\n```\n");

        assertThat(diff.block()).startsWith("````diff\n").endsWith("\n````\n");
    }

    @Test
    void aHugeDiffIsCutWithANote() {
        String before = IntStream.range(0, 1000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        String after = IntStream.range(0, 1000).mapToObj(i -> "changed " + i).collect(Collectors.joining("\n"));

        SkillDiff diff = SkillDiff.of("a", "b", before, after);

        assertThat(diff.block().lines().count()).isLessThan(SkillDiff.MAX_LINES + 10);
        assertThat(diff.block()).contains("the first 400 are shown");
        assertThat(diff.added()).isEqualTo(1000);
    }

    @Test
    void sameLinesMeanNoDiff() {
        assertThat(SkillDiff.same("a\r\nb\n", "a\nb")).isTrue();
        assertThat(SkillDiff.of("a", "b", "x\n", "x\n").block()).isEmpty();
    }
}
