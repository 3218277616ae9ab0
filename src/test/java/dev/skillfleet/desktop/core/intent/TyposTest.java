package dev.skillfleet.desktop.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TyposTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "create, create", "creat, create", "craete, create", "crreate, create", "crxate, create",
            "shwo, show", "imporve, improve", "skil, skill", "skils, skills", "lsit, list", "serach, search",
            "xcreate, create", "createx, create"})
    void oneSlipAway(String typed, String word) {
        assertThat(Typos.withinOneSlip(typed, word)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({
            "crate, cream", "cretea, create", "show, wosh", "sklli, skill", "improve, improvement", "abc, xyz",
            "kills, skill", "list, ls"})
    void moreThanOneSlipAway(String typed, String word) {
        assertThat(Typos.withinOneSlip(typed, word)).isFalse();
    }
}
