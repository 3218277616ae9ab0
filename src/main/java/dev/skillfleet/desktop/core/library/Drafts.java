package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.engine.DraftStore;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The drafts of a library (skill-format.md section 3): listing them with their id, age and promotion target, and
 * discarding them to the system trash.
 */
public final class Drafts {

    /** The draft store's ids start with the local time they were written: "20250301-142501-a3f9". */
    private static final Pattern STAMPED_ID = Pattern.compile("(\\d{8}-\\d{6})(?:-.*)?");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SkillLibrary library;
    private final ZoneId zone;

    public Drafts(SkillLibrary library) {
        this(library, ZoneId.systemDefault());
    }

    /** @param zone the zone the draft ids' times were written in (the draft store uses the local time) */
    public Drafts(SkillLibrary library, ZoneId zone) {
        this.library = Objects.requireNonNull(library, "library");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Every draft in the library, newest first; broken and invalid drafts included. */
    public List<Draft> list() {
        return library.scan(true).skills().stream()
                .filter(Skill::draft)
                .map(this::of)
                .sorted(Comparator.comparing(Draft::created).reversed().thenComparing(Draft::dir))
                .toList();
    }

    /** The draft in a folder (or of a SKILL.md), or empty when it is not a draft of this library. */
    public Optional<Draft> find(Path draftDirOrSkillMd) {
        Path path = draftDirOrSkillMd.toAbsolutePath().normalize();
        Path dir = Files.isRegularFile(path) ? path.getParent() : path;
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Skill skill = library.load(dir);
        return skill.draft() ? Optional.of(of(skill)) : Optional.empty();
    }

    /**
     * Moves a draft to the trash and returns what was trashed: the whole {@code _drafts/<id>/} folder when it holds
     * only this draft (so no empty folders are left), else just the draft's skill folder.
     *
     * @throws IOException with a message naming the folder when the draft is not inside this library's drafts or
     *                     the trash refuses it; nothing is removed then
     */
    public Path discard(Draft draft, Trash trash) throws IOException {
        Path dir = draft.dir();
        Path folder = draft.folder();
        Path drafts = library.root().resolve(DraftStore.DRAFTS);
        // The real paths matter: a draft folder that is a link must not send someone else's folder to the trash.
        if (!folder.getParent().equals(drafts) || !dir.startsWith(folder) || dir.equals(folder)
                || !dir.toRealPath().startsWith(folder.toRealPath())
                || !folder.toRealPath().getParent().equals(drafts.toRealPath())
                || !drafts.toRealPath().startsWith(library.root().toRealPath())) {
            throw new IOException("The draft " + dir + " is not inside the drafts folder " + drafts + "; nothing was "
                    + "discarded.");
        }
        boolean onlyThis = !holdsOtherSkills(folder, dir);
        Path trashed = onlyThis ? folder : dir;
        trash.moveToTrash(trashed);
        if (!onlyThis) {
            removeEmptyParents(dir.getParent(), folder);
        }
        return trashed;
    }

    Draft of(Skill skill) {
        Path root = library.root();
        String id = root.relativize(skill.dir()).getName(1).toString();
        Path folder = root.resolve(DraftStore.DRAFTS).resolve(id);
        Optional<Path> target = LibraryPaths.placeProblem(skill.category(), skill.name()).isPresent()
                ? Optional.empty()
                : Optional.of(LibraryPaths.place(root, skill.category(), skill.name()));
        return new Draft(skill, id, folder, created(id, folder), target);
    }

    private Instant created(String id, Path folder) {
        Matcher stamped = STAMPED_ID.matcher(id);
        if (stamped.matches()) {
            try {
                return LocalDateTime.parse(stamped.group(1), ID_TIME).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // An id that only looks like a timestamp ("99999999-999999"): use the folder's time instead.
            }
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            // File systems without a birth time report the modification time here, which is the next best thing.
            return attributes.creationTime().toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static boolean holdsOtherSkills(Path folder, Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.startsWith(dir))
                    .anyMatch(p -> isSkillFile(p.getFileName().toString()) && Files.isRegularFile(p));
        }
    }

    private static boolean isSkillFile(String name) {
        return name.equals("SKILL.md") || name.equals("skill.md");
    }

    /** Removes the category folders a trashed draft leaves empty, up to (not including) {@code stop}. */
    static void removeEmptyParents(Path from, Path stop) {
        for (Path p = from; p != null && p.startsWith(stop) && !p.equals(stop); p = p.getParent()) {
            try {
                Files.delete(p);
            } catch (IOException e) {
                return; // not empty (DirectoryNotEmptyException), or an empty folder left behind, which is harmless
            }
        }
    }
}
