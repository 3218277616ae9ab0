package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.intent.Intent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IntentReplyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "QUERY | python testing; QUERY; python testing",
            "CREATE_SKILL | Redis caching; CREATE_SKILL; Redis caching",
            "create-skill: kafka consumers.; CREATE_SKILL; kafka consumers",
            "**Refine** | \"decorators\"; REFINE; decorators",
            "CHAT |; CHAT; ''",
            "chat; CHAT; ''",
            "The intent is QUERY.; QUERY; ''",
            "REFINE | caching\\nbecause it mentions an existing skill, not CHAT; REFINE; caching",
    })
    void readsTheIntentAndSubjectLeniently(String reply, Intent intent, String subject) {
        IntentReply parsed = IntentReply.parse(reply.replace("\\n", "\n")).orElseThrow();
        assertThat(parsed.intent()).isEqualTo(intent);
        assertThat(parsed.subject().orElse("")).isEqualTo(subject);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Banana.", "", "I am not sure whether this is QUERY or REFINE", "created skills"})
    void anAnswerNamingNoSingleIntentIsRejected(String reply) {
        assertThat(IntentReply.parse(reply)).isEmpty();
    }
}
