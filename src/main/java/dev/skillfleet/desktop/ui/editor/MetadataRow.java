package dev.skillfleet.desktop.ui.editor;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One key/value row of the form's {@code metadata} table. */
public final class MetadataRow {

    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    MetadataRow(String key, String value) {
        this.key.set(key);
        this.value.set(value);
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
