package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packages one skill folder as a {@code .skill} file: a zip holding the folder itself at its root
 * ({@code pdf-tools/SKILL.md}, {@code pdf-tools/scripts/x.py}), the layout Claude and skill-creator use.
 *
 * <p>The skill is validated first; an invalid skill is refused with its report and nothing is written. Junk is left
 * out (see {@link Junk}). Symbolic links are never followed: a link inside the folder is left out and listed in the
 * result (it would point at something that does not travel with the package), and a SKILL.md that is itself a link
 * is refused, since the package would have no skill file. Files are stored with their Unix permissions, so scripts
 * stay executable after an import. The zip is written to a temp file beside the target and renamed into place.
 */
public final class SkillPackager {

    private static final int FILE_MODE = 0100644;
    private static final int EXECUTABLE_MODE = 0100755;

    private final SkillValidator validator = new SkillValidator();

    /**
     * @param skillDir the skill folder
     * @param target   the .skill file to write; replaced when it exists
     * @throws SkillRefusedException when the folder is missing or not a valid skill, or its SKILL.md is a link
     * @throws IOException           when reading the folder or writing the file fails (nothing is left half-written)
     */
    public PackageResult pack(Path skillDir, Path target) throws SkillRefusedException, IOException {
        Path dir = skillDir.toAbsolutePath().normalize();
        Path output = target.toAbsolutePath().normalize();
        String shown = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (!Files.isDirectory(dir) || dir.getFileName() == null) {
            throw refused(Refusal.Reason.BAD_INPUT, "Cannot package " + dir + ": no skill folder there", List.of(),
                    null);
        }
        if (Files.isDirectory(output)) {
            throw refused(Refusal.Reason.BAD_INPUT, "Cannot package " + shown + ": " + output + " is a folder; give "
                    + "the .skill file to write", List.of(), null);
        }
        ValidationReport report = validator.validate(dir);
        if (!report.valid()) {
            throw refused(Refusal.Reason.INVALID, "Cannot package " + shown + ": it is not a valid skill ("
                    + count(report.errors().size(), "error") + ")",
                    report.errors().stream().map(ValidationIssue::toString).toList(), report);
        }
        for (String name : List.of("SKILL.md", "skill.md")) {
            if (Files.isSymbolicLink(dir.resolve(name))) {
                throw refused(Refusal.Reason.UNSAFE, "Cannot package " + shown + ": its " + name + " is a symbolic "
                        + "link; a package holds no links, so copy the file itself into the folder", List.of(), report);
            }
        }

        Walk walk = new Walk(dir, output);
        walk.visit(dir, List.of());
        Map<String, Integer> modes = new HashMap<>();
        long[] uncompressed = {0};
        FileOps.writeAtomically(output, channel -> {
            OutputStream raw = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            ZipOutputStream zip = new ZipOutputStream(raw);
            for (FileToPack f : walk.files) {
                String entryName = shown + "/" + f.relative();
                ZipEntry entry = new ZipEntry(entryName);
                entry.setLastModifiedTime(f.attrs().lastModifiedTime());
                zip.putNextEntry(entry);
                try (InputStream in = Files.newInputStream(f.path(), LinkOption.NOFOLLOW_LINKS)) {
                    uncompressed[0] += in.transferTo(zip);
                }
                zip.closeEntry();
                modes.put(entryName, f.executable() ? EXECUTABLE_MODE : FILE_MODE);
            }
            // finish(), not close(): closing would close the channel before the modes are set.
            zip.finish();
            raw.flush();
            ZipDirectory.setUnixModes(channel, name -> modes.getOrDefault(name, FILE_MODE));
        });
        return new PackageResult(output, walk.files.size(), Files.size(output), uncompressed[0], walk.leftOut,
                walk.links, report);
    }

    private record FileToPack(Path path, String relative, BasicFileAttributes attrs, boolean executable) {
    }

    /** Lists the folder in sorted order (reproducible packages), never following links. */
    private static final class Walk {
        final Path root;
        final Path output;
        final List<FileToPack> files = new ArrayList<>();
        final List<String> leftOut = new ArrayList<>();
        final List<String> links = new ArrayList<>();

        Walk(Path root, Path output) {
            this.root = root;
            this.output = output;
        }

        void visit(Path dir, List<String> relative) throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            }
            entries.sort(null);
            for (Path entry : entries) {
                List<String> segments = new ArrayList<>(relative);
                segments.add(entry.getFileName().toString());
                String shown = String.join("/", segments);
                BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attrs.isSymbolicLink()) {
                    links.add(shown);
                    continue;
                }
                if (FileOps.isOutputOrItsTemp(entry, output)) {
                    continue; // packaging a skill into its own folder must not package the package
                }
                String junk = Junk.junkRoot(segments, attrs.isDirectory());
                if (junk != null) {
                    leftOut.add(junk);
                } else if (attrs.isDirectory()) {
                    visit(entry, segments);
                } else if (attrs.isRegularFile()) {
                    files.add(new FileToPack(entry, shown, attrs, executable(entry)));
                } else {
                    leftOut.add(shown); // a pipe or device file: nothing an agent could read
                }
            }
        }

        private static boolean executable(Path file) {
            try {
                PosixFileAttributes posix = Files.readAttributes(file, PosixFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return posix.permissions().contains(PosixFilePermission.OWNER_EXECUTE);
            } catch (UnsupportedOperationException | IOException e) {
                return false; // Windows has no executable bit to carry
            }
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static SkillRefusedException refused(Refusal.Reason reason, String message, List<String> details,
                                                 ValidationReport report) {
        return new SkillRefusedException(new Refusal(reason, message, details, report));
    }
}
