package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.intent.Intent;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's answer to "which intent is this?", read leniently: {@code QUERY | python}, {@code **Query**},
 * {@code The intent is CREATE_SKILL.} and {@code create-skill: redis} all count. An answer naming two different
 * intents counts only when one opens it; one naming none counts not at all.
 */
record IntentReply(Intent intent, Optional<String> subject) {

    private static final Pattern INTENT = Pattern.compile(
            "\\b(create[ _-]?skill|create|query|refine|chat)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_SEPARATOR = Pattern.compile("\\s*[|:\u2014\u2013-]+\\s*");

    static Optional<IntentReply> parse(String reply) {
        String text = reply.strip();
        Matcher matcher = INTENT.matcher(text);
        Set<Intent> named = new LinkedHashSet<>();
        int firstStart = -1;
        int firstEnd = -1;
        while (matcher.find()) {
            named.add(intentOf(matcher.group(1)));
            if (firstStart < 0) {
                firstStart = matcher.start();
                firstEnd = matcher.end();
            }
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        boolean opens = text.substring(0, firstStart).replaceAll("[\\s*`\"'#>]", "").isEmpty();
        if (named.size() > 1 && !opens) {
            return Optional.empty();
        }
        Intent intent = named.iterator().next();
        return Optional.of(new IntentReply(intent, opens ? subjectAfter(text, firstEnd) : Optional.empty()));
    }

    /** The rest of the intent's line after a separator, without quotes, emphasis or a final full stop. */
    private static Optional<String> subjectAfter(String text, int from) {
        int newline = text.indexOf('\n', from);
        String rest = text.substring(from, newline < 0 ? text.length() : newline).replaceAll("^[*`\"']+", "");
        Matcher separator = SUBJECT_SEPARATOR.matcher(rest);
        if (!separator.lookingAt()) {
            return Optional.empty();
        }
        String subject = rest.substring(separator.end()).strip().replaceAll("^[\"'`*]+|[\"'`*.]+$", "").strip();
        return subject.isEmpty() || subject.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(subject);
    }

    private static Intent intentOf(String word) {
        String normalized = word.toLowerCase(Locale.ROOT);
        if (normalized.startsWith("create")) {
            return Intent.CREATE_SKILL;
        }
        return switch (normalized) {
            case "query" -> Intent.QUERY;
            case "refine" -> Intent.REFINE;
            default -> Intent.CHAT;
        };
    }
}
