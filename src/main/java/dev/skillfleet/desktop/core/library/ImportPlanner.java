package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.Severity;
import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillParseException;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out an {@link ImportPlan} from an opened source: checks every entry, finds the skill folder in it, leaves out
 * junk, applies the limits and validates the skill. Writes nothing.
 */
final class ImportPlanner {

    private static final Set<String> SKILL_FILES = Set.of("SKILL.md", "skill.md");
    /** The same bound the library applies when it loads a SKILL.md. */
    private static final int MAX_SKILL_MD_BYTES = 5 * 1024 * 1024;

    private record Found(ImportSource.Entry entry, EntryPath path) {
    }

    private final SkillValidator validator = new SkillValidator();
    private final ImportLimits limits;

    ImportPlanner(ImportLimits limits) {
        this.limits = limits;
    }

    /** A plan for a source that could not even be opened. */
    static ImportPlan unreadable(Path source, Path root, String category, List<String> problems) {
        return new ImportPlan(source, root, category, "", null, ValidationReport.empty(), false, List.of(), problems,
                List.of(), List.of(), 0);
    }

    ImportPlan plan(ImportSource src, Path source, Path root, String category, List<String> problems) {
        String shown = src.displayName();
        if (src.entryCountOverLimit() > 0) {
            problems.add(shown + " has more than " + limits.maxEntries() + " entries; an import takes at most "
                    + limits.maxEntries() + " (a safeguard against zip bombs)");
            return unreadable(source, root, category, problems);
        }
        List<ImportPlan.RefusedEntry> refused = new ArrayList<>();
        Set<String> leftOut = new LinkedHashSet<>();
        List<Found> content = check(src, refused, problems, leftOut);

        // Where the skill folder is: a zip holds it at its top level (or is it, with SKILL.md at its root).
        List<String> prefix = List.of();
        String name = "";
        boolean rootSkill = content.stream().anyMatch(f -> isSkillFile(f.path(), 0));
        if (!src.archive()) {
            name = source.getFileName() == null ? "" : source.getFileName().toString();
        } else if (!rootSkill) {
            String folder = singleTopFolder(content, shown, problems);
            if (folder != null) {
                prefix = List.of(folder);
                name = folder;
            }
        }
        List<String> skillFolder = prefix;
        Found skillFile = content.stream()
                .filter(f -> startsWith(f.path(), skillFolder) && isSkillFile(f.path(), skillFolder.size()))
                .min((a, b) -> a.path().last().compareTo(b.path().last()))
                .orElse(null); // "SKILL.md" sorts before "skill.md", the preferred one first
        if (skillFile == null && (!src.archive() || rootSkill || !prefix.isEmpty())) {
            problems.add(src.archive()
                    ? (prefix.isEmpty() ? "it holds no SKILL.md" : "its folder " + name + "/ holds no SKILL.md")
                    : "the folder holds no SKILL.md; choose the skill's own folder");
        }

        ValidationReport report = ValidationReport.empty();
        if (skillFile != null) {
            String text = null;
            try {
                text = readSkillMd(src, skillFile.entry().name());
            } catch (BadSkillMd e) {
                report = new ValidationReport(List.of(new ValidationIssue(Severity.ERROR, "SKILL.md", 0,
                        e.getMessage())));
            }
            if (src.archive() && prefix.isEmpty()) {
                name = nameFromFrontmatter(text, problems);
            }
            if (text != null) {
                report = src.archive() ? validator.validateText(name.isEmpty() ? null : name, text)
                        : validator.validate(source);
            }
        }

        List<ImportPlan.Item> items = items(content, prefix, leftOut);
        long total = items.stream().mapToLong(ImportPlan.Item::size).sum();
        fileFolderConflicts(items, problems);
        if (total > limits.maxBytes()) {
            problems.add(shown + " would unpack to " + ImportLimits.size(total) + "; an import is limited to "
                    + ImportLimits.size(limits.maxBytes()) + " (a safeguard against zip bombs)");
        }
        if (!src.archive() && root.startsWith(source)) {
            problems.add("the library " + root + " is inside the folder being imported");
        }

        Path target = null;
        boolean clash = false;
        String nameProblem = name.isEmpty() ? null : SafeNames.problem(name);
        if (nameProblem != null) {
            problems.add("the skill name \"" + name + "\" cannot be a folder name: it " + nameProblem);
        } else if (!name.isEmpty() && SafeNames.categoryProblems(category).isEmpty()) {
            target = targetOf(root, category, name);
            clash = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            linksOnTheWay(root, target, problems);
            if (!src.archive() && target.startsWith(source) && !target.equals(source)) {
                problems.add("the target " + target + " is inside the folder being imported");
            }
        }
        return new ImportPlan(source, root, category, name, target, report, clash, refused, problems,
                List.copyOf(leftOut), items, total);
    }

    /** Checks every entry; returns the usable ones, minus archive litter. */
    private List<Found> check(ImportSource src, List<ImportPlan.RefusedEntry> refused, List<String> problems,
                              Set<String> leftOut) {
        List<Found> content = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ImportSource.Entry entry : src.entries()) {
            if (entry.kind() == ImportSource.Kind.LINK) {
                refused.add(new ImportPlan.RefusedEntry(entry.name(), "is a symbolic link (links are never imported)"));
                continue;
            }
            if (entry.kind() == ImportSource.Kind.OTHER) {
                refused.add(new ImportPlan.RefusedEntry(entry.name(), "is not a regular file (a pipe or device)"));
                continue;
            }
            EntryPath path;
            try {
                path = EntryPath.parse(entry.name());
            } catch (EntryPath.UnsafeException e) {
                refused.add(new ImportPlan.RefusedEntry(entry.name(), e.getMessage()));
                continue;
            }
            if (path.isEmpty()) {
                continue;
            }
            if (entry.problem() != null) {
                problems.add("entry " + entry.name() + " " + entry.problem());
            } else if (!seen.add(path.joined())) {
                problems.add("entry " + entry.name() + " appears more than once");
            } else if (src.archive() && Junk.isArchiveLitter(path.segments())) {
                leftOut.add(path.first().equals(Junk.MAC_RESOURCE_FORKS) ? Junk.MAC_RESOURCE_FORKS + "/"
                        : path.joined());
            } else {
                content.add(new Found(entry, path));
            }
        }
        return content;
    }

    private static String singleTopFolder(List<Found> content, String shown, List<String> problems) {
        Set<String> folders = new TreeSet<>();
        Set<String> files = new TreeSet<>();
        for (Found f : content) {
            if (f.path().segments().size() > 1 || f.path().directory()) {
                folders.add(f.path().first());
            } else {
                files.add(f.path().first());
            }
        }
        if (folders.size() == 1 && files.isEmpty()) {
            return folders.iterator().next();
        }
        if (folders.isEmpty() && files.isEmpty()) {
            problems.add("it is empty");
        } else if (folders.isEmpty()) {
            problems.add("it holds no SKILL.md (its top level has only " + list(files) + ")");
        } else if (folders.size() > 1) {
            problems.add("its top level holds " + folders.size() + " folders (" + list(folders) + ") and no "
                    + "SKILL.md; a package holds exactly one skill folder");
        } else {
            problems.add("its top level holds " + list(files) + " beside the folder " + folders.iterator().next()
                    + "/; a package holds only the skill folder");
        }
        return null;
    }

    private static String list(Set<String> names) {
        List<String> shown = names.stream().limit(5).toList();
        return String.join(", ", shown) + (names.size() > shown.size() ? ", …" : "");
    }

    private static boolean startsWith(EntryPath path, List<String> prefix) {
        return path.segments().size() >= prefix.size() && path.segments().subList(0, prefix.size()).equals(prefix);
    }

    private static boolean isSkillFile(EntryPath path, int depth) {
        return !path.directory() && path.segments().size() == depth + 1 && SKILL_FILES.contains(path.last());
    }

    private static List<ImportPlan.Item> items(List<Found> content, List<String> prefix, Set<String> leftOut) {
        List<ImportPlan.Item> items = new ArrayList<>();
        for (Found f : content) {
            if (!startsWith(f.path(), prefix)) {
                continue; // cannot happen once a single top folder was found; kept for plans with problems
            }
            EntryPath relative = prefix.isEmpty() ? f.path() : f.path().dropFirst();
            if (relative.isEmpty()) {
                continue;
            }
            String junk = Junk.junkRoot(relative.segments(), relative.directory());
            if (junk != null) {
                leftOut.add(junk);
            } else if (!relative.directory() && f.entry().kind() == ImportSource.Kind.FILE) {
                items.add(new ImportPlan.Item(f.entry().name(), relative.joined(), f.entry().size(),
                        f.entry().executable()));
            }
        }
        return items;
    }

    /** "a" as a file and "a/b" beside it cannot both be written. */
    private static void fileFolderConflicts(List<ImportPlan.Item> items, List<String> problems) {
        Set<String> folders = new HashSet<>();
        for (ImportPlan.Item item : items) {
            String path = item.path();
            for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
                folders.add(path.substring(0, i));
            }
        }
        items.stream().filter(i -> folders.contains(i.path()))
                .forEach(i -> problems.add("entry " + i.entry() + " is both a file and a folder"));
    }

    private static String nameFromFrontmatter(String text, List<String> problems) {
        if (text == null) {
            problems.add("its SKILL.md cannot be read, so the skill has no name to use as its folder name");
            return "";
        }
        try {
            String name = SkillDocumentParser.parse(text).text("name");
            if (name == null || name.isBlank()) {
                problems.add("its SKILL.md has no name, which a package with SKILL.md at its root needs as its "
                        + "folder name");
                return "";
            }
            return name.strip();
        } catch (SkillParseException e) {
            problems.add("its SKILL.md cannot be parsed (" + (e.line() > 0 ? "line " + e.line() + ": " : "")
                    + e.getMessage() + "), so the skill has no name to use as its folder name");
            return "";
        }
    }

    static Path targetOf(Path root, String category, String name) {
        Path target = root;
        if (!category.isEmpty()) {
            for (String segment : category.split("/")) {
                target = target.resolve(segment);
            }
        }
        return target.resolve(name);
    }

    /**
     * Writing into a category folder that is a link would write wherever it points, perhaps outside the library; a
     * category that is a file cannot hold the skill at all.
     */
    private static void linksOnTheWay(Path root, Path target, List<String> problems) {
        for (Path p = target.getParent(); p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                problems.add("the folder " + p + " in the library is a symbolic link; an import never writes "
                        + "through a link");
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(p + " in the library is a file, not a category folder");
            }
        }
    }

    private static final class BadSkillMd extends Exception {
        BadSkillMd(String message) {
            super(message);
        }
    }

    /** Reads a SKILL.md entry as strict UTF-8, bounded like the library's own loading. */
    private static String readSkillMd(ImportSource src, String entry) throws BadSkillMd {
        byte[] bytes;
        try (InputStream in = src.open(entry)) {
            bytes = in.readNBytes(MAX_SKILL_MD_BYTES + 1);
        } catch (IOException e) {
            throw new BadSkillMd("SKILL.md could not be read: " + e.getMessage());
        }
        if (bytes.length > MAX_SKILL_MD_BYTES) {
            throw new BadSkillMd("SKILL.md is larger than 5 MB; it is not read as a skill");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new BadSkillMd("SKILL.md is a binary file (it contains NUL bytes), not Markdown text");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadSkillMd("SKILL.md is not valid UTF-8 text; save it as UTF-8");
        }
    }
}
