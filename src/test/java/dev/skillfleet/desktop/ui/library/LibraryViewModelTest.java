package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.cache.CacheTier;
import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.core.settings.SettingsStore;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The library ViewModel over a copied corpus, with no toolkit: work on the calling thread, flushes at once. */
class LibraryViewModelTest {

    @TempDir
    Path temp;
    private Path library;
    private LibraryFixture fixture;

    @BeforeEach
    void copyCorpus() {
        library = Corpus.mixedLibrary(temp.resolve("lib")).toAbsolutePath().normalize();
        fixture = new LibraryFixture(library, new SettingsExtraRoots(new SettingsStore(temp.resolve("config"))));
    }

    @Test
    void theTreeHoldsFlatSkillsUnderTheRootAndTaxonomySkillsUnderTheirCategoriesWithCounts() {
        LibraryViewModel model = fixture.start();

        assertThat(model.getRoots()).hasSize(1);
        LibraryRoot root = model.getRoots().getFirst();
        assertThat(root.main()).isTrue();
        assertThat(root.scanningProperty().get()).isFalse();
        LibraryNode node = root.node();
        assertThat(node.count()).isEqualTo(Corpus.ANTHROPIC_SKILLS + Corpus.TAXONOMY_SKILLS);
        List<LibraryNode> categories = node.getChildren().stream()
                .filter(n -> n.kind() == LibraryNode.Kind.CATEGORY).toList();
        assertThat(categories).extracting(LibraryNode::label).containsExactly("dspy", "practices", "web");
        assertThat(categories).extracting(LibraryNode::count).containsExactly(5, 1, 1);
        assertThat(categories.getFirst().getChildren()).allSatisfy(n -> assertThat(n.kind()).isEqualTo(LibraryNode.Kind.SKILL));
        List<LibraryNode> flat = node.getChildren().stream().filter(n -> n.kind() == LibraryNode.Kind.SKILL).toList();
        assertThat(flat).hasSize(Corpus.ANTHROPIC_SKILLS);
        // Categories first, then skills, alphabetically.
        assertThat(node.getChildren().subList(0, 3)).containsExactlyElementsOf(categories);
        assertThat(flat).extracting(LibraryNode::label).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(model.statusProperty().get()).isEqualTo("21 skills \u00b7 2 invalid");
        assertThat(model.getCategories()).containsExactly("dspy", "practices", "web");
        assertThat(model.emptyProperty().get()).isFalse();
    }

    @Test
    void badgesShowWhichSkillsFailValidation() {
        LibraryViewModel model = fixture.start();

        List<LibrarySkill> skills = allSkills(model.getRoots().getFirst().node());
        assertThat(skills).filteredOn(s -> s.validity().failing()).extracting(s -> s.dir().getFileName().toString())
                .containsExactlyInAnyOrder("claude-api", "template");
        assertThat(skills).filteredOn(s -> s.dir().getFileName().toString().equals("template"))
                .singleElement().extracting(LibrarySkill::validity).isEqualTo(Validity.INVALID);
        assertThat(skills).filteredOn(s -> !s.validity().failing())
                .allSatisfy(s -> assertThat(s.validity()).isIn(Validity.VALID, Validity.WARNINGS));
    }

    @Test
    void aBrokenSkillIsListedWithItsBadgeAndParseErrorLine() throws Exception {
        LibraryFixture.writeSkill(library.resolve("testing/broken-yaml"), "broken-yaml", "x: [unclosed", "body");

        LibraryViewModel model = fixture.start();

        LibrarySkill broken = skill(model, "broken-yaml");
        assertThat(broken.validity()).isEqualTo(Validity.BROKEN);
        model.select(broken);
        ValidationIssue error = model.detailsProperty().get().errors().getFirst();
        assertThat(error.line()).isPositive();
        assertThat(model.statusProperty().get()).contains("1 broken");
    }

    @Test
    void searchRanksTheBestMatchFirstAndTheLatestQueryWins() {
        LibraryFixture.writeSkill(library.resolve("pdf"), "pdf",
                "Reads, merges and fills PDF files. Use when the user works with PDF documents.",
                "# PDF\n\n## When to Use\n- extracting text from a PDF\n");
        LibraryViewModel model = fixture.start();

        model.queryProperty().set("pdf");

        assertThat(model.searchingProperty().get()).isTrue();
        assertThat(model.getResults()).isNotEmpty();
        SearchResult best = model.getResults().getFirst();
        assertThat(best.skill().name()).isEqualTo("pdf");
        assertThat(best.why()).contains("pdf");
        assertThat(model.getResults()).extracting(SearchResult::score).isSortedAccordingTo(Comparator.reverseOrder());

        model.queryProperty().set("dspy optimization");
        assertThat(model.getResults().getFirst().skill().name()).startsWith("dspy-optimization");
        assertThat(model.getResults()).noneMatch(r -> r.skill().name().equals("pdf"));

        model.queryProperty().set("  ");
        assertThat(model.searchingProperty().get()).isFalse();
        assertThat(model.getResults()).isEmpty();
    }

    @Test
    void searchFindsWordsThatAreOnlyInTheBody() {
        LibraryFixture.writeSkill(library.resolve("ops/runbooks"), "runbooks", "Operational runbooks. Use when on call.",
                "# Runbooks\n\nRestart the zookeeper ensemble one node at a time.\n");
        LibraryViewModel model = fixture.start();

        model.queryProperty().set("zookeeper");

        assertThat(model.getResults()).extracting(r -> r.skill().name()).containsExactly("runbooks");
        assertThat(model.getResults().getFirst().why()).contains("body");
    }

    @Test
    void resultsOfAnOlderQueryThatArriveLateAreDropped() {
        List<Runnable> pending = new ArrayList<>();
        LibraryServices services = new LibraryServices(library, fixture::library, fixture.extraRoots,
                listener -> FolderWatcher.NONE, List::of);
        // Background work runs at once; results wait until the test lets them through, in an order it chooses.
        LibraryViewModel model = new LibraryViewModel(services, Runnable::run, pending::add,
                dev.skillfleet.desktop.ui.fx.FlushScheduler.immediate());
        model.start();
        pending.clear();

        model.queryProperty().set("dspy");
        model.queryProperty().set("canvas");
        assertThat(pending).hasSize(2);
        pending.get(1).run(); // "canvas" answers first
        pending.get(0).run(); // then the stale "dspy" answer arrives

        assertThat(model.getResults()).isNotEmpty();
        assertThat(model.getResults().getFirst().skill().name()).isEqualTo("canvas-design");
        assertThat(model.getResults()).noneMatch(r -> r.skill().name().startsWith("dspy"));
    }

    @Test
    void filtersNarrowTheTreeAndTheResults() throws Exception {
        Path draft = LibraryFixture.writeValidSkill(library.resolve("_drafts/20250101-120000-abcd/testing/my-draft"));
        LibraryViewModel model = fixture.start();
        LibraryNode root = model.getRoots().getFirst().node();
        assertThat(allSkills(root)).noneMatch(LibrarySkill::draft);
        assertThat(model.statusProperty().get()).endsWith("1 draft");

        model.invalidOnlyProperty().set(true);
        assertThat(root.count()).isEqualTo(2);
        assertThat(allSkills(root)).allMatch(s -> s.validity().failing());
        model.queryProperty().set("claude");
        assertThat(model.getResults().getFirst().skill().name()).isEqualTo("claude-api");
        assertThat(model.getResults()).allMatch(r -> r.skill().validity().failing());
        model.queryProperty().set("");
        model.invalidOnlyProperty().set(false);

        model.draftsProperty().set(true);
        assertThat(root.count()).isEqualTo(1);
        LibrarySkill shown = allSkills(root).getFirst();
        assertThat(shown.dir()).isEqualTo(draft);
        assertThat(shown.draftId()).isEqualTo("20250101-120000-abcd");
        assertThat(shown.category()).isEqualTo("testing");
        model.draftsProperty().set(false);

        model.categoryProperty().set("dspy");
        assertThat(root.count()).isEqualTo(5);
        assertThat(allSkills(root)).allMatch(s -> s.category().equals("dspy"));
        model.queryProperty().set("web frontend");
        assertThat(model.getResults()).allMatch(r -> r.skill().category().equals("dspy"));
        model.categoryProperty().set(null);
        assertThat(root.count()).isEqualTo(21);
    }

    @Test
    void detailsShowMetadataIssuesWithLineNumbersFilesWithSizesAndTheBody() throws Exception {
        Path skillDir = library.resolve("template");
        Files.writeString(skillDir.resolve("metadata.json"), "{\"skill_id\": \"template\", \"version\": \"0.1.0\","
                + " \"tags\": [\"example\", \"starter\"]}");
        LibraryViewModel model = fixture.start();

        LibrarySkill template = skill(model, "template-skill");
        model.select(template);

        SkillDetails details = model.detailsProperty().get();
        assertThat(details.skill()).isEqualTo(template);
        ValidationIssue mismatch = details.errors().stream().filter(i -> "name".equals(i.field())).findFirst().orElseThrow();
        assertThat(mismatch.line()).isEqualTo(lineOf(skillDir.resolve("SKILL.md"), "name:"));
        assertThat(mismatch.message()).contains("template");
        assertThat(details.fleetMetadata()).isPresent();
        assertThat(details.fleetMetadata().get().fields()).containsEntry("version", "0.1.0")
                .containsEntry("tags", "example, starter");
        assertThat(details.files().entries()).extracting(SkillFolderFiles.Entry::relativePath)
                .containsExactly("SKILL.md", "metadata.json");
        assertThat(details.files().entries().getFirst().size()).isEqualTo(Files.size(skillDir.resolve("SKILL.md")));
        assertThat(details.body()).isEqualTo(template.skill().body());
    }

    @Test
    void frontmatterFieldsAreListedWithTheMetadataMapFlattened() {
        LibraryFixture.writeSkill(library.resolve("tools/meta-rich"), "meta-rich",
                "Shows fields. Use when testing.\nlicense: Apache-2.0\ncompatibility: Python 3.11+\n"
                        + "allowed-tools: Bash(git:*) Read\nmetadata:\n  author: me\n  version: \"2.0\"",
                "# Meta\n\n## When to Use\n- testing\n");
        LibraryViewModel model = fixture.start();

        model.select(skill(model, "meta-rich"));

        assertThat(model.detailsProperty().get().fields()).extracting(SkillDetails.Field::label, SkillDetails.Field::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("license", "Apache-2.0"),
                        org.assertj.core.groups.Tuple.tuple("compatibility", "Python 3.11+"),
                        org.assertj.core.groups.Tuple.tuple("allowed-tools", "Bash(git:*) Read"),
                        org.assertj.core.groups.Tuple.tuple("metadata.author", "me"),
                        org.assertj.core.groups.Tuple.tuple("metadata.version", "2.0"));
    }

    @Test
    void openingATextFileShowsItsTextAndABinaryFileOnlyItsKindAndSize() throws Exception {
        LibraryViewModel model = fixture.start();
        LibrarySkill creator = skill(model, "skill-creator");
        Path logo = Files.write(creator.dir().resolve("assets/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        Path blob = Files.write(creator.dir().resolve("assets/blob"), new byte[] {'a', 0, 'b'});
        model.select(creator);
        SkillDetails details = model.detailsProperty().get();

        model.openFile(entry(details, "references/schemas.md"));
        OpenedFile text = model.openedFileProperty().get();
        assertThat(text.content()).isInstanceOf(SkillFolderFiles.Content.Text.class);
        assertThat(((SkillFolderFiles.Content.Text) text.content()).text())
                .isEqualTo(Files.readString(creator.dir().resolve("references/schemas.md")));
        assertThat(text.title()).isEqualTo("skill-creator/references/schemas.md");

        model.select(creator); // the listing is read again with the new files
        model.openFile(entry(model.detailsProperty().get(), "assets/logo.png"));
        SkillFolderFiles.Content png = model.openedFileProperty().get().content();
        assertThat(png).isEqualTo(new SkillFolderFiles.Content.Binary(logo, "image", 6));
        model.openFile(entry(model.detailsProperty().get(), "assets/blob"));
        assertThat(model.openedFileProperty().get().content())
                .isEqualTo(new SkillFolderFiles.Content.Binary(blob, "binary file", 3));
    }

    @Test
    void aRelativeLinkInTheBodyOpensTheSkillsFileAndALinkOutsideIsRefused() {
        LibraryViewModel model = fixture.start();
        model.select(skill(model, "skill-creator"));

        model.openRelative("references/schemas.md#top");
        assertThat(model.openedFileProperty().get().entry().relativePath()).isEqualTo("references/schemas.md");

        model.openRelative("../template/SKILL.md");
        assertThat(model.messageProperty().get()).contains("does not lead to a file of this skill");
    }

    @Test
    void changesOnDiskReloadJustTheChangedSkillsAndInvalidateTheCache() throws Exception {
        LibraryViewModel model = fixture.start();
        LibraryNode root = model.getRoots().getFirst().node();
        fixture.library(library).scan();
        assertThat(fixture.cache.stats().get(CacheTier.GLOBAL).size()).isEqualTo(1);

        // A new skill appears in a new category.
        Path added = LibraryFixture.writeValidSkill(library.resolve("testing/pytest-fixtures"));
        model.diskChanged(library, Set.of(added), false);
        assertThat(root.count()).isEqualTo(22);
        assertThat(skill(model, "pytest-fixtures").validity()).isEqualTo(Validity.VALID);
        assertThat(model.getCategories()).contains("testing");
        assertThat(fixture.cache.stats().get(CacheTier.GLOBAL).size()).as("the chat's catalogue is invalidated")
                .isZero();

        // The selected skill is edited: its badge and details follow.
        model.select(skill(model, "pytest-fixtures"));
        LibraryFixture.writeSkill(added, "Wrong-Name", "Broken now.", "body");
        model.diskChanged(library, Set.of(added), false);
        assertThat(model.selectedProperty().get().validity()).isEqualTo(Validity.INVALID);
        assertThat(model.detailsProperty().get().errors()).isNotEmpty();
        assertThat(model.nodeOf(model.selectedProperty().get()).skill().validity()).isEqualTo(Validity.INVALID);

        // It is deleted: gone from the tree, the category with it, and the details say so.
        deleteTree(added);
        model.diskChanged(library, Set.of(added), false);
        assertThat(root.count()).isEqualTo(21);
        assertThat(model.getCategories()).doesNotContain("testing");
        assertThat(root.getChildren()).noneMatch(n -> n.label().equals("testing"));
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.messageProperty().get()).contains("Wrong-Name").contains("deleted or moved");

        // A change too big to follow: the whole root again.
        deleteTree(library.resolve("dspy"));
        model.diskChanged(library, Set.of(), true);
        assertThat(root.count()).isEqualTo(16);
    }

    @Test
    void searchSeesASkillAddedOnDisk() {
        LibraryViewModel model = fixture.start();
        model.queryProperty().set("kubernetes");
        assertThat(model.getResults()).isEmpty();

        Path added = LibraryFixture.writeSkill(library.resolve("devops/kubernetes-deploy"), "kubernetes-deploy",
                "Deploys to Kubernetes. Use when shipping to a cluster.", "# Deploy\n");
        model.diskChanged(library, Set.of(added), false);

        assertThat(model.getResults()).extracting(r -> r.skill().name()).containsExactly("kubernetes-deploy");
    }

    @Test
    void anEmptyLibraryIsSaidToBeEmpty() throws Exception {
        Path emptyRoot = Files.createDirectories(temp.resolve("empty"));
        LibraryViewModel model = new LibraryFixture(emptyRoot, fixture.extraRoots).start();

        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("0 skills");
        assertThat(model.mainRoot()).isEqualTo(emptyRoot.toAbsolutePath().normalize());
    }

    static List<LibrarySkill> allSkills(LibraryNode node) {
        List<LibrarySkill> skills = new ArrayList<>();
        collect(node, skills);
        return skills;
    }

    private static void collect(LibraryNode node, List<LibrarySkill> into) {
        if (node.kind() == LibraryNode.Kind.SKILL) {
            into.add(node.skill());
        }
        node.getChildren().forEach(child -> collect(child, into));
    }

    static LibrarySkill skill(LibraryViewModel model, String name) {
        return model.getRoots().stream().flatMap(r -> allSkills(r.node()).stream())
                .filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    private static SkillFolderFiles.Entry entry(SkillDetails details, String relative) {
        return details.files().entries().stream().filter(e -> e.relativePath().equals(relative)).findFirst()
                .orElseThrow();
    }

    private static int lineOf(Path file, String prefix) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        return -1;
    }

    static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }
}
