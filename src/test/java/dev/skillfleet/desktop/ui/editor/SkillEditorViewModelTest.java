package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.testing.QueuedExecutor;
import dev.skillfleet.desktop.testing.ManualDelay;
import dev.skillfleet.desktop.core.skill.Severity;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's ViewModel with no toolkit: same-thread or hand-run executors and a hand-moved clock. */
class SkillEditorViewModelTest {

    private static final String SKILL = """
            ---
            name: pdf-tools
            description: Fills PDF forms. Use when a PDF form must be filled in.
            license: MIT
            ---

            # PDF tools

            ## When to Use

            - a PDF form arrives
            """;

    @TempDir
    Path temp;
    private final ManualDelay clock = new ManualDelay();
    private final QueuedExecutor background = new QueuedExecutor();

    /** Validation runs on the calling thread as soon as the debounce lets it. */
    private SkillEditorViewModel inline() {
        return new SkillEditorViewModel(Runnable::run, Runnable::run, clock);
    }

    private SkillEditorViewModel loaded(SkillEditorViewModel model) {
        model.load(temp.resolve("pdf-tools/SKILL.md"), SKILL);
        return model;
    }

    @Test
    void aLoadedSkillIsValidatedAtOnceAndIsNotDirty() {
        SkillEditorViewModel model = loaded(inline());
        assertThat(model.problems()).isEmpty();
        assertThat(model.problemSummaryProperty().get()).isEqualTo("No problems");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.analysisPendingProperty().get()).isFalse();
        assertThat(model.form().nameProperty().get()).isEqualTo("pdf-tools");
        assertThat(model.form().licenseProperty().get()).isEqualTo("MIT");
        assertThat(model.previewBodyProperty().get()).startsWith("\n# PDF tools");
    }

    @Test
    void aBrokenNameGetsAMarkerOnItsLineOnceTypingPauses() {
        SkillEditorViewModel model = loaded(inline());
        model.textProperty().set(SKILL.replace("name: pdf-tools", "name: PDF Tools"));
        assertThat(model.analysisPendingProperty().get()).isTrue();
        clock.elapseMillis(299);
        assertThat(model.problems()).as("not before the pause is over").isEmpty();

        clock.elapseMillis(1);
        assertThat(model.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.field()).isEqualTo("name");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(model.problems()).extracting(ValidationIssue::message)
                .anySatisfy(m -> assertThat(m).contains("lowercase"))
                .anySatisfy(m -> assertThat(m).contains("must match the folder name \"pdf-tools\""));
        LineMarker marker = model.markersProperty().get().get(2);
        assertThat(marker.severity()).isEqualTo(Severity.ERROR);
        assertThat(marker.tooltip()).contains("Error: name \"PDF Tools\" must be lowercase");
        assertThat(model.markersProperty().get()).containsOnlyKeys(2);
        assertThat(model.problemSummaryProperty().get()).endsWith("errors");
        assertThat(model.analysisPendingProperty().get()).isFalse();
    }

    @Test
    void typingInABurstIsValidatedOnceAfterTheLastKey() {
        SkillEditorViewModel model = new SkillEditorViewModel(background, Runnable::run, clock);
        loaded(model);
        background.runAll();
        for (String name : List.of("p", "pd", "pdf")) {
            model.textProperty().set(SKILL.replace("name: pdf-tools", "name: " + name));
            clock.elapseMillis(100);
        }
        assertThat(background.size()).as("still typing").isZero();
        clock.elapseMillis(200);
        assertThat(background.size()).as("one validation for the three keys").isEqualTo(1);
        background.runAll();
        assertThat(model.problems()).extracting(ValidationIssue::message)
                .containsExactly("name \"pdf\" must match the folder name \"pdf-tools\"");
    }

    @Test
    void aValidationThatFinishesAfterTheTextChangedAgainIsDropped() {
        SkillEditorViewModel model = new SkillEditorViewModel(background, Runnable::run, clock);
        loaded(model);
        background.runAll();
        model.textProperty().set(SKILL.replace("name: pdf-tools", "name: Old-Name"));
        clock.elapseMillis(300);
        assertThat(background.size()).isEqualTo(1);
        // The user types again before that validation comes back.
        model.textProperty().set(SKILL.replace("name: pdf-tools", "name: pdf-tools\nversion: 2"));
        background.runOne();
        assertThat(model.problems()).as("the stale result is not shown").isEmpty();
        assertThat(model.analysisPendingProperty().get()).isTrue();

        clock.elapseMillis(300);
        background.runAll();
        assertThat(model.problems()).extracting(ValidationIssue::field, ValidationIssue::line)
                .contains(org.assertj.core.groups.Tuple.tuple("version", 3));
        assertThat(model.problems()).noneMatch(p -> "name".equals(p.field()));
    }

    @Test
    void editingAFormFieldRewritesOnlyItsLine() {
        SkillEditorViewModel model = loaded(inline());
        model.form().nameProperty().set("pdf-forms");
        List<String> lines = model.textProperty().get().lines().toList();
        List<String> before = SKILL.lines().toList();
        assertThat(lines).hasSameSizeAs(before);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(i == 1 ? "name: pdf-forms" : before.get(i));
        }
        assertThat(model.dirtyProperty().get()).isTrue();

        model.form().descriptionProperty().set("Fills forms: PDF ones. Use when asked.");
        assertThat(model.textProperty().get())
                .contains("\ndescription: \"Fills forms: PDF ones. Use when asked.\"\nlicense: MIT\n");
        model.form().compatibilityProperty().set("Needs Python 3.11+");
        assertThat(model.textProperty().get()).contains("license: MIT\ncompatibility: Needs Python 3.11+\n---");

        clock.elapseMillis(300);
        // Validated: the new name no longer matches the folder; the form still shows what was typed.
        assertThat(model.problems()).extracting(ValidationIssue::line).containsExactly(2);
        assertThat(model.form().descriptionProperty().get()).isEqualTo("Fills forms: PDF ones. Use when asked.");
    }

    @Test
    void metadataRowsReachTheTextOnceTheyHaveAKey() {
        SkillEditorViewModel model = loaded(inline());
        MetadataRow row = model.form().addMetadataRow();
        assertThat(model.textProperty().get()).isEqualTo(SKILL);
        row.keyProperty().set("version");
        row.valueProperty().set("1.0");
        assertThat(model.textProperty().get()).contains("license: MIT\nmetadata:\n  version: \"1.0\"\n---");
        clock.elapseMillis(300);
        assertThat(model.form().metadataRows()).containsExactly(row);
        model.form().removeMetadataRow(row);
        assertThat(model.textProperty().get()).isEqualTo(SKILL);
    }

    @Test
    void metadataRowEditsKeepTheBlocksComments() {
        SkillEditorViewModel model = inline();
        String text = SKILL.replace("license: MIT",
                "license: MIT\nmetadata:\n  author: Jane  # who to ask\n  # internal only\n  version: \"1.0\"");
        model.load(temp.resolve("pdf-tools/SKILL.md"), text);
        MetadataRow version = model.form().metadataRows().get(1);
        version.valueProperty().set("1.1");
        assertThat(model.textProperty().get()).isEqualTo(text.replace("\"1.0\"", "\"1.1\""));
        clock.elapseMillis(300);
        assertThat(model.form().metadataRows()).extracting(r -> r.keyProperty().get() + "=" + r.valueProperty().get())
                .containsExactly("author=Jane", "version=1.1");

        model.form().removeMetadataRow(model.form().metadataRows().getFirst());
        assertThat(model.textProperty().get()).contains("metadata:\n  # internal only\n  version: \"1.1\"\n---");
        model.form().addMetadataRow().keyProperty().set("owner");
        assertThat(model.textProperty().get()).contains("  version: \"1.1\"\n  owner: \"\"\n---");
    }

    @Test
    void editingTheTextReReadsTheFormAndBrokenYamlKeepsTheLastGoodValues() {
        SkillEditorViewModel model = loaded(inline());
        String edited = SKILL.replace("license: MIT", "license: Apache-2.0\nmetadata:\n  author: Jane");
        model.textProperty().set(edited);
        assertThat(model.form().licenseProperty().get()).as("debounced").isEqualTo("MIT");
        clock.elapseMillis(300);
        assertThat(model.form().licenseProperty().get()).isEqualTo("Apache-2.0");
        assertThat(model.form().metadataRows()).extracting(r -> r.keyProperty().get() + "=" + r.valueProperty().get())
                .containsExactly("author=Jane");

        String broken = edited.replace("license: Apache-2.0", "license: \"Apache-2.0");
        model.textProperty().set(broken);
        clock.elapseMillis(300);
        assertThat(model.form().textHasErrorsProperty().get()).isTrue();
        assertThat(model.form().errorMessageProperty().get()).startsWith("Line ").contains("not valid YAML");
        assertThat(model.form().licenseProperty().get()).isEqualTo("Apache-2.0");
        assertThat(model.problems()).extracting(ValidationIssue::field).containsExactly("frontmatter");
        assertThat(model.markersProperty().get()).isNotEmpty();
        // While the text has errors the form does not write to it.
        model.form().nameProperty().set("other");
        assertThat(model.textProperty().get()).isEqualTo(broken);

        model.textProperty().set(edited);
        clock.elapseMillis(300);
        assertThat(model.form().textHasErrorsProperty().get()).isFalse();
        assertThat(model.form().nameProperty().get()).isEqualTo("pdf-tools");
    }

    @Test
    void findWrapsAroundAndHonoursCase() {
        SkillEditorViewModel model = loaded(inline());
        FindReplace find = model.find();
        find.queryProperty().set("pdf");
        String text = model.textProperty().get();
        int first = text.indexOf("pdf");
        TextRange hit = find.findNext(0).orElseThrow();
        assertThat(hit).isEqualTo(new TextRange(first, first + 3));
        int count = find.count();
        assertThat(count).isEqualTo(5); // pdf-tools, PDF, PDF, PDF (heading), PDF (list)
        assertThat(find.statusProperty().get()).isEqualTo("1 of 5");

        TextRange last = find.findPrevious(first).orElseThrow();
        assertThat(last.start()).isEqualTo(text.toLowerCase().lastIndexOf("pdf"));
        assertThat(find.statusProperty().get()).isEqualTo("5 of 5 \u00b7 wrapped around");
        assertThat(find.findNext(last.end()).orElseThrow()).isEqualTo(hit);
        assertThat(find.statusProperty().get()).contains("wrapped");

        find.matchCaseProperty().set(true);
        assertThat(find.count()).isEqualTo(1);
        find.queryProperty().set("nothing like this");
        assertThat(find.findNext(0)).isEmpty();
        assertThat(find.statusProperty().get()).isEqualTo("No matches");
    }

    @Test
    void replaceChangesTheSelectedMatchAndReplaceAllCountsItsChanges() {
        SkillEditorViewModel model = loaded(inline());
        FindReplace find = model.find();
        find.queryProperty().set("PDF");
        find.replacementProperty().set("Portable Document");
        find.matchCaseProperty().set(true);

        TextRange first = find.findNext(0).orElseThrow();
        TextRange notAMatch = new TextRange(0, 3);
        assertThat(find.replace(notAMatch)).contains(first);
        assertThat(model.textProperty().get()).as("a non-match is not replaced").isEqualTo(SKILL);

        TextRange next = find.replace(first).orElseThrow();
        assertThat(model.textProperty().get()).contains("Fills Portable Document forms.");
        assertThat(next.start()).isGreaterThan(first.start() + "Portable Document".length() - 1);
        assertThat(model.dirtyProperty().get()).isTrue();

        find.matchCaseProperty().set(false);
        find.replacementProperty().set("pdf");
        int replaced = find.replaceAll();
        assertThat(replaced).isEqualTo(4);
        assertThat(find.statusProperty().get()).isEqualTo("Replaced 4 matches");
        assertThat(model.textProperty().get()).doesNotContain("PDF");
        assertThat(find.replaceAll()).isEqualTo(4); // pdf → pdf again: still four matches, same text
        find.queryProperty().set("absent");
        assertThat(find.replaceAll()).isZero();
    }

    @Test
    void theDirtyFlagComparesWithWhatWasLoadedOrSaved() {
        SkillEditorViewModel model = loaded(inline());
        model.textProperty().set(SKILL + "more\n");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.textProperty().set(SKILL);
        assertThat(model.dirtyProperty().get()).as("typed back to what is on disk").isFalse();

        String saved = SKILL + "saved\n";
        model.textProperty().set(saved);
        model.markSaved(saved);
        assertThat(model.dirtyProperty().get()).isFalse();
        model.textProperty().set(saved + "x");
        model.markSaved(saved); // a save of an older version leaves the newer text dirty
        assertThat(model.dirtyProperty().get()).isTrue();

        model.load(temp.resolve("pdf-tools/SKILL.md"), SKILL.replace("\n", "\r\n"));
        assertThat(model.textProperty().get()).isEqualTo(SKILL);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.loadCountProperty().get()).isEqualTo(2);
    }

    @Test
    void jumpingToAProblemAsksForItsLine() {
        SkillEditorViewModel model = loaded(inline());
        model.textProperty().set(SKILL.replace("## When to Use", "## Usage").replace("name: pdf-tools", "name: x"));
        clock.elapseMillis(300);
        ValidationIssue name = model.problems().stream().filter(p -> "name".equals(p.field())).findFirst()
                .orElseThrow();
        model.jumpTo(name);
        CaretRequest first = model.caretRequestProperty().get();
        assertThat(first.line()).isEqualTo(2);
        model.jumpTo(name);
        assertThat(model.caretRequestProperty().get()).as("again: a new request").isNotEqualTo(first);

        ValidationIssue body = model.problems().stream().filter(p -> "body".equals(p.field())).findFirst()
                .orElseThrow();
        assertThat(body.line()).isZero();
        model.jumpTo(body);
        assertThat(model.caretRequestProperty().get().line()).as("the body's first line").isEqualTo(6);
    }

    @Test
    void openingASkillListsItsFilesOpensTextFilesInTabsAndRefusesBinaryOnes() throws Exception {
        Path dir = Corpus.copy(Corpus.source().resolve("anthropic-skills/skill-creator"),
                temp.resolve("skill-creator"));
        Path png = dir.resolve("assets/logo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        SkillEditorViewModel model = inline();
        model.openSkill(dir);

        assertThat(model.skillFileProperty().get()).isEqualTo(dir.resolve("SKILL.md").toAbsolutePath());
        assertThat(model.textProperty().get()).isEqualTo(Files.readString(dir.resolve("SKILL.md")));
        assertThat(model.files()).extracting(e -> e.relativePath())
                .contains("references/schemas.md", "scripts/utils.py", "assets/logo.png")
                .doesNotContain("SKILL.md", "references");

        model.openFile(png);
        assertThat(model.openFiles()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("assets/logo.png is an image (12 B); only text files "
                + "open in the editor.");

        model.openFile(dir.resolve("references/schemas.md"));
        SkillFileViewModel schemas = model.openFiles().getFirst();
        assertThat(model.selectedFileProperty().get()).isSameAs(schemas);
        assertThat(schemas.relativePath()).isEqualTo("references/schemas.md");
        assertThat(schemas.name()).isEqualTo("schemas.md");
        assertThat(schemas.textProperty().get()).isEqualTo(Files.readString(dir.resolve("references/schemas.md")));
        assertThat(model.messageProperty().get()).isEmpty();
        schemas.textProperty().set(schemas.textProperty().get() + "\nMore.\n");
        assertThat(schemas.dirtyProperty().get()).isTrue();
        assertThat(model.dirtyProperty().get()).as("SKILL.md itself is untouched").isFalse();

        model.openFile(dir.resolve("references/schemas.md"));
        assertThat(model.openFiles()).containsExactly(schemas);
        model.openFile(dir.resolve("SKILL.md"));
        assertThat(model.selectedFileProperty().get()).isNull();
        model.closeFile(schemas);
        assertThat(model.openFiles()).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8IsNotOpenedForEditing() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("pdf-tools"));
        Files.writeString(dir.resolve("SKILL.md"), SKILL);
        Path latin1 = dir.resolve("notes.txt");
        byte[] head = "caf".repeat(4000).getBytes();
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
        bytes[head.length] = (byte) 0xE9; // é in Latin-1: not UTF-8, past the part sniffed for binary
        Files.write(latin1, bytes);
        SkillEditorViewModel model = inline();
        model.openSkill(dir);
        model.openFile(latin1);
        assertThat(model.openFiles()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("notes.txt is not UTF-8 text; it is not opened, so none "
                + "of its bytes can be changed by mistake.");
    }

    @Test
    void aFolderWithoutSkillMdSaysSo() {
        SkillEditorViewModel model = inline();
        model.openSkill(temp);
        assertThat(model.messageProperty().get()).endsWith("has no SKILL.md.");
        assertThat(model.skillFileProperty().get()).isNull();
    }

    @Test
    void aFileTabKeepsItsOwnDirtyFlagAndFind() {
        SkillFileViewModel file = new SkillFileViewModel(temp.resolve("a/scripts/run.sh"), "scripts/run.sh",
                "echo one\r\necho two\r\n");
        assertThat(file.textProperty().get()).isEqualTo("echo one\necho two\n");
        file.find().queryProperty().set("echo");
        file.find().replacementProperty().set("printf");
        assertThat(file.find().replaceAll()).isEqualTo(2);
        assertThat(file.dirtyProperty().get()).isTrue();
        file.markSaved(file.textProperty().get());
        assertThat(file.dirtyProperty().get()).isFalse();
        file.reload("new\n");
        assertThat(file.textProperty().get()).isEqualTo("new\n");
        assertThat(file.dirtyProperty().get()).isFalse();
        assertThat(Map.of("name", file.name())).containsEntry("name", "run.sh");
    }
}
