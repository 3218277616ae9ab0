import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What to build, from -Dinstaller.* system properties (the installer profile in pom.xml passes them on) and the
 * options files under packaging/. Paths are taken from the project folder, the working directory Maven starts us in.
 *
 * @param version          the installers' version: numeric, from -Dinstaller.version (default: the pom's)
 * @param appVersion       the version the app itself reports (the pom's), or null when not known
 * @param types            what to build: "app-image" and/or installer types; installers imply the image
 * @param typesWereChosen  false when {@code types} is this OS's default list (a missing rpmbuild then skips the .rpm)
 */
record Settings(Os os, Path projectDir, Path buildDir, Path mainJar, Path libs, String mainClass, String name,
                String version, String appVersion, List<String> types, boolean typesWereChosen, boolean aot,
                boolean smoke, boolean trainHeadless, Path imageDir, Path installerDir, Path workDir,
                List<String> commonOptions, List<String> appImageOptions, List<String> installerOptions) {

    static Settings fromSystemProperties() throws IOException {
        Os os = Os.current();
        Path project = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(project.resolve("jlink.cfg"))) {
            throw new Tool.PackagingException("Run this from the project folder (the one holding jlink.cfg), e.g. "
                    + "through mvn -Pinstaller package; the working directory is " + project);
        }
        Path build = project.resolve(property("installer.buildDir", "target"));
        Path packaging = project.resolve("packaging");
        List<String> common = Tool.options(packaging.resolve("common.args"));
        List<String> appImage = Tool.options(packaging.resolve(os.folder).resolve("app-image.args"));
        List<String> installer = Tool.options(packaging.resolve(os.folder).resolve("installer.args"));
        String name = property("installer.name", Tool.valueOf(appImage, "--name"));
        if (name == null) {
            throw new Tool.PackagingException("packaging/" + os.folder + "/app-image.args has no --name.");
        }
        String chosenTypes = property("installer.types", "");
        boolean chosen = !chosenTypes.isBlank() && !chosenTypes.equals("default");
        List<String> types = chosen
                ? Arrays.stream(chosenTypes.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList()
                : os.installerTypes;
        for (String type : types) {
            if (!type.equals("app-image") && !os.installerTypes.contains(type)) {
                throw new Tool.PackagingException("-Dinstaller.types: " + type + " cannot be built on " + os.folder
                        + "; here: app-image, " + String.join(", ", os.installerTypes) + ".");
            }
        }
        return new Settings(os, project, build,
                project.resolve(property("installer.mainJar", build.resolve("skill-fleet-desktop.jar").toString())),
                project.resolve(property("installer.libs", build.resolve("lib").toString())),
                property("installer.mainClass", "dev.skillfleet.desktop.Main"), name,
                packageVersion(os, property("installer.version", null)), property("installer.appVersion", null),
                types, chosen,
                flag("installer.aot", true), flag("installer.smoke", true), flag("installer.trainHeadless", true),
                project.resolve(property("installer.imageDir", build.resolve("app-image").toString())),
                build.resolve("installer"), build.resolve("installer-work"), common,
                without(appImage, "--name"), installer);
    }

    /** Checks the inputs Maven's package phase makes and the icons the options files name. */
    void checkInputs() {
        if (!Files.isRegularFile(mainJar)) {
            throw new Tool.PackagingException("No " + mainJar + ": run mvn -Pinstaller package (the jar is built "
                    + "before this step).");
        }
        if (!Files.isDirectory(libs)) {
            throw new Tool.PackagingException("No " + libs + " (the app's libraries): run mvn -Pinstaller package.");
        }
        List<String> all = new ArrayList<>(appImageOptions);
        all.addAll(installerOptions);
        for (int i = 0; i + 1 < all.size(); i++) {
            if (all.get(i).equals("--icon") && !Files.isRegularFile(projectDir.resolve(all.get(i + 1)))) {
                throw new Tool.PackagingException("The icon " + all.get(i + 1) + " is missing. The icons are made "
                        + "from assets/icon.svg by packaging/icons/render.sh (see packaging/icons/README.md).");
            }
        }
    }

    boolean wantsInstallers() {
        return types.stream().anyMatch(t -> !t.equals("app-image"));
    }

    /**
     * The numeric version installers need ("0.1.0-SNAPSHOT" becomes "0.1.0"). jpackage checks the rest per OS:
     * Windows wants at most 255.255.65535, macOS a first number of at least 1 (CFBundleVersion).
     */
    static String packageVersion(Os os, String projectVersion) {
        if (projectVersion == null || projectVersion.isBlank()) {
            throw new Tool.PackagingException("No version: pass -Dinstaller.version (Maven passes the pom's).");
        }
        String version = projectVersion.strip().replaceFirst("-.*$", "");
        if (!version.matches("\\d+(\\.\\d+){0,2}")) {
            throw new Tool.PackagingException("Installers need a version of one to three numbers, e.g. 1.2.3; "
                    + "the version is " + projectVersion + ". Pass another with -Dinstaller.version=1.2.3.");
        }
        String[] parts = version.split("\\.");
        if (os == Os.MACOS && new BigInteger(parts[0]).signum() == 0) {
            throw new Tool.PackagingException("macOS app bundles need a version whose first number is at least 1 "
                    + "(jpackage refuses " + version + " for CFBundleVersion). Build with -Dinstaller.version=1."
                    + (parts.length > 1 ? parts[1] : "0") + (parts.length > 2 ? "." + parts[2] : "")
                    + " or raise the version in pom.xml.");
        }
        if (os == Os.WINDOWS) {
            long[] limits = {255, 255, 65535};
            for (int i = 0; i < parts.length; i++) {
                if (new BigInteger(parts[i]).compareTo(BigInteger.valueOf(limits[i])) > 0) {
                    throw new Tool.PackagingException("An .msi version is at most 255.255.65535; the version is "
                            + version + ".");
                }
            }
        }
        return version;
    }

    private static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static boolean flag(String key, boolean fallback) {
        String value = property(key, null);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new Tool.PackagingException("-D" + key + " is true or false, not " + value + ".");
        };
    }

    private static List<String> without(List<String> options, String option) {
        List<String> rest = new ArrayList<>(options);
        int at = rest.indexOf(option);
        if (at >= 0) {
            rest.remove(at);
            if (at < rest.size()) {
                rest.remove(at);
            }
        }
        return List.copyOf(rest);
    }
}
