package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.intent.Intent;

import java.util.List;

/**
 * What a create request is about, shared by the offline and the model-backed create handlers so both read a
 * request the same way and ask the same question when it names no subject.
 */
public final class SkillTopic {

    private static final int MAX_TOPIC = 120;

    private SkillTopic() {
    }

    /** The subject as the skill's topic: one line, cut at a word when a huge message was sent. */
    public static String of(String subject) {
        String oneLine = subject.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= MAX_TOPIC) {
            return oneLine;
        }
        int space = oneLine.lastIndexOf(' ', MAX_TOPIC);
        return oneLine.substring(0, space > 0 ? space : MAX_TOPIC);
    }

    /** The question asked when a create request names no subject; the answer becomes the subject. */
    public static PendingQuestion whatShouldItDo(String originalMessage) {
        return new PendingQuestion("What should the new skill do? Name its subject, for example "
                + "\u201cRedis caching for a Python web API\u201d or \u201cwriting release notes\u201d.",
                List.of(), Intent.CREATE_SKILL, originalMessage);
    }
}
