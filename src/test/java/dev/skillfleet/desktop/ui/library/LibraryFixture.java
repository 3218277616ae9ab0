package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.cache.TieredCache;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.ui.fx.FlushScheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A library ViewModel over real folders with work on the calling thread and flushes at once, so tests need no
 * toolkit and no waiting. Its cached libraries use a clock an hour ahead, so their scans count as settled and are
 * really cached (to see the view invalidate them).
 */
final class LibraryFixture {

    final TieredCache cache = new TieredCache();
    final Map<Path, CachedLibrary> libraries = new ConcurrentHashMap<>();
    final List<Path> suggestions = new ArrayList<>();
    final ExtraRootsStore extraRoots;
    final Path mainRoot;

    LibraryFixture(Path mainRoot, ExtraRootsStore extraRoots) {
        this.mainRoot = mainRoot;
        this.extraRoots = extraRoots;
    }

    CachedLibrary library(Path root) {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        return libraries.computeIfAbsent(root.toAbsolutePath().normalize(),
                r -> new CachedLibrary(new SkillLibrary(r), cache, ahead));
    }

    LibraryViewModel start() {
        LibraryServices services = new LibraryServices(mainRoot, this::library, extraRoots, listener -> FolderWatcher.NONE,
                () -> List.copyOf(suggestions));
        LibraryViewModel model = new LibraryViewModel(services, Runnable::run, Runnable::run, FlushScheduler.immediate());
        model.start();
        return model;
    }

    static Path writeSkill(Path dir, String name, String description, String body) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("SKILL.md"), "---\nname: " + name + "\ndescription: " + description
                    + "\n---\n" + body, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeValidSkill(Path dir) {
        String name = dir.getFileName().toString();
        return writeSkill(dir, name, "Does " + name + " things. Use when the user asks about " + name + ".",
                "# " + name + "\n\n## When to Use\n- when asked\n");
    }
}
