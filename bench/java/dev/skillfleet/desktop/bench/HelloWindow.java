package dev.skillfleet.desktop.bench;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The floor for start-up: a JavaFX + AtlantaFX window with one label, reporting its first frame like the app. */
public final class HelloWindow extends Application {

    public static void main(String[] args) {
        launch(HelloWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane(new Label("Hello")), 1100, 760);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // All there is to it is in its first frame: ready then too.
            System.out.println("first-frame");
            System.out.println("window-ready peak-rss-kb=-1");
            System.out.flush();
            Platform.exit();
            System.exit(0);
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }

    /** Started from the class path, a main class extending Application needs a separate launcher. */
    public static final class Launcher {
        public static void main(String[] args) {
            HelloWindow.main(args);
        }
    }
}
