package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The selected skill, its details (read off the FX thread, the latest selection winning) and the files opened from
 * it. Part of {@link LibraryViewModel}, which exposes its properties.
 */
final class SkillSelection {

    private final Executor background;
    private final Executor uiThread;
    private final Consumer<String> problem;
    private final AtomicLong detailsGeneration = new AtomicLong();
    private final ReadOnlyObjectWrapper<LibrarySkill> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<SkillDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<OpenedFile> openedFile = new ReadOnlyObjectWrapper<>(this, "openedFile");

    /** @param problem shows a message to the user (FX thread) */
    SkillSelection(Executor background, Executor uiThread, Consumer<String> problem) {
        this.background = background;
        this.uiThread = uiThread;
        this.problem = problem;
    }

    void select(LibrarySkill skill) {
        selected.set(skill);
        long generation = detailsGeneration.incrementAndGet();
        if (skill == null) {
            details.set(null);
            return;
        }
        background.execute(() -> {
            SkillDetails loaded = SkillDetails.load(skill);
            uiThread.execute(() -> {
                if (generation == detailsGeneration.get()) {
                    details.set(loaded);
                }
            });
        });
    }

    LibrarySkill current() {
        return selected.get();
    }

    void openFile(SkillFolderFiles.Entry entry) {
        LibrarySkill skill = selected.get();
        if (skill == null || entry == null || entry.directory()) {
            return;
        }
        background.execute(() -> {
            SkillFolderFiles.Content content = SkillFolderFiles.read(skill.dir(), entry.path(),
                    SkillFolderFiles.VIEWER_LIMIT);
            uiThread.execute(() -> openedFile.set(new OpenedFile(skill, entry, content)));
        });
    }

    void openRelative(String link) {
        LibrarySkill skill = selected.get();
        if (skill == null || link == null || link.isBlank()) {
            return;
        }
        String withoutAnchor = link.strip().replaceFirst("#.*$", "");
        background.execute(() -> {
            Path target;
            try {
                target = skill.dir().resolve(withoutAnchor).normalize();
            } catch (InvalidPathException e) {
                target = null;
            }
            if (target == null || !target.startsWith(skill.dir()) || !Files.isRegularFile(target)) {
                String text = "The link \u201c" + link + "\u201d does not lead to a file of this skill.";
                uiThread.execute(() -> problem.accept(text));
                return;
            }
            String relative = skill.dir().relativize(target).toString().replace('\\', '/');
            SkillFolderFiles.Entry entry = new SkillFolderFiles.Entry(relative, target, target.toFile().length(),
                    false, false, relative.split("/").length - 1);
            SkillFolderFiles.Content content = SkillFolderFiles.read(skill.dir(), target,
                    SkillFolderFiles.VIEWER_LIMIT);
            uiThread.execute(() -> openedFile.set(new OpenedFile(skill, entry, content)));
        });
    }

    ReadOnlyObjectProperty<LibrarySkill> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SkillDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<OpenedFile> openedFileProperty() {
        return openedFile.getReadOnlyProperty();
    }
}
