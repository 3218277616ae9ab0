package dev.skillfleet.desktop.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.skillfleet.desktop.core.settings.AppSettings.Theme;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;

/**
 * Installs the AtlantaFX theme once per change with {@link Application#setUserAgentStylesheet}: the chosen one, or
 * the OS's light/dark preference (followed live) when the choice is SYSTEM.
 */
public final class ThemeApplier {

    private final String light = new PrimerLight().getUserAgentStylesheet();
    private final String dark = new PrimerDark().getUserAgentStylesheet();
    private String installed;

    public void follow(ObservableValue<Theme> choice) {
        Platform.Preferences preferences = Platform.getPreferences();
        choice.subscribe(theme -> apply(theme, preferences.getColorScheme()));
        preferences.colorSchemeProperty().subscribe(scheme -> apply(choice.getValue(), scheme));
    }

    private void apply(Theme theme, ColorScheme osScheme) {
        boolean useDark = theme == Theme.DARK || theme == Theme.SYSTEM && osScheme == ColorScheme.DARK;
        String stylesheet = useDark ? dark : light;
        if (!stylesheet.equals(installed)) {
            installed = stylesheet;
            Application.setUserAgentStylesheet(stylesheet);
        }
    }
}
