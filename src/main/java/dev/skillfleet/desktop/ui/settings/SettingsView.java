package dev.skillfleet.desktop.ui.settings;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.llm.ReasoningTags;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.profiles.Preset;
import dev.skillfleet.desktop.core.profiles.Presets;
import dev.skillfleet.desktop.core.profiles.ProfileKind;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Endpoint profiles: the list with Add (from presets) and Delete, and the selected profile's form. */
public final class SettingsView extends BorderPane {

    public SettingsView(SettingsViewModel viewModel) {
        getStyleClass().add("settings-view");
        setPadding(new Insets(12));
        setLeft(profileList(viewModel));
        setCenter(form(viewModel));
        setBottom(statusBar(viewModel));
    }

    private Node profileList(SettingsViewModel vm) {
        ListView<EndpointProfile> list = new ListView<>(vm.getProfiles());
        list.setId("profile-list");
        list.setPrefWidth(220);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EndpointProfile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.displayName() + (item.id().equals(vm.activeIdProperty().get()) ? "  \u2713 active" : ""));
            }
        });
        vm.activeIdProperty().subscribe(id -> list.refresh());
        vm.selectedProperty().subscribe(profile -> {
            if (profile != null && list.getSelectionModel().getSelectedItem() != profile) {
                list.getSelectionModel().select(profile);
            }
        });
        list.getSelectionModel().selectedItemProperty().subscribe(profile -> {
            if (profile != null) {
                vm.selectedProperty().set(profile);
            }
        });
        MenuButton add = new MenuButton("Add");
        add.setId("add-profile");
        for (Preset preset : Presets.all()) {
            MenuItem item = new MenuItem(preset.name() + "  \u2014  " + preset.baseUrl());
            item.setOnAction(e -> vm.addFromPreset(preset));
            add.getItems().add(item);
        }
        Button delete = new Button("Delete");
        delete.disableProperty().bind(vm.editableProperty().not());
        delete.setOnAction(e -> vm.deleteSelected());
        HBox buttons = new HBox(6, add, delete);
        VBox box = new VBox(8, list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 12, 0, 0));
        return box;
    }

    private Node form(SettingsViewModel vm) {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        ComboBox<ProfileKind> kind = new ComboBox<>();
        kind.getItems().setAll(ProfileKind.OPENAI, ProfileKind.OLLAMA, ProfileKind.SKILLFLEET);
        kind.setConverter(converter(ProfileKind::label));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField baseUrl = new TextField();
        baseUrl.setId("base-url");
        baseUrl.textProperty().bindBidirectional(vm.baseUrlProperty());
        ComboBox<String> model = new ComboBox<>(vm.getModels());
        model.setId("model");
        model.setEditable(true);
        model.setMaxWidth(Double.MAX_VALUE);
        model.getEditor().textProperty().bindBidirectional(vm.modelProperty());
        Button loadModels = new Button("Load models");
        loadModels.setOnAction(e -> vm.loadModels());
        HBox modelRow = new HBox(6, model, loadModels);
        HBox.setHgrow(model, Priority.ALWAYS);

        PasswordField key = new PasswordField();
        key.setId("api-key");
        key.textProperty().bindBidirectional(vm.newApiKeyProperty());
        key.promptTextProperty().bind(Bindings.when(vm.hasStoredKeyProperty())
                .then("A key is stored (type a new one to replace it)").otherwise("Optional"));
        Button clearKey = new Button("Remove stored key");
        clearKey.getStyleClass().add(Styles.FLAT);
        clearKey.visibleProperty().bind(vm.hasStoredKeyProperty());
        clearKey.setOnAction(e -> vm.clearStoredKey());
        HBox keyRow = new HBox(6, key, clearKey);
        HBox.setHgrow(key, Priority.ALWAYS);

        TextArea headers = new TextArea();
        headers.setPromptText("Name: value, one per line");
        headers.setPrefRowCount(3);
        headers.textProperty().bindBidirectional(vm.headersProperty());
        ComboBox<ReasoningTags> tags = new ComboBox<>();
        tags.getItems().setAll(ReasoningTags.values());
        tags.setConverter(converter(t -> switch (t) {
            case ON -> "on: <think> tags outside code are thinking";
            case OFF -> "off: tags are ordinary text";
            case FORCED_OPEN -> "forced-open: the template opens the tag";
        }));
        tags.valueProperty().bindBidirectional(vm.reasoningTagsProperty());
        CheckBox cache = new CheckBox("Answer identical requests from the cache");
        cache.selectedProperty().bindBidirectional(vm.cacheCompletionsProperty());

        GridPane grid = new GridPane(10, 8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(200, 420, Double.MAX_VALUE,
                Priority.ALWAYS, null, true));
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("Kind"), kind);
        grid.addRow(row++, new Label("Base URL"), baseUrl);
        grid.addRow(row++, new Label("Model"), modelRow);
        grid.addRow(row++, new Label("API key"), keyRow);
        grid.addRow(row++, new Label("Extra headers"), headers);
        grid.addRow(row++, new Label("Reasoning tags"), tags);
        grid.addRow(row, new Label("Cache"), cache);
        grid.disableProperty().bind(vm.editableProperty().not());

        Label offlineHint = new Label("The built-in engine works offline with your skill library; it has nothing to "
                + "configure. Add a profile to talk to a model.");
        offlineHint.setWrapText(true);
        offlineHint.getStyleClass().add(Styles.TEXT_MUTED);
        offlineHint.visibleProperty().bind(vm.editableProperty().not());
        offlineHint.managedProperty().bind(offlineHint.visibleProperty());

        Button test = new Button("Test connection");
        test.setId("test-connection");
        test.disableProperty().bind(vm.editableProperty().not().or(vm.workingProperty()));
        test.setOnAction(e -> vm.testConnection());
        Button save = new Button("Save");
        save.setId("save-profile");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.editableProperty().not().or(vm.workingProperty()));
        save.setOnAction(e -> vm.save());
        Button active = new Button("Use for new chats");
        active.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || vm.selectedProperty().get().id().equals(vm.activeIdProperty().get()),
                vm.selectedProperty(), vm.activeIdProperty()));
        active.setOnAction(e -> vm.makeActive());
        HBox actions = new HBox(8, test, active, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(12, offlineHint, grid, actions);
    }

    private Node statusBar(SettingsViewModel vm) {
        Label status = new Label();
        status.setId("settings-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label notice = new Label();
        notice.setWrapText(true);
        notice.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox box = new VBox(6, status, notice);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
