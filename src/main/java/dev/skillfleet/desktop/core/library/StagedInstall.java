package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes one checked import: unpack into {@code <root>/.import-<random>/<name>/}, then rename into place. The staging
 * folder is inside the library so the final rename stays on one file system and is atomic; its leading dot keeps a
 * library scan from ever showing a half-unpacked skill.
 */
final class StagedInstall {

    private static final String PREVIOUS = ".previous";

    private final ImportPlan plan;
    private final ImportSource source;
    private final ImportLimits limits;
    private long written;

    StagedInstall(ImportPlan plan, ImportSource source, ImportLimits limits) {
        this.plan = plan;
        this.source = source;
        this.limits = limits;
    }

    ImportResult install(boolean overwrite) throws IOException, SkillRefusedException {
        Path root = plan.libraryRoot();
        Path target = plan.target();
        Path staging = Files.createTempDirectory(root, ".import-");
        List<Path> createdFolders = new ArrayList<>();
        boolean replaced = false;
        boolean done = false;
        try {
            Path stage = Files.createDirectory(staging.resolve(plan.skillName()));
            for (ImportPlan.Item item : plan.items()) {
                unpack(item, stage);
            }
            FileOps.syncDirectory(stage);
            createFolders(root, target.getParent(), createdFolders);
            Path previous = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!overwrite) {
                    // Appeared since the plan was checked: never replace what the user did not agree to replace.
                    throw new SkillRefusedException(new Refusal(Refusal.Reason.NAME_CLASH, "Cannot import "
                            + plan.sourceName() + ": a skill already exists at " + target, List.of(), plan.report()));
                }
                previous = staging.resolve(PREVIOUS);
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(stage, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (previous != null) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            replaced = previous != null;
            done = true;
            FileOps.syncDirectory(target.getParent());
        } finally {
            cleanUp(staging, done ? List.of() : createdFolders);
        }
        return new ImportResult(target, plan.items().size(), written, replaced, plan.leftOut(), plan.report());
    }

    private void unpack(ImportPlan.Item item, Path stage) throws IOException, SkillRefusedException {
        Path file = stage;
        for (String segment : item.path().split("/")) {
            file = file.resolve(segment);
        }
        if (!file.normalize().startsWith(stage)) {
            // The planner already refused such paths; this guards the writer on its own.
            throw unsafe("entry " + item.entry() + " would be written outside the skill folder");
        }
        Files.createDirectories(file.getParent());
        // A zip's declared size is checked while reading: a lying entry is cut off, not trusted.
        long allowed = source.archive() ? item.size() : limits.maxBytes() - written;
        try (InputStream in = source.open(item.entry());
             FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                copied += n;
                written += n;
                if (copied > allowed) {
                    throw tooLarge(item, source.archive()
                            ? "holds more data than the zip declares (a damaged or malicious zip)"
                            : "makes the import larger than " + ImportLimits.size(limits.maxBytes()));
                }
                if (written > limits.maxBytes()) {
                    throw tooLarge(item, "makes the import larger than " + ImportLimits.size(limits.maxBytes()));
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
        if (item.executable()) {
            makeExecutable(file);
        }
    }

    /** Adds execute permission wherever read permission is: never setuid, never more than the file already had. */
    private static void makeExecutable(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return; // Windows: no executable bit
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        permissions.add(PosixFilePermission.OWNER_EXECUTE);
        if (permissions.contains(PosixFilePermission.GROUP_READ)) {
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        view.setPermissions(permissions);
    }

    /** Creates the category folders the target needs, remembering which, so a failure can remove them again. */
    private static void createFolders(Path root, Path folder, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !p.equals(root) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
             p = p.getParent()) {
            missing.addFirst(p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.addFirst(p);
        }
    }

    private static void cleanUp(Path staging, List<Path> createdFolders) {
        try {
            FileOps.deleteTree(staging);
        } catch (IOException ignored) {
            // The skill is in place (or the library unchanged); a leftover hidden .import- folder is never scanned.
        }
        for (Path folder : createdFolders) {
            try {
                Files.deleteIfExists(folder); // deepest first; only while still empty
            } catch (IOException ignored) {
                // not empty any more: someone else put something there
            }
        }
    }

    private SkillRefusedException tooLarge(ImportPlan.Item item, String reason) {
        return new SkillRefusedException(new Refusal(Refusal.Reason.BAD_INPUT, "Cannot import " + plan.sourceName()
                + ": entry " + item.entry() + " " + reason, List.of(), plan.report()));
    }

    private SkillRefusedException unsafe(String reason) {
        return new SkillRefusedException(new Refusal(Refusal.Reason.UNSAFE, "Cannot import " + plan.sourceName()
                + ": " + reason, List.of(), plan.report()));
    }
}
