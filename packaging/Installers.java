import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * This OS's installers, made by jpackage from the finished app image (so they hold exactly the image the smoke test
 * started, AOT cache included) with the options in packaging/common.args and packaging/&lt;os&gt;/installer.args.
 */
final class Installers {

    private Installers() {
    }

    /**
     * Builds each installer type in {@code settings.types()} into {@code settings.installerDir()}, emptied first;
     * returns what it holds then.
     */
    static List<Path> build(Settings settings, Path image) throws IOException {
        // The folder holds this build's installers only: a release uploads it as it is.
        Tool.deleteTree(settings.installerDir());
        Files.createDirectories(settings.installerDir());
        for (String type : settings.types()) {
            if (type.equals("app-image")) {
                continue;
            }
            String missing = missingTool(type);
            if (missing != null) {
                if (settings.typesWereChosen()) {
                    throw new Tool.PackagingException("Cannot build the ." + type + ": " + missing);
                }
                System.out.println("Skipping the ." + type + ": " + missing);
                continue;
            }
            List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(),
                    "--name", settings.name(), "--dest", settings.installerDir().toString(),
                    "--app-version", settings.version()));
            args.addAll(settings.commonOptions());
            args.addAll(settings.installerOptions());
            Tool.run("jpackage", args);
        }
        return list(settings.installerDir());
    }

    /**
     * What this machine lacks to build {@code type}, said so that the reader can fix it; null when nothing is
     * missing. jpackage finds WiX on Windows itself and says when it is not installed.
     */
    static String missingTool(String type) {
        return switch (type) {
            case "deb" -> onPath("dpkg-deb") && onPath("fakeroot") ? null
                    : "dpkg-deb and fakeroot are needed (Debian/Ubuntu: sudo apt-get install -y dpkg-dev fakeroot).";
            case "rpm" -> onPath("rpmbuild") ? null
                    : "rpmbuild is not installed (Debian/Ubuntu: sudo apt-get install -y rpm; Fedora: sudo dnf "
                    + "install -y rpm-build), then build again.";
            default -> null;
        };
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir).resolve(program)));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
