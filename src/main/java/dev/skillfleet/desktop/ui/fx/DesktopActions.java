package dev.skillfleet.desktop.ui.fx;

import java.nio.file.Path;

/** What views can ask of the desktop; the app wires the clipboard and the OS, tests record the calls. */
public interface DesktopActions {

    void copyToClipboard(String text);

    void openLink(String url);

    void openFolder(Path folder);
}
