package dev.skillfleet.desktop.core.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The user's preferences. Unknown fields are kept out rather than failing, so a newer version's file still opens.
 *
 * @param theme            SYSTEM (follow the OS), LIGHT or DARK
 * @param keepThinkingOpen keep the thinking panel open when the answer starts
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(Theme theme, boolean keepThinkingOpen) {

    public enum Theme { SYSTEM, LIGHT, DARK }

    public static final AppSettings DEFAULTS = new AppSettings(Theme.SYSTEM, false);

    public AppSettings {
        theme = theme == null ? Theme.SYSTEM : theme;
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(newTheme, keepThinkingOpen);
    }

    public AppSettings withKeepThinkingOpen(boolean keep) {
        return new AppSettings(theme, keep);
    }
}
