package dev.skillfleet.desktop.ui.fx;

import javafx.scene.Scene;

/** Runs something once, when a scene's first pulse has laid it out (the frame is drawn right after). */
public final class FirstFrame {

    private FirstFrame() {
    }

    public static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
