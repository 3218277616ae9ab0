package dev.skillfleet.desktop.ui.settings;

import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.ReasoningTags;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.profiles.InvalidProfileException;
import dev.skillfleet.desktop.core.profiles.Preset;
import dev.skillfleet.desktop.core.profiles.ProfileKind;
import dev.skillfleet.desktop.core.settings.ProfileManager;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Endpoint profiles: the list, a form for the selected one, "Test connection" and the model list. Saving, key
 * storage and network calls run on the background executor; results come back through the UI executor. The form
 * never shows a stored key: a new one can be typed, or the stored one cleared.
 */
public final class SettingsViewModel {

    private final ProfileManager profiles;
    private final ModelClient client;
    private final Executor background;
    private final Executor ui;

    // Properties
    private final ObservableList<EndpointProfile> profileList = FXCollections.observableArrayList();
    private final ObjectProperty<EndpointProfile> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final ObjectProperty<ProfileKind> kind = new SimpleObjectProperty<>(this, "kind", ProfileKind.OPENAI);
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty headers = new SimpleStringProperty(this, "headers", "");
    private final ObjectProperty<ReasoningTags> reasoningTags = new SimpleObjectProperty<>(this, "reasoningTags", ReasoningTags.ON);
    private final BooleanProperty cacheCompletions = new SimpleBooleanProperty(this, "cacheCompletions", true);
    private final StringProperty newApiKey = new SimpleStringProperty(this, "newApiKey", "");
    private final ReadOnlyBooleanWrapper hasStoredKey = new ReadOnlyBooleanWrapper(this, "hasStoredKey");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper activeId = new ReadOnlyStringWrapper(this, "activeId", "");
    private final ObservableList<String> models = FXCollections.observableArrayList();
    /** True while the form holds a new profile that is not saved yet. */
    private boolean creating;

    public SettingsViewModel(ProfileManager profiles, ModelClient client, Executor background, Executor ui) {
        this.profiles = profiles;
        this.client = client;
        this.background = background;
        this.ui = ui;
        selected.addListener((obs, old, now) -> fillForm(now));
        reload(profiles.active().id());
        background.execute(() -> {
            String keyNotice = profiles.keyStoreNotice().orElse("");
            ui.execute(() -> notice.set(keyNotice));
        });
    }

    // Commands

    /**
     * Starts a new profile from a preset: the form is filled (base URL, kind) and the profile is created when the
     * user saves it, once it has what it needs (a model, for most kinds).
     */
    public void addFromPreset(Preset preset) {
        creating = true;
        selected.set(null);
        displayName.set(preset.name());
        kind.set(preset.kind());
        baseUrl.set(preset.baseUrl());
        model.set("");
        headers.set("");
        reasoningTags.set(ReasoningTags.ON);
        cacheCompletions.set(true);
        newApiKey.set("");
        hasStoredKey.set(false);
        editable.set(true);
        models.clear();
        status.set("New profile from " + preset.name() + (preset.kind().needsModel() ? ": choose a model" : "")
                + (preset.keyUsuallyNeeded() ? ", add your API key" : "") + ", then Save.");
    }

    /** Saves the form (and a newly typed key): a new profile, or the selected one. */
    public void save() {
        EndpointProfile current = selected.get();
        if (!creating && (current == null || current.isOffline())) {
            return;
        }
        boolean isNew = creating;
        EndpointProfile edited;
        try {
            EndpointProfile base = isNew
                    ? EndpointProfile.of(profiles.newId(displayName.get().strip()), displayName.get().strip(), kind.get(),
                            baseUrl.get().strip(), model.get().strip())
                    : current.withDisplayName(displayName.get().strip()).withKind(kind.get())
                            .withBaseUrl(baseUrl.get().strip()).withModel(model.get().strip());
            edited = base.withHeaders(parseHeaders(headers.get())).withReasoningTags(reasoningTags.get())
                    .withCacheCompletions(cacheCompletions.get());
        } catch (IllegalArgumentException e) {
            status.set(problems(e));
            return;
        }
        String key = newApiKey.get().strip();
        run("Saving\u2026", () -> {
            EndpointProfile saved = isNew ? profiles.add(edited, key.isEmpty() ? Optional.empty() : Optional.of(key))
                    : profiles.update(edited);
            if (!isNew && !key.isEmpty()) {
                saved = profiles.setApiKey(saved.id(), key);
            }
            String id = saved.id();
            return () -> {
                newApiKey.set("");
                reload(id);
                status.set("Saved." + (key.isEmpty() ? "" : " The API key is stored in " + profiles.keyStoreLocation() + "."));
            };
        });
    }

    public void deleteSelected() {
        EndpointProfile current = selected.get();
        if (current == null || current.isOffline()) {
            return;
        }
        run("Deleting\u2026", () -> {
            profiles.delete(current.id());
            return () -> {
                reload(profiles.active().id());
                status.set("Deleted " + current.displayName() + " and its stored key.");
            };
        });
    }

    public void clearStoredKey() {
        EndpointProfile current = selected.get();
        if (current == null || !current.hasApiKey()) {
            return;
        }
        run("Removing the key\u2026", () -> {
            profiles.clearApiKey(current.id());
            return () -> {
                reload(current.id());
                status.set("The stored API key was removed.");
            };
        });
    }

    /** Makes the selected profile the one new chats use. */
    public void makeActive() {
        EndpointProfile current = selected.get();
        if (current == null) {
            return;
        }
        run("", () -> {
            profiles.setActive(current.id());
            return () -> {
                activeId.set(current.id());
                status.set(current.displayName() + " is used for new chats.");
            };
        });
    }

    /** Contacts the endpoint as the form describes it (unsaved edits included): the user asked, so it may. */
    public void testConnection() {
        withFormEndpoint("Testing the connection\u2026", endpoint -> {
            String result = client.testConnection(endpoint);
            return () -> status.set(result);
        });
    }

    public void loadModels() {
        withFormEndpoint("Loading models\u2026", endpoint -> {
            List<String> ids = client.listModels(endpoint);
            return () -> {
                models.setAll(ids);
                status.set(ids.isEmpty() ? "The server lists no models: type the model id by hand."
                        : ids.size() + " models: pick one or type an id.");
            };
        });
    }

    // Plumbing

    private interface EndpointAction {
        Runnable call(Endpoint endpoint) throws Exception;
    }

    private void withFormEndpoint(String message, EndpointAction action) {
        EndpointProfile current = selected.get();
        if (!creating && (current == null || current.isOffline())) {
            status.set("The built-in engine needs no connection.");
            return;
        }
        EndpointProfile form;
        try {
            // Listing models must work before a model is chosen: a placeholder satisfies the form's rule.
            String modelId = model.get().isBlank() ? "(none yet)" : model.get().strip();
            form = EndpointProfile.of("form", "form", kind.get(), baseUrl.get().strip(), modelId)
                    .withHeaders(parseHeaders(headers.get())).withReasoningTags(reasoningTags.get());
        } catch (IllegalArgumentException e) {
            status.set(problems(e));
            return;
        }
        String typedKey = newApiKey.get().strip();
        String storedKeyOf = creating ? null : current.id();
        run(message, () -> {
            Optional<String> key = !typedKey.isEmpty() ? Optional.of(typedKey)
                    : storedKeyOf == null ? Optional.empty() : profiles.apiKey(storedKeyOf);
            Optional<Endpoint> endpoint = form.toEndpoint(key);
            if (endpoint.isEmpty()) {
                return () -> status.set("The built-in engine needs no connection.");
            }
            return action.call(endpoint.get());
        });
    }

    private interface Work {
        Runnable call() throws Exception;
    }

    private void run(String message, Work work) {
        working.set(true);
        status.set(message);
        background.execute(() -> {
            Runnable done;
            try {
                done = work.call();
            } catch (ModelException e) {
                done = () -> status.set(e.getMessage());
            } catch (InvalidProfileException e) {
                done = () -> status.set(String.join(" ", e.problems()));
            } catch (Exception e) {
                String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                done = () -> status.set(text);
            }
            Runnable finished = done;
            ui.execute(() -> {
                working.set(false);
                finished.run();
            });
        });
    }

    private void reload(String selectId) {
        creating = false;
        List<EndpointProfile> all = profiles.profiles();
        profileList.setAll(all);
        activeId.set(profiles.active().id());
        selected.set(all.stream().filter(p -> p.id().equals(selectId)).findFirst().orElse(all.getFirst()));
        fillForm(selected.get());
    }

    private void fillForm(EndpointProfile profile) {
        if (profile == null) {
            return;
        }
        creating = false;
        displayName.set(profile.displayName());
        kind.set(profile.kind());
        baseUrl.set(profile.baseUrl());
        model.set(profile.model());
        headers.set(formatHeaders(profile.headers()));
        reasoningTags.set(profile.reasoningTags());
        cacheCompletions.set(profile.cacheCompletions());
        hasStoredKey.set(profile.hasApiKey());
        editable.set(!profile.isOffline());
        newApiKey.set("");
        models.clear();
    }

    /** "Name: value" per line, as people write headers. */
    static Map<String, String> parseHeaders(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("Each header is one line \"Name: value\"; this one is not: " + line.strip());
            }
            parsed.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return parsed;
    }

    private static String formatHeaders(Map<String, String> headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    private static String problems(IllegalArgumentException e) {
        return e instanceof InvalidProfileException invalid ? String.join(" ", invalid.problems()) : e.getMessage();
    }

    // Properties

    public ObservableList<EndpointProfile> getProfiles() {
        return FXCollections.unmodifiableObservableList(profileList);
    }

    public ObjectProperty<EndpointProfile> selectedProperty() {
        return selected;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<ProfileKind> kindProperty() {
        return kind;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty headersProperty() {
        return headers;
    }

    public ObjectProperty<ReasoningTags> reasoningTagsProperty() {
        return reasoningTags;
    }

    public BooleanProperty cacheCompletionsProperty() {
        return cacheCompletions;
    }

    public StringProperty newApiKeyProperty() {
        return newApiKey;
    }

    public ReadOnlyBooleanProperty hasStoredKeyProperty() {
        return hasStoredKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activeIdProperty() {
        return activeId.getReadOnlyProperty();
    }

    public ObservableList<String> getModels() {
        return models;
    }
}
