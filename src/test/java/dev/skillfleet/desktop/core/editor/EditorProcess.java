package dev.skillfleet.desktop.core.editor;

import dev.skillfleet.desktop.testing.KillableChild;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A {@link CrashingEditor} in its own JVM, keeping recovery copies of a skill it edits until it is killed. */
final class EditorProcess {

    private EditorProcess() {
    }

    static KillableChild start(Path data, Path skill, long seed, Path scratch) throws IOException {
        return KillableChild.start("editor", CrashingEditor.class,
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-Xss512k"),
                List.of(data.toString(), skill.toString(), Long.toString(seed)), scratch);
    }
}
