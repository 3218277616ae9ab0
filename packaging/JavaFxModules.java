import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns the JavaFX jars Maven downloaded (javafx-&lt;module&gt;-&lt;version&gt;-&lt;platform&gt;.jar, modular, with
 * their native libraries at the jar's root) into jmod files, the form the JavaFX SDK's jmods have but Maven Central
 * does not publish.
 *
 * <p>Why not link the jars directly: jlink accepts them, but their native libraries then stay resources inside the
 * modules, and JavaFX copies them to ~/.openjfx/cache/ on every user's first start (and checks them on each start)
 * before it can load them. As jmods, the libraries go into the runtime's own lib/ folder, where JavaFX loads them in
 * place: nothing is written to the user's home and nothing extracted at start.
 */
final class JavaFxModules {

    private JavaFxModules() {
    }

    /** Writes one jmod per JavaFX platform jar in {@code libs} into {@code out}; returns how many. */
    static int jmods(Path libs, Path work, Path out) throws IOException {
        List<Path> jars = platformJars(libs);
        if (jars.isEmpty()) {
            throw new Tool.PackagingException("No JavaFX platform jars (javafx-*-<platform>.jar with native "
                    + "libraries) in " + libs + ". Run the build through Maven (mvn -Pinstaller package), which "
                    + "copies them there first.");
        }
        Files.createDirectories(out);
        for (Path jar : jars) {
            String module = moduleName(jar);
            Path classes = work.resolve(module).resolve("classes");
            Path natives = work.resolve(module).resolve("lib");
            boolean hasNatives = unpack(jar, classes, natives);
            List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
            if (hasNatives) {
                args.addAll(List.of("--libs", natives.toString()));
            }
            args.add(out.resolve(module + ".jmod").toString());
            Tool.run("jmod", args);
        }
        return jars.size();
    }

    /** The modular JavaFX jars; the classifier-less javafx-*.jar files Maven also copies are empty placeholders. */
    private static List<Path> platformJars(Path libs) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(libs)) {
            for (Path jar : files.filter(p -> p.getFileName().toString().startsWith("javafx-"))
                    .filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    if (zip.getEntry("module-info.class") != null) {
                        jars.add(jar);
                    }
                }
            }
        }
        return jars;
    }

    private static String moduleName(Path jar) {
        ModuleReference module = ModuleFinder.of(jar).findAll().stream().findFirst().orElseThrow(
                () -> new Tool.PackagingException(jar + " is not a module."));
        return module.descriptor().name();
    }

    /**
     * Classes and resources into {@code classes}, native libraries into {@code natives}; leaves out the manifest,
     * signature files and javafx-swt.jar (SWT interop, which the SDK's jmods do not contain either).
     */
    private static boolean unpack(Path jar, Path classes, Path natives) throws IOException {
        Files.createDirectories(classes);
        Files.createDirectories(natives);
        boolean hasNatives = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || skipped(name)) {
                    continue;
                }
                boolean nativeLibrary = !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll")
                        || name.endsWith(".dylib"));
                Path target = (nativeLibrary ? natives : classes).resolve(name).normalize();
                if (!target.startsWith(nativeLibrary ? natives : classes)) {
                    throw new Tool.PackagingException(jar + " holds an entry outside its root: " + name);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                hasNatives |= nativeLibrary;
            }
        }
        return hasNatives;
    }

    private static boolean skipped(String name) {
        return name.equals("META-INF/MANIFEST.MF") || name.equals("javafx-swt.jar")
                || (name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA")
                || name.endsWith(".DSA") || name.endsWith(".EC")));
    }
}
