package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.cache.TieredCache;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.time.Clock;
import java.util.List;

/**
 * The built-in engine: one handler per intent, working only from the request and the library on disk. The library
 * is read through a {@link CachedLibrary}, so a turn scans it only when it changed.
 */
public final class OfflineEngine {

    private OfflineEngine() {
    }

    /** Handlers with a cache of their own; the app passes its shared one instead. */
    public static List<IntentHandler> handlers(SkillLibrary library) {
        return handlers(library, Clock.systemDefaultZone());
    }

    public static List<IntentHandler> handlers(SkillLibrary library, Clock clock) {
        return handlers(new CachedLibrary(library, new TieredCache()), clock);
    }

    public static List<IntentHandler> handlers(CachedLibrary library) {
        return handlers(library, Clock.systemDefaultZone());
    }

    /** @param clock dates the drafts' folders */
    public static List<IntentHandler> handlers(CachedLibrary library, Clock clock) {
        DraftStore drafts = new DraftStore(library.root(), clock);
        return List.of(new CreateSkillHandler(library, drafts), new QueryHandler(library),
                new RefineHandler(library, drafts), new ChatHandler(library));
    }
}
