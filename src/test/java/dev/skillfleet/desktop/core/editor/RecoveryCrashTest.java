package dev.skillfleet.desktop.core.editor;

import dev.skillfleet.desktop.testing.KillableChild;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The promise of recovery copies, tested the hard way: a separate JVM edits a real skill (a copy of the corpus's
 * {@code skill-creator}), keeping a recovery copy every ~50 ms, and is killed with SIGKILL at random moments, ten
 * times, half of them as soon as a copy is being written. After each kill, the next start must be offered the text
 * the editor last saw acknowledged — or the newer one whose write was in flight — whole, for that file, and the skill
 * file itself must be untouched. Each new session starts from the copy it was offered, as the app does when the user
 * restores it.
 *
 * <p>The editor's edits and the delays before each kill come from a seed printed with any failure; {@code
 * -Dcrash.seed=N} (or {@code CRASH_SEED}) replays them (where exactly a kill lands still depends on timing).
 */
class RecoveryCrashTest {

    private static final int KILLS = 10;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path temp;

    @Test
    void anEditorKilledAtTenRandomMomentsIsOfferedItsLastAcknowledgedText() throws Exception {
        long seed = seed();
        Random random = new Random(seed);
        Path skill = Corpus.copy(Corpus.source().resolve("anthropic-skills/skill-creator"),
                temp.resolve("library/skill-creator")).resolve("SKILL.md");
        byte[] original = Files.readAllBytes(skill);
        FileTime originalTime = Files.getLastModifiedTime(skill);
        Path data = temp.resolve("data");
        String expectedStart = CrashingEditor.hash(EditedFile.open(skill).text());
        int inFlight = 0;
        int landedInFlight = 0;
        int acknowledged = 0;

        for (int run = 1; run <= KILLS; run++) {
            String where = "seed " + seed + " (replay with -Dcrash.seed=" + seed + "), kill " + run;
            KillableChild editor = EditorProcess.start(data, skill, random.nextLong(), temp);
            try {
                if (!editor.awaitFirstAck(60)) {
                    fail(where + ": the editor acknowledged nothing in 60 s (alive: " + editor.isAlive() + "):\n"
                            + editor.errors() + "\n" + editor.lines());
                }
                Thread.sleep(random.nextInt(400));
                if (random.nextBoolean()) {
                    editor.awaitWriteInFlight(5); // then kill at once, most likely while the copy is being written
                }
                assertThat(editor.kill()).as(where + ": the editor died of SIGKILL, not otherwise; its errors:\n%s",
                        editor.errors()).isEqualTo(SIGKILL_EXIT);
            } finally {
                if (editor.isAlive()) {
                    editor.kill();
                }
            }
            List<String> lines = editor.lines();
            where += " (the editor's last lines: " + lines.subList(Math.max(0, lines.size() - 3), lines.size()) + ")";
            assertThat(lines.getFirst()).as(where + ": the session started from the text offered back")
                    .isEqualTo("START " + expectedStart + (run == 1 ? " file" : " recovered"));
            assertThat(lines).as(where).noneMatch(line -> line.startsWith("ERROR"));

            String lastAck = null;
            String pending = null;
            for (String line : lines) {
                if (line.startsWith("W ")) {
                    pending = line.substring(2);
                } else if (line.startsWith("A ")) {
                    assertThat(line.substring(2)).as(where + ": acknowledged what was announced").isEqualTo(pending);
                    lastAck = pending;
                    pending = null;
                    acknowledged++;
                }
            }

            List<RecoveryCopy> offered = new RecoveryStore(data).pending();

            assertThat(offered).as(where + ": one copy, for the skill").hasSize(1);
            RecoveryCopy copy = offered.getFirst();
            assertThat(copy.file()).as(where).isEqualTo(skill.toAbsolutePath().normalize());
            assertThat(copy.changedOnDisk()).as(where + ": the skill did not change").isFalse();
            assertThat(copy.deleted()).as(where).isFalse();
            String offeredHash = CrashingEditor.hash(copy.text());
            if (pending != null) {
                inFlight++;
                assertThat(offeredHash).as(where + ": the last acknowledged text or the one in flight, whole")
                        .isIn(lastAck, pending);
                landedInFlight += offeredHash.equals(pending) ? 1 : 0;
            } else {
                assertThat(offeredHash).as(where + ": the last acknowledged text, whole").isEqualTo(lastAck);
            }
            assertThat(Files.readAllBytes(skill)).as(where + ": the skill file is untouched").isEqualTo(original);
            assertThat(Files.getLastModifiedTime(skill)).as(where).isEqualTo(originalTime);
            try (Stream<Path> left = Files.list(data.resolve("recovery"))) {
                assertThat(left.filter(p -> !p.getFileName().toString().startsWith(".")))
                        .as(where + ": one copy file (a killed write may leave a hidden temp file)").hasSize(1);
            }
            expectedStart = offeredHash;
        }
        System.out.printf("RecoveryCrashTest: seed %d, %d kills, %d acknowledged copies, %d kills during a write "
                + "(%d of those writes landed)%n", seed, KILLS, acknowledged, inFlight, landedInFlight);
        try (Stream<Path> skillFolder = Files.list(skill.getParent())) {
            assertThat(skillFolder).as("nothing written inside the skill").noneMatch(p -> p.getFileName().toString()
                    .startsWith("."));
        }
    }

    private static long seed() {
        String given = System.getProperty("crash.seed", System.getenv("CRASH_SEED"));
        return given != null && !given.isBlank() ? Long.parseLong(given.strip()) : new Random().nextLong();
    }
}
