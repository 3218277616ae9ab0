package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.core.library.SkillFolderFiles.Content;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a skill's files for editing, refusing what could not be saved back unchanged: binary files, files too large
 * to open whole, and text that is not UTF-8 (its bytes would be replaced). Disk work: call off the FX thread.
 */
final class EditableFiles {

    /** Files bigger than this are not opened: a cut file saved back would lose its end. */
    static final long EDIT_LIMIT = 5L * 1024 * 1024;

    /** What reading gave: the text (line breaks as "\n"), or a sentence saying why the file is not opened. */
    sealed interface Loaded {
        record Text(Path file, String text) implements Loaded {
        }

        record Refused(Path file, String message) implements Loaded {
        }
    }

    private EditableFiles() {
    }

    /** The skill's SKILL.md, or the lowercase skill.md the spec also accepts; null when it has neither. */
    static Path skillFile(Path skillDir) {
        Path upper = skillDir.resolve("SKILL.md");
        if (Files.isRegularFile(upper)) {
            return upper;
        }
        Path lower = skillDir.resolve("skill.md");
        return Files.isRegularFile(lower) ? lower : null;
    }

    static Loaded read(Path skillDir, Path file, String shownName) {
        Content content = SkillFolderFiles.read(skillDir, file, EDIT_LIMIT);
        return switch (content) {
            case Content.Binary binary -> new Loaded.Refused(file, shownName + " is " + article(binary.kind()) + " ("
                    + SkillFolderFiles.formatSize(binary.size()) + "); only text files open in the editor.");
            case Content.Unreadable unreadable -> new Loaded.Refused(file, unreadable.reason());
            case Content.Text text when text.truncated() -> new Loaded.Refused(file, shownName + " is "
                    + SkillFolderFiles.formatSize(text.size()) + "; files over "
                    + SkillFolderFiles.formatSize(EDIT_LIMIT) + " do not open in the editor.");
            case Content.Text text when !text.notice().isEmpty() -> new Loaded.Refused(file, shownName
                    + " is not UTF-8 text; it is not opened, so none of its bytes can be changed by mistake.");
            case Content.Text text -> new Loaded.Text(file, normalize(text.text()));
        };
    }

    private static String article(String kind) {
        return ("aeiouAEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /**
     * The editor works on "\n" line breaks (the code area splits paragraphs on them); saving puts the file's own
     * line endings back.
     */
    static String normalize(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
