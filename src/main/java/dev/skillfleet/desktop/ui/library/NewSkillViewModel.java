package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.assistant.UserFacingException;
import dev.skillfleet.desktop.core.library.NewSkillDrafter;
import dev.skillfleet.desktop.core.library.NewSkillRequest;
import dev.skillfleet.desktop.core.library.NewSkillResult;
import dev.skillfleet.desktop.core.library.SkillTemplate;
import dev.skillfleet.desktop.core.skill.Severity;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The "New skill" dialog: name, category, description and template, checked as the user types (off the FX thread,
 * the latest check winning) with each problem beside its field, and Create, which writes a draft. A field's problem
 * is shown once the user has typed in it, or after Create was pressed, so the dialog does not open full of errors.
 */
public final class NewSkillViewModel {

    private final NewSkillDrafter drafter;
    private final Executor uiThread;
    private final Async async;
    private final Consumer<NewSkillResult.Created> onCreated;
    private final AtomicLong checks = new AtomicLong();
    private final Set<String> touched = new HashSet<>();
    private ValidationReport lastReport;

    // Properties
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<SkillTemplate> template =
            new SimpleObjectProperty<>(this, "template", SkillTemplate.STANDARD);
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ReadOnlyStringWrapper categoryProblem = new ReadOnlyStringWrapper(this, "categoryProblem", "");
    private final ReadOnlyStringWrapper descriptionProblem =
            new ReadOnlyStringWrapper(this, "descriptionProblem", "");
    private final ReadOnlyStringWrapper otherProblem = new ReadOnlyStringWrapper(this, "otherProblem", "");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    NewSkillViewModel(SkillLibrary library, Clock clock, Executor background, Executor uiThread,
                      Consumer<NewSkillResult.Created> onCreated) {
        this.drafter = new NewSkillDrafter(library, clock);
        this.uiThread = uiThread;
        this.async = new Async(background, uiThread);
        this.onCreated = onCreated;
        name.addListener((obs, old, now) -> edited("name"));
        category.addListener((obs, old, now) -> edited("category"));
        description.addListener((obs, old, now) -> edited("description"));
        template.addListener((obs, old, now) -> check());
        check();
    }

    // Commands

    /**
     * Writes the draft. Rejected (a problem the last check had not seen yet) shows every problem and keeps the
     * dialog open; a disk failure is reported in {@link #otherProblemProperty()}.
     */
    public CompletableFuture<NewSkillResult> create() {
        touched.addAll(List.of("name", "category", "description"));
        if (lastReport != null) {
            show(lastReport);
        }
        NewSkillRequest request = request();
        busy.set(true);
        return async.run(() -> {
            try {
                return drafter.create(request);
            } catch (UserFacingException e) {
                return refused(e.getMessage());
            }
        }, e -> refused("Could not write the draft: " + Async.reason(e))).thenApply(result -> {
            busy.set(false);
            switch (result) {
                case NewSkillResult.Created created -> onCreated.accept(created);
                case NewSkillResult.Rejected rejected -> show(rejected.report());
            }
            return result;
        });
    }

    private void edited(String field) {
        touched.add(field);
        check();
    }

    private void check() {
        long mine = checks.incrementAndGet();
        NewSkillRequest request = request();
        async.run(() -> drafter.check(request), e -> new ValidationReport(List.of())).thenAccept(report -> {
            if (mine == checks.get()) {
                lastReport = report;
                show(report);
            }
        });
    }

    private void show(ValidationReport report) {
        nameProblem.set(touched.contains("name") ? problems(report, "name") : "");
        categoryProblem.set(touched.contains("category") ? problems(report, "category") : "");
        descriptionProblem.set(touched.contains("description") ? problems(report, "description") : "");
        otherProblem.set(report.errors().stream()
                .filter(i -> i.field() == null || !Set.of("name", "category", "description").contains(i.field()))
                .map(ValidationIssue::message).collect(Collectors.joining(" ")));
        warnings.setAll(report.warnings().stream().map(ValidationIssue::message).toList());
        valid.set(report.valid());
    }

    private static String problems(ValidationReport report, String field) {
        return report.errors().stream().filter(i -> field.equals(i.field())).map(ValidationIssue::message)
                .collect(Collectors.joining(" "));
    }

    private NewSkillRequest request() {
        return new NewSkillRequest(name.get(), category.get(), description.get(), template.get());
    }

    /** The disk refused the write: reported like a problem of the request, so the dialog stays open with it. */
    private static NewSkillResult refused(String message) {
        return new NewSkillResult.Rejected(new ValidationReport(List.of(
                new ValidationIssue(Severity.ERROR, null, 0, message))));
    }

    // Properties

    public StringProperty nameProperty() {
        return name;
    }

    /** "" for the top level, or e.g. "python" or "web/frontend". */
    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<SkillTemplate> templateProperty() {
        return template;
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty categoryProblemProperty() {
        return categoryProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProblemProperty() {
        return descriptionProblem.getReadOnlyProperty();
    }

    /** Problems that belong to no field (the library folder, the generated SKILL.md, the disk). */
    public ReadOnlyStringProperty otherProblemProperty() {
        return otherProblem.getReadOnlyProperty();
    }

    /** Advice that does not block creating, e.g. a description that does not say when to use the skill. */
    public ObservableList<String> getWarnings() {
        return warnings;
    }

    /** The last check found no error: Create is enabled. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
