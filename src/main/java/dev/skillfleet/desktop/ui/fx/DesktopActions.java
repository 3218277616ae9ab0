package dev.skillfleet.desktop.ui.fx;

import java.nio.file.Path;

/** What views can ask of the desktop; the app wires the clipboard and the OS, tests record the calls. */
public interface DesktopActions {

    void copyToClipboard(String text);

    void openLink(String url);

    void openFolder(Path folder);

    /** Does nothing: for a view shown where there is no desktop to hand things to (benchmarks, tests). */
    static DesktopActions none() {
        return new DesktopActions() {
            @Override
            public void copyToClipboard(String text) {
            }

            @Override
            public void openLink(String url) {
            }

            @Override
            public void openFolder(Path folder) {
            }
        };
    }
}
