package dev.skillfleet.desktop.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What a bug report needs to know about this installation: the app's version, the Java runtime it runs on, the OS,
 * and where it keeps settings, data and skills. Shown by the window's About dialog and by {@code --version}; the
 * window adds the JavaFX version, which the command line never loads.
 *
 * <p>Nothing secret is gathered: no API key, no endpoint address, no environment variable's value other than the
 * folders it chose.
 */
public record AppInfo(String version, String java, String javaVm, Path javaRuntime, String os,
                      Path config, Path data, Path library) {

    public static final String NAME = "Skill Fleet Desktop";

    /** One line of the facts: a label and its value, with the folder when the value is one (to open it). */
    public record Fact(String label, String value, Optional<Path> folder) {

        public static Fact text(String label, String value) {
            return new Fact(label, value, Optional.empty());
        }

        public static Fact folder(String label, Path folder) {
            return new Fact(label, folder.toString(), Optional.of(folder));
        }
    }

    /** The facts for the app whose folders are {@code dirs} and whose skill library is {@code library}. */
    public static AppInfo of(AppDirectories dirs, Path library) {
        return of(dirs, library, packagedVersion(), System.getProperties());
    }

    static AppInfo of(AppDirectories dirs, Path library, String version, Properties system) {
        String vendor = system.getProperty("java.vendor", "unknown vendor");
        String java = system.getProperty("java.runtime.version", system.getProperty("java.version", "unknown"))
                + " (" + vendor + ")";
        // "mixed mode, sharing": whether the JIT and class data sharing are on, as `java -version` says it.
        String vm = system.getProperty("java.vm.name", "unknown VM")
                + Optional.ofNullable(system.getProperty("java.vm.info")).map(i -> " (" + i + ")").orElse("");
        String os = system.getProperty("os.name", "unknown OS") + " " + system.getProperty("os.version", "")
                + " (" + system.getProperty("os.arch", "unknown architecture") + ")";
        return new AppInfo(version, java, vm, Path.of(system.getProperty("java.home", "")), os,
                dirs.config(), dirs.data(), library);
    }

    /**
     * The facts as the command line sees them: {@code --data} / {@code SKILL_FLEET_DATA} and {@code --library} /
     * {@code SKILL_FLEET_SKILLS_ROOT} move the folders exactly as they do for the window and the commands.
     */
    public static AppInfo forCommandLine(Optional<Path> library, Optional<Path> data, Map<String, String> environment) {
        Path home = Path.of(System.getProperty("user.home"));
        AppDirectories perUser = AppDirectories.of(System.getProperty("os.name", ""), environment, home);
        Path dataFolder = DataLocation.resolve(data, environment, Path.of("").toAbsolutePath(), perUser::data);
        return of(new AppDirectories(perUser.config(), dataFolder),
                LibraryLocation.resolve(library, environment, home));
    }

    /** The version in the jar's manifest (Implementation-Version); "dev" when run from compiled classes. */
    public static String packagedVersion() {
        String version = AppInfo.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** The facts in display order, with {@code extra} (the window's JavaFX version) right after the Java lines. */
    public List<Fact> facts(List<Fact> extra) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.text("Version", version));
        facts.add(Fact.text("Java", java));
        facts.addAll(extra);
        facts.add(Fact.text("Java VM", javaVm));
        facts.add(Fact.folder("Java runtime", javaRuntime));
        facts.add(Fact.text("OS", os));
        facts.add(Fact.folder("Settings", config));
        facts.add(Fact.folder("Data", data));
        facts.add(Fact.folder("Skill library", library));
        return List.copyOf(facts);
    }

    public List<Fact> facts() {
        return facts(List.of());
    }

    /**
     * The plain-text form: the app's name and version, then one fact a line with the labels aligned; what
     * {@code --version} prints and "Copy details" copies, ready to paste into a bug report.
     */
    public List<String> lines(List<Fact> extra) {
        List<Fact> all = facts(extra);
        List<Fact> facts = all.subList(1, all.size()); // the version is in the first line
        int width = facts.stream().mapToInt(f -> f.label().length() + 1).max().orElse(0);
        List<String> lines = new ArrayList<>();
        lines.add(NAME + " " + version);
        for (Fact fact : facts) {
            lines.add(String.format("%-" + width + "s  %s", fact.label() + ":", fact.value()).stripTrailing());
        }
        return List.copyOf(lines);
    }

    public List<String> lines() {
        return lines(List.of());
    }
}
