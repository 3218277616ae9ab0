package dev.skillfleet.desktop.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The subject is the message without the request's own words, in the user's own casing. */
class SubjectExtractionTest {

    private final IntentClassifier classifier = new IntentClassifier();

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", textBlock = """
            # create
            Create a Redis caching skill                            | Redis caching
            Make a skill for Redis caching                          | Redis caching
            Create a Python decorators skill                        | Python decorators
            Build a new capability                                  | ""
            Could you please draft a skill about GraphQL?           | GraphQL
            I need a skill that teaches how to write release notes  | write release notes
            Draft a skill for writing release notes                 | writing release notes
            creat a skil for docker                                 | docker
            new skill: kubernetes deployments                       | kubernetes deployments
            teach the agent how to review pull requests             | review pull requests
            I want to make a skill that formats SQL                 | formats SQL
            Create a writing skill                                  | writing
            CREATE A SKILL FOR DOCKER COMPOSE                       | DOCKER COMPOSE
            Create a skill for Kafka. It should cover consumers.    | Kafka
            Create a Python skill for data cleaning                 | Python data cleaning
            Create a skill for C++ templates                        | C++ templates
            # refine
            Improve the decorators skill                            | decorators
            Tighten the mcp-builder skill                           | mcp-builder
            Fix the async skill                                     | async
            tighten up the description of webapp-testing            | webapp-testing
            add examples to the dspy-basics skill                   | dspy-basics
            Rename the async skill to async-patterns                | async
            Rename mcp-builder to mcp-server-builder                | mcp-builder
            Could you fix the typos in the caching skill?           | caching
            make the redis skill shorter                            | redis
            Update the writing skill                                | writing
            make it shorter                                         | ""
            Improve the "decorators" skill                          | decorators
            # query
            Show me Python skills                                   | Python
            List all testing skills                                 | testing
            What skills exist?                                      | ""
            Do I have anything about MCP servers?                   | MCP servers
            Is there a skill for Kubernetes?                        | Kubernetes
            Which skills cover testing?                             | testing
            Would you mind listing my skills?                       | ""
            What skills do I have about testing?                    | testing
            look up the caching skill                               | caching
            Find me something about docker                          | docker
            # chat
            Hello                                                   | ""
            How are you?                                            | ""
            Tell me a joke                                          | ""
            """)
    void subjectIsTheMessageWithoutTheRequestWords(String message, String subject) {
        assertThat(classifier.classify(message).subject()).isEqualTo(subject);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Hello", "thanks!", "what can you do?", "who are you", "good morning"})
    void confidentChatHasNoSubject(String message) {
        IntentMatch match = classifier.classify(message);

        assertThat(match.intent()).isEqualTo(Intent.CHAT);
        assertThat(match.subject()).isEmpty();
    }
}
