package dev.skillfleet.desktop;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The installer build's jar merge (packaging/OneJar.java, compiled here from its source as the build runs it): what
 * the separate jars meant on a class path is kept, and what a merge would silently change is refused.
 */
class OneJarTest {

    private static Method merge;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileTheDriver(@TempDir Path classes) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int exit = compiler.run(null, null, null, "-d", classes.toString(),
                Path.of("packaging", "OneJar.java").toString(), Path.of("packaging", "Tool.java").toString());
        assertThat(exit).as("packaging/OneJar.java compiles").isZero();
        ClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, OneJarTest.class.getClassLoader());
        merge = Class.forName("OneJar", true, loader).getDeclaredMethod("merge", List.class, Path.class,
                Predicate.class);
        merge.setAccessible(true);
    }

    @Test
    void keepsTheAppsManifestServicesOfEveryJarAndEachJarsLicence() throws Exception {
        Manifest appManifest = manifest(Map.of("Main-Class", "app.Main", "Implementation-Version", "1.2.3",
                "Class-Path", "lib/a.jar lib/b.jar"));
        Path app = jar("app.jar", appManifest, Map.of(
                "app/Main.class", "main",
                "META-INF/services/spi.Codec", "app.AppCodec\n"));
        Path a = jar("a-1.0.jar", manifest(Map.of("Multi-Release", "true")), Map.of(
                "a/A.class", "a",
                "META-INF/versions/17/a/A.class", "a17",
                "META-INF/services/spi.Codec", "# a's codec\na.ACodec\n",
                "META-INF/LICENSE", "a licence",
                "META-INF/A.SF", "signature",
                "module-info.class", "module"));
        Path b = jar("b-2.0.jar", null, Map.of(
                "b/B.class", "b",
                "META-INF/LICENSE", "b licence",
                "OSGI-INF/manifest.mf", "osgi"));
        Path merged = dir.resolve("merged.jar");

        merge.invoke(null, List.of(app, a, b), merged, (Predicate<String>) name -> name.startsWith("b/skip"));

        try (JarFile jar = new JarFile(merged.toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue("Main-Class")).isEqualTo("app.Main");
            assertThat(main.getValue("Implementation-Version")).isEqualTo("1.2.3");
            assertThat(main.getValue("Class-Path")).as("the jars it named are inside now").isNull();
            assertThat(main.getValue("Multi-Release")).as("a-1.0.jar was multi-release").isEqualTo("true");
            assertThat(text(jar, "META-INF/services/spi.Codec")).isEqualTo("app.AppCodec\na.ACodec\n");
            assertThat(text(jar, "META-INF/licenses/a-1.0/LICENSE")).isEqualTo("a licence");
            assertThat(text(jar, "META-INF/licenses/b-2.0/LICENSE")).isEqualTo("b licence");
            assertThat(text(jar, "META-INF/versions/17/a/A.class")).isEqualTo("a17");
            assertThat(jar.getEntry("app/Main.class")).isNotNull();
            assertThat(jar.getEntry("b/B.class")).isNotNull();
            assertThat(jar.getEntry("META-INF/A.SF")).as("signatures would no longer match").isNull();
            assertThat(jar.getEntry("module-info.class")).isNull();
            assertThat(jar.getEntry("OSGI-INF/manifest.mf")).isNull();
            assertThat(jar.getEntry("META-INF/LICENSE")).isNull();
        }
    }

    @Test
    void leavesOutWhatTheCallerSkips() throws Exception {
        Path lib = jar("lib.jar", null, Map.of("lib/Kept.class", "k", "native/linux/lib.so", "binary"));
        Path merged = dir.resolve("merged.jar");

        merge.invoke(null, List.of(lib), merged, (Predicate<String>) name -> name.startsWith("native/"));

        try (JarFile jar = new JarFile(merged.toFile())) {
            assertThat(jar.getEntry("lib/Kept.class")).isNotNull();
            assertThat(jar.getEntry("native/linux/lib.so")).isNull();
        }
    }

    @Test
    void refusesTwoJarsWithTheSameClass() throws Exception {
        Path first = jar("first.jar", null, Map.of("x/Shared.class", "1"));
        Path second = jar("second.jar", null, Map.of("x/Shared.class", "2"));

        assertThatThrownBy(() -> invoke(List.of(first, second)))
                .hasMessageContaining("x/Shared.class is in both first.jar and second.jar");
    }

    @Test
    void refusesVersionedClassesInAJarThatWasNotMultiRelease() throws Exception {
        Path plain = jar("plain.jar", null, Map.of("p/P.class", "p", "META-INF/versions/21/p/P.class", "p21"));

        assertThatThrownBy(() -> invoke(List.of(plain)))
                .hasMessageContaining("plain.jar has versioned entries")
                .hasMessageContaining("not a multi-release jar");
    }

    private void invoke(List<Path> jars) throws Throwable {
        try {
            merge.invoke(null, jars, dir.resolve("refused.jar"), (Predicate<String>) name -> false);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Manifest manifest(Map<String, String> attributes) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        return manifest;
    }

    private Path jar(String name, Manifest manifest, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, String> entry : new LinkedHashMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String text(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (var in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
