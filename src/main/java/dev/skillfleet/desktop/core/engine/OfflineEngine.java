package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.time.Clock;
import java.util.List;

/** The built-in engine: one handler per intent, working only from the request and the library on disk. */
public final class OfflineEngine {

    private OfflineEngine() {
    }

    public static List<IntentHandler> handlers(SkillLibrary library) {
        return handlers(library, Clock.systemDefaultZone());
    }

    public static List<IntentHandler> handlers(SkillLibrary library, Clock clock) {
        DraftStore drafts = new DraftStore(library.root(), clock);
        return List.of(new CreateSkillHandler(library, drafts), new QueryHandler(library),
                new RefineHandler(library, drafts), new ChatHandler(library));
    }
}
