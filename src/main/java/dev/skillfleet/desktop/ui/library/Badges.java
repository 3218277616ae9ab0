package dev.skillfleet.desktop.ui.library;

import javafx.scene.control.Label;

/** The validity badge: one label whose style class picks the theme's success, warning or danger colours. */
final class Badges {

    private static final String[] CLASSES = {"badge-valid", "badge-warnings", "badge-invalid", "badge-broken"};

    private Badges() {
    }

    static Label of(Validity validity) {
        Label label = new Label();
        style(label, validity);
        return label;
    }

    static void style(Label label, Validity validity) {
        label.setText(validity.label());
        if (!label.getStyleClass().contains("badge")) {
            label.getStyleClass().add("badge");
        }
        label.getStyleClass().removeAll(CLASSES);
        label.getStyleClass().add(CLASSES[validity.ordinal()]);
    }
}
