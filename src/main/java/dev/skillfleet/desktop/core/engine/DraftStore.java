package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.UserFacingException;
import dev.skillfleet.desktop.core.io.AtomicFiles;
import dev.skillfleet.desktop.core.io.FileTrees;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes drafts to {@code <root>/_drafts/<draft-id>/<category>/<name>/SKILL.md} (skill-format.md §3). Drafts never
 * overwrite anything: each gets a fresh id, and the library's own skills are only ever read.
 */
public final class DraftStore {

    public static final String DRAFTS = "_drafts";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    // Junk a copied skill never needs (skill-format.md §4).
    private static final Set<String> JUNK = Set.of("__pycache__", "node_modules", ".DS_Store", ".git");

    private final Path root;
    private final Clock clock;

    public DraftStore(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** Writes a new draft and returns its SKILL.md. */
    public Path write(String category, String name, String skillMd) throws UserFacingException {
        Path folder = newDraftFolder(category, name);
        Path file = folder.resolve("SKILL.md");
        try {
            Files.createDirectories(folder);
            AtomicFiles.writeString(file, skillMd);
            return file;
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        }
    }

    /**
     * Copies an existing skill's folder (its references, scripts, assets) into a new draft and writes the improved
     * SKILL.md there; the original is only read.
     */
    public Path writeCopy(Path originalDir, String category, String name, String skillMd) throws UserFacingException {
        Path folder = newDraftFolder(category, name);
        try {
            Files.createDirectories(folder);
            copyTree(originalDir, folder);
            Files.deleteIfExists(folder.resolve("skill.md"));
            Path file = folder.resolve("SKILL.md");
            AtomicFiles.writeString(file, skillMd);
            return file;
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        }
    }

    /**
     * Writes a new draft made of several files, e.g. SKILL.md plus {@code references/README.md}, and returns its
     * SKILL.md. {@code files} maps paths relative to the skill folder ("/"-separated, no "..") to their text and must
     * hold "SKILL.md"; folders are created for the files in them. The draft is assembled in a hidden folder beside the
     * other drafts (scans skip names starting with ".") and renamed into place in one step, so nobody sees half a
     * draft and a failure leaves nothing behind.
     */
    public Path writeFiles(String category, String name, Map<String, String> files) throws UserFacingException {
        if (!files.containsKey("SKILL.md")) {
            throw new IllegalArgumentException("A draft needs a SKILL.md; got " + files.keySet());
        }
        String id = newId();
        Path drafts = root.resolve(DRAFTS);
        Path staging = drafts.resolve("." + id + ".partial");
        Path folder = skillFolder(drafts.resolve(id), category, name);
        Path stagedFolder = skillFolder(staging, category, name);
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                AtomicFiles.writeString(inside(stagedFolder, file.getKey()), file.getValue());
            }
            try {
                Files.move(staging, drafts.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, drafts.resolve(id)); // same folder, so this is a rename as well
            }
            return folder.resolve("SKILL.md");
        } catch (IOException e) {
            deleteQuietly(staging);
            throw cannotWrite(folder, e);
        }
    }

    private Path newDraftFolder(String category, String name) {
        return skillFolder(root.resolve(DRAFTS).resolve(newId()), category, name);
    }

    private String newId() {
        return LocalDateTime.now(clock).format(ID_TIME) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }

    private Path skillFolder(Path base, String category, String name) {
        Path folder = category.isEmpty() ? base.resolve(name) : base.resolve(category).resolve(name);
        if (!folder.normalize().startsWith(root.normalize())) {
            throw new IllegalArgumentException("Draft path escapes the library: " + folder);
        }
        return folder;
    }

    private static Path inside(Path folder, String relative) {
        Path file = folder.resolve(relative).normalize();
        if (relative.isEmpty() || relative.contains("\\") || Path.of(relative).isAbsolute() || !file.startsWith(folder)
                || file.equals(folder)) {
            throw new IllegalArgumentException("Draft file path must stay inside the skill folder: " + relative);
        }
        return file;
    }

    /** Removes a half-assembled draft; what cannot be removed stays hidden (its name starts with "."). */
    private static void deleteQuietly(Path dir) {
        FileTrees.deleteQuietly(dir);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && JUNK.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String fileName = file.getFileName().toString();
                // Links are not followed: a copy must never pull in files from outside the skill.
                if (attrs.isRegularFile() && !JUNK.contains(fileName) && !fileName.endsWith(".pyc")
                        && !Files.isSymbolicLink(file)) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private UserFacingException cannotWrite(Path folder, IOException e) {
        String reason = switch (e) {
            case AccessDeniedException denied -> "permission denied for " + denied.getFile();
            case FileAlreadyExistsException exists -> exists.getFile() + " is in the way (a file where a folder belongs)";
            case FileSystemException fs when fs.getReason() != null -> fs.getReason() + " (" + fs.getFile() + ")";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
        return new UserFacingException("Could not write the draft to " + folder + ": " + reason + ". The skill library "
                + root + " may be read-only: make it writable, or choose another library (--library DIR or "
                + "SKILL_FLEET_SKILLS_ROOT).", e);
    }
}
