package dev.skillfleet.desktop;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The app's extra windows (endpoints, diagnostics): one of each, brought to the front when opened again. */
final class SecondaryWindows {

    private final Stage owner;
    private final Map<String, Stage> open = new HashMap<>();

    SecondaryWindows(Stage owner) {
        this.owner = owner;
    }

    void show(String title, Supplier<Parent> content, double width, double height) {
        Stage stage = open.get(title);
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(title + " \u2014 Skill Fleet Desktop");
            stage.setScene(new Scene(content.get(), width, height));
            Stage made = stage;
            stage.setOnHidden(e -> open.remove(title, made));
            open.put(title, stage);
        }
        stage.show();
        stage.toFront();
    }
}
