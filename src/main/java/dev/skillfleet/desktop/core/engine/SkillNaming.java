package dev.skillfleet.desktop.core.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns free words ("Redis caching for our API") into a spec-valid skill name ("redis-caching-api"). */
public final class SkillNaming {

    public static final int MAX_NAME = 64;
    private static final int MAX_WORDS = 5;

    // Words that carry no meaning in a name; the subject's own terms are what the name is built from.
    private static final Set<String> FILLER = Set.of("a", "an", "the", "for", "with", "about", "on", "of", "to", "in",
            "and", "or", "my", "our", "your", "that", "which", "who", "how", "using", "use", "into", "from", "by",
            "some", "any", "new", "skill", "skills", "capability", "please", "it", "this", "can", "should", "will",
            "is", "are", "be", "me", "we", "i", "you", "do", "does", "help", "helps", "agent", "agents", "when");

    private SkillNaming() {
    }

    /** The meaningful words of a subject, lower-case ASCII, in order, without repeats. */
    public static List<String> terms(String subject) {
        String ascii = Normalizer.normalize(subject, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        List<String> terms = new ArrayList<>();
        for (String word : ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9+#]+")) {
            String cleaned = word.replace("+", "p").replace("#", "sharp");
            if (!cleaned.isEmpty() && !FILLER.contains(cleaned) && !terms.contains(cleaned)) {
                terms.add(cleaned);
            }
        }
        return terms;
    }

    /** A name from the subject's first few terms, cut at a word so it stays within 64 characters. */
    public static String nameFrom(List<String> terms) {
        StringBuilder name = new StringBuilder();
        int words = 0;
        for (String term : terms) {
            if (words == MAX_WORDS || name.length() + term.length() + 1 > MAX_NAME) {
                break;
            }
            if (!name.isEmpty()) {
                name.append('-');
            }
            name.append(term);
            words++;
        }
        return name.toString();
    }

    /** Any string to a valid name: lower-case ASCII letters and digits joined by single hyphens. */
    public static String normalize(String raw) {
        String ascii = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        List<String> parts = new ArrayList<>();
        for (String part : ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        String joined = String.join("-", parts);
        return joined.length() <= MAX_NAME ? joined : trimAtHyphen(joined);
    }

    private static String trimAtHyphen(String name) {
        String cut = name.substring(0, MAX_NAME);
        int hyphen = cut.lastIndexOf('-');
        return hyphen > 0 ? cut.substring(0, hyphen) : cut;
    }

    /** "redis-caching" -> "Redis Caching", for titles. */
    public static String title(String name) {
        StringBuilder title = new StringBuilder();
        for (String part : name.split("-")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!title.isEmpty()) {
                title.append(' ');
            }
            title.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return title.toString();
    }
}
