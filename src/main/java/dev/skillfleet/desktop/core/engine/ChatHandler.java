package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Skill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CHAT offline: says what the assistant can do, with the library's real numbers. It does not pretend to be a
 * model: free-form requests (jokes, essays) are answered with what the offline engine can and cannot do.
 */
final class ChatHandler implements IntentHandler {

    private static final Pattern THANKS = Pattern.compile("\\b(thanks|thank you|thx|cheers|great|perfect)\\b");
    private static final Pattern GREETING = Pattern.compile("^\\s*(hi|hello|hey|hallo|good (morning|afternoon|evening)|howdy|yo)\\b");
    private static final Pattern CAPABILITIES = Pattern.compile("what can you do|help|who are you|what are you|how do(es)? (this|it) work|how are you");

    private final CachedLibrary library;

    ChatHandler(CachedLibrary library) {
        this.library = library;
    }

    @Override
    public boolean canHandle(TurnRequest request) {
        return request.intent().intent() == Intent.CHAT;
    }

    @Override
    public void handle(TurnRequest request, TurnOutput out) {
        Replies.intentStep(out, request.intent());
        String message = request.message().toLowerCase(Locale.ROOT);
        LibraryScan scan = library.scan();
        long drafts = countDrafts(library.root());
        Replies.step(out, "Library: %s, %s", Replies.plural(scan.skills().size(), "skill"),
                Replies.plural((int) drafts, "draft"));
        StringBuilder text = new StringBuilder();
        if (THANKS.matcher(message).find() && !CAPABILITIES.matcher(message).find()) {
            text.append("You're welcome. ");
        } else if (GREETING.matcher(message).find()) {
            text.append("Hello! ");
        } else if (!CAPABILITIES.matcher(message).find()) {
            text.append("I'm the built-in offline engine: I work with your skill library and don't write free-form "
                    + "text such as jokes or essays. ");
        }
        text.append(libraryLine(scan, drafts)).append("\n\n");
        text.append("""
                Here's what I can do, offline:

                - **Create a skill**: \u201cCreate a Redis caching skill\u201d writes a validated draft to `_drafts/`.
                - **Find skills**: \u201cDo I have anything about testing?\u201d searches names, descriptions and bodies.
                - **Refine a skill**: \u201cImprove the %s skill\u201d checks it against the rules and writes an improved copy as a draft; the original is never changed.
                - **List the library**: \u201cWhat skills exist?\u201d
                """.formatted(exampleSkill(scan)));
        Replies.answer(out, text.toString());
    }

    private static String libraryLine(LibraryScan scan, long drafts) {
        if (scan.skills().isEmpty()) {
            return "Your library at `" + scan.root() + "` is empty so far.";
        }
        int invalid = scan.skills().size() - scan.validCount();
        String line = "Your library at `" + scan.root() + "` has " + Replies.plural(scan.skills().size(), "skill")
                + " in " + Replies.plural(scan.categories().size(), "category", "categories");
        line += invalid == 0 ? ", all valid" : ", " + invalid + " with validation errors";
        if (scan.brokenCount() > 0) {
            line += " (" + scan.brokenCount() + " unreadable)";
        }
        return line + (drafts > 0 ? ", and " + Replies.plural((int) drafts, "draft") + " waiting." : ".");
    }

    private static String exampleSkill(LibraryScan scan) {
        return scan.skills().stream().filter(s -> !s.valid()).map(Skill::name).findFirst()
                .or(() -> scan.skills().stream().map(Skill::name).findFirst()).orElse("decorators");
    }

    /** Drafts are the SKILL.md files under _drafts; counted without parsing them. */
    private static long countDrafts(Path root) {
        Path drafts = root.resolve(DraftStore.DRAFTS);
        if (!Files.isDirectory(drafts)) {
            return 0;
        }
        try (Stream<Path> files = Files.find(drafts, 6, (p, a) -> a.isRegularFile()
                && p.getFileName().toString().equals("SKILL.md"))) {
            return files.count();
        } catch (Exception e) {
            return 0;
        }
    }
}
