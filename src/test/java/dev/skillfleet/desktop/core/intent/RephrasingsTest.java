package dev.skillfleet.desktop.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Ordinary ways of saying the same four things: questions, typos, polite forms, idioms, small talk. */
class RephrasingsTest {

    private final IntentClassifier classifier = new IntentClassifier();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # create: verbs, polite forms, typos, "new skill:", wanting one, teaching the agent
            Create a Redis caching skill                                  | CREATE_SKILL
            creat a skil for docker                                       | CREATE_SKILL
            Could you please draft a skill about GraphQL?                 | CREATE_SKILL
            Draft a skill for writing release notes                       | CREATE_SKILL
            new skill: kubernetes deployments                             | CREATE_SKILL
            I need a skill that teaches how to write release notes        | CREATE_SKILL
            teach the agent how to review pull requests                   | CREATE_SKILL
            Teach Claude how to write commit messages                     | CREATE_SKILL
            Write a skill for parsing PDFs                                | CREATE_SKILL
            generate a skill that summarises meeting notes                | CREATE_SKILL
            Please make me a new skill for Terraform                      | CREATE_SKILL
            Can you build a skill that lints YAML files?                  | CREATE_SKILL
            Let's create a skill for code review                          | CREATE_SKILL
            add a new skill for pandas                                    | CREATE_SKILL
            I'd like a new skill for Jira ticket triage                   | CREATE_SKILL
            I want a skill for SQL query optimisation                     | CREATE_SKILL
            Can I get a skill for summarising PRs?                        | CREATE_SKILL
            Set up a skill for Terraform plans                            | CREATE_SKILL
            new capability: read Excel files                              | CREATE_SKILL
            I want to make a skill that formats SQL                       | CREATE_SKILL
            Hi! Can you create a skill for Kafka consumers?               | CREATE_SKILL
            write up a skill on incident response                         | CREATE_SKILL
            Hey, could you make a skill that helps with Kubernetes debugging? | CREATE_SKILL
            # query: questions, "do I have anything about", find/search/look up/browse/are there
            Is there a skill for Kubernetes?                              | QUERY
            Which skills cover testing?                                   | QUERY
            shwo me python skills                                         | QUERY
            Would you mind listing my skills?                             | QUERY
            Do I have anything about MCP servers?                         | QUERY
            find skills about docker                                      | QUERY
            search for testing skills                                     | QUERY
            look up the caching skill                                     | QUERY
            browse skills                                                 | QUERY
            are there any skills for data analysis?                       | QUERY
            what skills do I have                                         | QUERY
            how many skills do I have?                                    | QUERY
            Do we have a skill for Terraform?                             | QUERY
            Got anything on Kafka?                                        | QUERY
            Which skill handles PDFs?                                     | QUERY
            lsit my skills                                                | QUERY
            serach for python skills                                      | QUERY
            Any skills about Rust?                                        | QUERY
            where is the webapp-testing skill?                            | QUERY
            tell me about the docker skill                                | QUERY
            what's in my library?                                         | QUERY
            could you show me what skills I have                          | QUERY
            Thanks, now show me my skills                                 | QUERY
            # refine: improve/fix/tighten/polish/rename/clean up/add examples, typos, problems
            imporve the async skill                                       | REFINE
            Tighten the mcp-builder skill                                 | REFINE
            tighten up the description of webapp-testing                  | REFINE
            add examples to the dspy-basics skill                         | REFINE
            Rename the async skill to async-patterns                      | REFINE
            clean up the pdf-tools skill                                  | REFINE
            Please polish the webapp-testing skill                        | REFINE
            shorten the description of the docker skill                   | REFINE
            make the redis skill shorter                                  | REFINE
            Could you fix the typos in the caching skill?                 | REFINE
            edit my git-workflow skill                                    | REFINE
            Add a section on error handling to the async skill            | REFINE
            Can you tidy up my git skill                                  | REFINE
            Please write examples for the webapp-testing skill            | REFINE
            Rewrite the intro of the kafka skill                          | REFINE
            There's a typo in the async skill                             | REFINE
            my redis skill is broken                                      | REFINE
            great, now improve the decorators skill                       | REFINE
            updat the caching skill                                       | REFINE
            # chat: greetings, thanks, questions about the assistant
            thanks!                                                       | CHAT
            good morning                                                  | CHAT
            what can you do?                                              | CHAT
            who are you                                                   | CHAT
            Hi                                                            | CHAT
            Hey there!                                                    | CHAT
            thank you so much                                             | CHAT
            what's up?                                                    | CHAT
            how's it going                                                | CHAT
            nice to meet you                                              | CHAT
            never mind                                                    | CHAT
            See you later                                                 | CHAT
            helo                                                          | CHAT
            """)
    void rephrasingIsClassifiedConfidently(String message, Intent expected) {
        IntentMatch match = classifier.classify(message);

        assertThat(match.intent()).as("intent of '%s' (%s)", message, classifier.explain(message)).isEqualTo(expected);
        assertThat(match.confidence()).as("confidence of '%s'", message).isGreaterThanOrEqualTo(IntentMatch.THRESHOLD);
    }

    static Stream<Arguments> casingAndPunctuationVariants() {
        return Stream.of(
                Arguments.of("Create a Python decorators skill", Intent.CREATE_SKILL),
                Arguments.of("Could you please draft a skill about GraphQL?", Intent.CREATE_SKILL),
                Arguments.of("What skills exist?", Intent.QUERY),
                Arguments.of("Is there a skill for Kubernetes?", Intent.QUERY),
                Arguments.of("Fix the async skill.", Intent.REFINE),
                Arguments.of("Tighten the mcp-builder skill!", Intent.REFINE),
                Arguments.of("How are you?", Intent.CHAT),
                Arguments.of("Thanks!", Intent.CHAT))
                .flatMap(base -> variants((String) base.get()[0]).map(v -> Arguments.of(v, base.get()[1])));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("casingAndPunctuationVariants")
    void casingAndPunctuationDoNotMatter(String message, Intent expected) {
        IntentMatch match = classifier.classify(message);

        assertThat(match.intent()).isEqualTo(expected);
        assertThat(match.confident()).isTrue();
    }

    /** Lower case without punctuation, ALL CAPS, and extra spaces around the words. */
    private static Stream<String> variants(String message) {
        String bare = message.replaceAll("[?!.,]", "");
        return Stream.of(
                bare.toLowerCase(Locale.ROOT),
                message.toUpperCase(Locale.ROOT),
                bare.toUpperCase(Locale.ROOT),
                "   " + message.replace(" ", "  ") + "  \n");
    }
}
