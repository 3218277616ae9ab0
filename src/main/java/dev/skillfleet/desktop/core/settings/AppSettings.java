package dev.skillfleet.desktop.core.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.profiles.ProfileBook;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The user's preferences. Unknown fields are kept out rather than failing, so a newer version's file still opens;
 * fields missing from an older version's file take their defaults. API keys are never part of this: they live in
 * the keystore (see {@code core.secrets}).
 *
 * @param theme            SYSTEM (follow the OS), LIGHT or DARK
 * @param keepThinkingOpen keep the thinking panel open when the answer starts
 * @param profiles         the user's endpoint profiles, without the built-in offline one
 * @param activeProfileId  the profile new chats use; {@code offline} by default
 * @param extraLibraries   library folders the user added beside the main one (e.g. {@code ~/.claude/skills}), as
 *                         absolute paths, in the order added; empty by default and in files written before it existed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(Theme theme, boolean keepThinkingOpen, List<EndpointProfile> profiles,
                          String activeProfileId, List<String> extraLibraries) {

    public enum Theme { SYSTEM, LIGHT, DARK }

    public static final AppSettings DEFAULTS = new AppSettings(Theme.SYSTEM, false);

    public AppSettings {
        theme = theme == null ? Theme.SYSTEM : theme;
        // Checked as a book (unique ids and names, a known active id) so a broken file is noticed on load.
        ProfileBook book = ProfileBook.of(profiles == null ? List.of() : profiles, activeProfileId);
        profiles = book.custom();
        activeProfileId = book.activeId();
        extraLibraries = cleaned(extraLibraries);
    }

    /** Settings without extra libraries. */
    public AppSettings(Theme theme, boolean keepThinkingOpen, List<EndpointProfile> profiles, String activeProfileId) {
        this(theme, keepThinkingOpen, profiles, activeProfileId, List.of());
    }

    /** Settings without profiles: the offline engine only. */
    public AppSettings(Theme theme, boolean keepThinkingOpen) {
        this(theme, keepThinkingOpen, List.of(), EndpointProfile.OFFLINE_ID);
    }

    /** The profiles with the rules that keep them consistent. */
    public ProfileBook profileBook() {
        return ProfileBook.of(profiles, activeProfileId);
    }

    public AppSettings withProfileBook(ProfileBook book) {
        return new AppSettings(theme, keepThinkingOpen, book.custom(), book.activeId(), extraLibraries);
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(newTheme, keepThinkingOpen, profiles, activeProfileId, extraLibraries);
    }

    public AppSettings withKeepThinkingOpen(boolean keep) {
        return new AppSettings(theme, keep, profiles, activeProfileId, extraLibraries);
    }

    /** The same settings with these extra library folders (blank entries and repeats dropped). */
    public AppSettings withExtraLibraries(List<String> folders) {
        return new AppSettings(theme, keepThinkingOpen, profiles, activeProfileId, folders);
    }

    /**
     * Blank entries and repeats dropped, order kept. Nothing else is judged here: a folder that is missing today may
     * be a drive that is not mounted, and refusing it would set the whole settings file aside.
     */
    private static List<String> cleaned(List<String> folders) {
        if (folders == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String folder : folders) {
            if (folder != null && !folder.isBlank()) {
                kept.add(folder.strip());
            }
        }
        return List.copyOf(kept);
    }
}
