package dev.skillfleet.desktop;

import dev.skillfleet.desktop.cli.RootCommand;

/**
 * Entry point. Deliberately not a JavaFX {@code Application}: started from the class path, such a main class fails
 * with "JavaFX runtime components are missing", and headless commands must never load the toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RootCommand.run(args, DesktopApp::open));
    }
}
