package dev.skillfleet.desktop.ui.about;

import dev.skillfleet.desktop.core.config.AppInfo;
import dev.skillfleet.desktop.core.config.AppInfo.Fact;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The About dialog: the app's version, Java, JavaFX, the OS and its folders (from {@link AppInfo}), "Copy details"
 * for a bug report, and a way to open each folder.
 */
public final class AboutViewModel {

    private final AppInfo info;
    private final List<Fact> extra;
    private final DesktopActions desktop;

    // Properties
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param javafxVersion the toolkit's {@code javafx.runtime.version} (the composition root reads it; empty when the
     *                      property is missing)
     */
    public AboutViewModel(AppInfo info, Optional<String> javafxVersion, DesktopActions desktop) {
        this.info = info;
        this.extra = List.of(Fact.text("JavaFX", javafxVersion.filter(v -> !v.isBlank()).orElse("unknown")));
        this.desktop = desktop;
    }

    public String name() {
        return AppInfo.NAME;
    }

    public String version() {
        return info.version();
    }

    /** Every fact in display order, the version first. */
    public List<Fact> getFacts() {
        return info.facts(extra);
    }

    /** What "Copy details" copies: the same lines {@code --version} prints, plus JavaFX. */
    public String detailsText() {
        return String.join(System.lineSeparator(), info.lines(extra)) + System.lineSeparator();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // Commands

    public void copyDetails() {
        desktop.copyToClipboard(detailsText());
        status.set("Details copied to the clipboard.");
    }

    /** Opens a folder fact in the file manager; one that does not exist yet is explained instead. */
    public void openFolder(Fact fact) {
        Optional<Path> folder = fact.folder();
        if (folder.isEmpty()) {
            return;
        }
        if (Files.isDirectory(folder.get())) {
            desktop.openFolder(folder.get());
            status.set("");
        } else {
            status.set(folder.get() + " does not exist yet: the app creates it when it first saves something there.");
        }
    }
}
