package dev.skillfleet.desktop.ui.editor;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The frontmatter as a form: one property per field and the metadata rows. The user's edits go to the text at once
 * (one key's lines each); values parsed from the text come back through {@link #apply}, which changes only what
 * differs and never echoes back into the text. While the text's frontmatter does not parse, the form keeps the last
 * values that did and says so.
 */
public final class FrontmatterForm {

    /** Where the user's edits go: the ViewModel rewrites the text. */
    interface Edits {
        void field(String key, String value);

        void metadata(List<Map.Entry<String, String>> rows);
    }

    // Properties
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObservableList<MetadataRow> metadata =
            FXCollections.observableArrayList(row -> new Observable[] {row.keyProperty(), row.valueProperty()});
    private final ObservableList<MetadataRow> metadataView = FXCollections.unmodifiableObservableList(metadata);
    private final ReadOnlyBooleanWrapper textHasErrors = new ReadOnlyBooleanWrapper(this, "textHasErrors", false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyBooleanWrapper metadataEditable = new ReadOnlyBooleanWrapper(this, "metadataEditable", true);

    private boolean applying;

    FrontmatterForm(Edits edits) {
        Objects.requireNonNull(edits);
        for (String key : FrontmatterEdit.FORM_KEYS) {
            if (key.equals("metadata")) {
                continue;
            }
            StringProperty field = new SimpleStringProperty(this, key, "");
            field.addListener((obs, old, now) -> {
                if (!applying && !textHasErrors.get()) {
                    edits.field(key, now == null ? "" : now);
                }
            });
            fields.put(key, field);
        }
        metadata.addListener((ListChangeListener<MetadataRow>) change -> {
            if (!applying && !textHasErrors.get() && metadataEditable.get()) {
                edits.metadata(rows());
            }
        });
    }

    /** Shows values parsed from the text; fields already showing them are left alone (and keep their caret). */
    void apply(FormValues values) {
        applying = true;
        try {
            for (Map.Entry<String, StringProperty> e : fields.entrySet()) {
                String value = values.field(e.getKey());
                if (!value.equals(e.getValue().get())) {
                    e.getValue().set(value);
                }
            }
            // Rows stay as the user has them (a blank row being filled in, a repeated key) while they say the same.
            if (!effective(rows()).equals(values.metadata())) {
                metadata.setAll(values.metadata().entrySet().stream()
                        .map(e -> new MetadataRow(e.getKey(), e.getValue())).toList());
            }
            metadataEditable.set(values.metadataEditable());
            textHasErrors.set(false);
            errorMessage.set("");
        } finally {
            applying = false;
        }
    }

    /** The text's frontmatter does not parse: the fields keep the last good values and do not write to the text. */
    void markTextHasErrors(String message) {
        textHasErrors.set(true);
        errorMessage.set(message);
    }

    // Commands

    /** A blank row to fill in; it reaches the text once it has a key. */
    public MetadataRow addMetadataRow() {
        MetadataRow row = new MetadataRow("", "");
        metadata.add(row);
        return row;
    }

    public void removeMetadataRow(MetadataRow row) {
        metadata.remove(row);
    }

    private List<Map.Entry<String, String>> rows() {
        return metadata.stream().map(r -> Map.entry(r.keyProperty().get(), r.valueProperty().get())).toList();
    }

    /** What the rows write: blank keys left out, a repeated key once (the first). */
    private static Map<String, String> effective(List<Map.Entry<String, String>> rows) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> row : rows) {
            if (!row.getKey().isBlank()) {
                map.putIfAbsent(row.getKey(), row.getValue());
            }
        }
        return map;
    }

    // Property getters

    public StringProperty nameProperty() {
        return fields.get("name");
    }

    public StringProperty descriptionProperty() {
        return fields.get("description");
    }

    public StringProperty licenseProperty() {
        return fields.get("license");
    }

    public StringProperty compatibilityProperty() {
        return fields.get("compatibility");
    }

    public StringProperty allowedToolsProperty() {
        return fields.get("allowed-tools");
    }

    /** The field of a frontmatter key the form shows ("name", "allowed-tools", …). */
    public StringProperty field(String key) {
        StringProperty field = fields.get(key);
        if (field == null) {
            throw new IllegalArgumentException("the form has no field " + key);
        }
        return field;
    }

    /** The rows, read-only as a list: add and remove through the commands, edit through each row's properties. */
    public ObservableList<MetadataRow> metadataRows() {
        return metadataView;
    }

    public ReadOnlyBooleanProperty textHasErrorsProperty() {
        return textHasErrors.getReadOnlyProperty();
    }

    /** Why the form is read-only, e.g. "Line 3: the frontmatter is not valid YAML: …"; "" when it is not. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** False when metadata holds nested values the rows cannot show without losing them. */
    public ReadOnlyBooleanProperty metadataEditableProperty() {
        return metadataEditable.getReadOnlyProperty();
    }
}
