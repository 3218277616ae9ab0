package dev.skillfleet.desktop.core.refine;

import dev.skillfleet.desktop.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fixing a skill folder on disk: reads its SKILL.md and proposes the fixes ({@link #propose}); writes them
 * ({@link #write}) atomically, then renames the folder to match the fixed name.
 *
 * <p>Every check runs before anything is written: a read-only or linked SKILL.md, a file changed since it was read,
 * a folder already taken by the new name, or a parent folder that cannot be written is refused with nothing changed.
 * The file is replaced in one rename (temp file, fsync, rename), so a crash leaves the old text or the new, never a
 * mix. Only the folder rename can still fail after the file was written; that is said plainly, never hidden.
 */
public final class FolderFixer {

    /** The same bound as a library scan: bigger files are not read as skills. */
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final SkillFixer fixer = new SkillFixer();

    /** @param skillDir a skill folder, or its SKILL.md */
    public FolderFix propose(Path skillDir) throws FixRefusedException {
        Path given = skillDir.toAbsolutePath().normalize();
        Path dir = Files.isRegularFile(given) && isSkillFileName(given.getFileName().toString())
                ? given.getParent() : given;
        if (!Files.exists(dir)) {
            throw new FixRefusedException("there is no folder at " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new FixRefusedException(dir + " is not a skill folder");
        }
        Path file = skillFile(dir);
        String text = read(file);
        String folder = dir.getFileName() == null ? null : dir.getFileName().toString();
        return new FolderFix(dir, file, text, fixer.fix(text, folder));
    }

    /** Applies every hunk and the rename. Refusals change nothing; see {@link AppliedFix#renameProblem()}. */
    public AppliedFix write(FolderFix fix) throws FixRefusedException {
        FixResult result = fix.result();
        boolean rewrite = !result.proposal().isEmpty();
        Optional<Path> target = result.newFolderName().isPresent()
                ? Optional.of(checkRename(fix.dir(), result.newFolderName().get())) : Optional.empty();
        if (rewrite) {
            checkWritable(fix);
            Set<PosixFilePermission> permissions = permissions(fix.file());
            try {
                AtomicFiles.writeString(fix.file(), result.proposal().proposed());
            } catch (IOException e) {
                throw new FixRefusedException("could not write " + fix.file() + " (" + reason(e) + "); it was "
                        + "left as it was and nothing was changed");
            }
            restore(fix.file(), permissions);
        }
        if (target.isEmpty()) {
            return new AppliedFix(fix.file(), rewrite, Optional.empty(), Optional.empty());
        }
        try {
            rename(fix.dir(), target.get());
        } catch (IOException e) {
            String why = "the folder " + fix.dir() + " could not be renamed to " + target.get().getFileName() + " ("
                    + reason(e) + ")";
            if (!rewrite) {
                throw new FixRefusedException(why + "; nothing was changed");
            }
            return new AppliedFix(fix.file(), true, Optional.empty(), Optional.of(fix.file().getFileName()
                    + " was written with the fixes, but " + why + ". Rename the folder to \""
                    + target.get().getFileName() + "\" yourself so that it matches the skill's name."));
        }
        return new AppliedFix(target.get().resolve(fix.file().getFileName()), rewrite, target, Optional.empty());
    }

    /**
     * Renames a skill's folder beside itself, as {@link #write} does after the text is saved: for an editor whose files
     * are all saved and whose name now asks for another folder. Refuses (nothing changed) a name that is no folder
     * name, a target that exists, a linked folder or a read-only parent.
     *
     * @return the folder's new path
     */
    public Path renameFolder(Path skillDir, String newName) throws FixRefusedException {
        Path dir = skillDir.toAbsolutePath().normalize();
        Path target = checkRename(dir, newName);
        try {
            rename(dir, target);
        } catch (IOException e) {
            throw new FixRefusedException("the folder " + dir + " could not be renamed to " + newName + " ("
                    + reason(e) + "); nothing was changed");
        }
        return target;
    }

    private static Path skillFile(Path dir) throws FixRefusedException {
        for (String name : new String[] {"SKILL.md", "skill.md"}) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new FixRefusedException("the folder " + dir + " has no SKILL.md, so there is no skill to fix");
    }

    private static String read(Path file) throws FixRefusedException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new FixRefusedException(file + " is " + size / (1024 * 1024) + " MB; files over 5 MB are not "
                        + "read as skills");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FixRefusedException(file + " is not UTF-8 text; save it as UTF-8 first");
        } catch (IOException e) {
            throw new FixRefusedException("could not read " + file + " (" + reason(e) + ")");
        }
    }

    private static void checkWritable(FolderFix fix) throws FixRefusedException {
        Path file = fix.file();
        if (Files.isSymbolicLink(file)) {
            throw new FixRefusedException(file + " is a symbolic link; writing would replace the link with a file. "
                    + "Run fix on the folder the link points to. Nothing was written");
        }
        if (readOnly(file)) {
            throw new FixRefusedException(file + " is read-only; make it writable to apply the fixes. Nothing was "
                    + "written");
        }
        String now;
        try {
            now = read(file);
        } catch (FixRefusedException e) {
            throw new FixRefusedException(e.getMessage() + "; nothing was written");
        }
        if (!now.equals(fix.text())) {
            throw new FixRefusedException(file + " changed since it was read; run fix again. Nothing was written");
        }
    }

    /** The renamed folder's path, after checking that the rename can be done and stays beside the folder. */
    private static Path checkRename(Path dir, String newName) throws FixRefusedException {
        if (newName.isEmpty() || newName.equals(".") || newName.equals("..") || newName.contains("/")
                || newName.contains("\\") || newName.chars().anyMatch(c -> c < 0x20)) {
            throw new FixRefusedException("\"" + newName + "\" cannot be a folder name, so the folder " + dir
                    + " was not renamed and nothing was written");
        }
        Path parent = dir.getParent();
        Path target = dir.resolveSibling(newName).normalize();
        if (parent == null || !parent.equals(target.getParent())) {
            throw new FixRefusedException("renaming " + dir + " to \"" + newName + "\" would move it out of "
                    + parent + "; nothing was written");
        }
        if (Files.isSymbolicLink(dir)) {
            throw new FixRefusedException("the folder " + dir + " is a symbolic link; rename it to \"" + newName
                    + "\" yourself. Nothing was written");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !sameFile(dir, target)) {
            throw new FixRefusedException("the folder needs to be renamed to \"" + newName + "\" to match the "
                    + "skill's name, but " + target + " already exists; nothing was written");
        }
        if (readOnly(parent)) {
            throw new FixRefusedException("the folder " + dir + " needs to be renamed to \"" + newName + "\", but "
                    + parent + " is read-only; nothing was written");
        }
        return target;
    }

    /**
     * One atomic rename beside the folder. Where only the letters' case changes on a case-insensitive disk, the
     * target "exists" (it is the folder itself), so the rename goes through a hidden name first.
     */
    private static void rename(Path dir, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path aside = dir.resolveSibling("." + dir.getFileName() + ".renaming-"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0x100000)));
            Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(aside, dir, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            return;
        }
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Read-only as the user set it: without the owner's write bit, or not writable for this process. The bit is
     * checked too because a process running as root may write anything, and must still respect the user's choice.
     */
    private static boolean readOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        Set<PosixFilePermission> permissions = permissions(path);
        return permissions != null && !permissions.contains(PosixFilePermission.OWNER_WRITE);
    }

    /** The POSIX permissions, or null where there are none (Windows) or they cannot be read. */
    private static Set<PosixFilePermission> permissions(Path path) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            return view == null ? null : view.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }

    /** The atomic write creates a new file (owner-only); the fixed SKILL.md keeps the permissions it had. */
    private static void restore(Path file, Set<PosixFilePermission> permissions) {
        if (permissions == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (IOException | UnsupportedOperationException ignored) {
            // The content is written; owner-only permissions are the safe side to err on.
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isSkillFileName(String name) {
        return name.equals("SKILL.md") || name.equals("skill.md");
    }

    private static String reason(IOException e) {
        String type = e instanceof AtomicMoveNotSupportedException ? "cannot be renamed in one step"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
