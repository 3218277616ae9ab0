package dev.skillfleet.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillfleet.desktop.core.config.DataLocation;
import dev.skillfleet.desktop.core.store.SessionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** chat's stored sessions and the sessions commands, run in-process on real databases in temp folders. */
class SessionsCommandTest {

    private static final Pattern SESSION_LINE = Pattern.compile("(?m)^session: (\\S+)$");

    @TempDir
    Path temp;

    private String data() {
        return temp.resolve("data").toString();
    }

    private CliRun chat(String... args) {
        List<String> all = new ArrayList<>(List.of("chat", "--data", data(), "--library", temp.resolve("lib").toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private CliRun sessions(String... args) {
        List<String> all = new ArrayList<>(List.of("sessions"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", data()));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void chatWithSessionCreatesItThenContinuesIt() {
        CliRun first = chat("--session", "work", "Hello there, what can you do?");
        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("session: work");
        CliRun second = chat("--session", "work", "--format", "jsonl", "Tell me a joke");
        assertThat(second.exit()).isZero();
        assertThat(second.jsonLines().getLast().get("session").asText()).isEqualTo("work");

        CliRun list = sessions("list", "--format", "jsonl");
        assertThat(list.exit()).isZero();
        assertThat(list.jsonLines()).singleElement().satisfies(line -> {
            assertThat(line.properties()).extracting(Map.Entry::getKey)
                    .containsExactly("id", "title", "state", "messages");
            assertThat(line.get("id").asText()).isEqualTo("work");
            assertThat(line.get("title").asText()).isEqualTo("Hello there, what can you do?");
            assertThat(line.get("state").asText()).isEqualTo("COMPLETED");
            assertThat(line.get("messages").asInt()).as("both turns, on one branch").isEqualTo(4);
        });
    }

    @Test
    void chatWithoutSessionSavesANewOneAndSaysWhich() {
        CliRun text = chat("Hello there");
        Matcher id = SESSION_LINE.matcher(text.err());
        assertThat(id.find()).as("the id on stderr: " + text.err()).isTrue();
        assertThat(text.out()).doesNotContain("session:");
        CliRun jsonl = chat("--format", "jsonl", "Create a Redis caching skill");
        JsonNode complete = jsonl.jsonLines().getLast();
        assertThat(complete.get("type").asText()).isEqualTo("complete");
        String second = complete.get("session").asText();
        assertThat(jsonl.jsonLines()).filteredOn(e -> e.has("session")).as("told once, at the end").hasSize(1);

        List<JsonNode> list = sessions("list", "--format", "jsonl").jsonLines();
        assertThat(list).extracting(l -> l.get("id").asText()).as("newest first").containsExactly(second, id.group(1));
        assertThat(list).extracting(l -> l.get("messages").asInt()).containsExactly(2, 2);
    }

    @Test
    void aMessageToASessionWaitingOnAQuestionAnswersIt() {
        CliRun asked = chat("--session", "q", "--format", "jsonl", "python decorators");
        assertThat(asked.jsonLines().getLast().get("state").asText()).isEqualTo("AWAITING_INPUT");
        assertThat(sessions("list", "--format", "jsonl").jsonLines().getFirst().get("state").asText())
                .isEqualTo("AWAITING_INPUT");

        CliRun answered = chat("--session", "q", "--format", "jsonl", "2");
        JsonNode complete = answered.jsonLines().getLast();
        assertThat(complete.get("intent").asText()).as("option 2 of the question").isEqualTo("CREATE_SKILL");
        assertThat(complete.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(complete.get("draft").asText()).contains("python-decorators");
    }

    @Test
    void theDataFolderComesFromTheEnvironmentWhenNotGiven() {
        Path fromEnv = temp.resolve("from-env");
        Map<String, String> env = Map.of(DataLocation.ENV_VAR, fromEnv.toString());
        CliRun run = CliRun.of(env, "chat", "--library", temp.resolve("lib").toString(), "--session", "e", "Hello");
        assertThat(run.exit()).isZero();
        assertThat(fromEnv.resolve("sessions.db")).isRegularFile();
        assertThat(CliRun.of(env, "sessions", "list", "--format", "jsonl").jsonLines())
                .extracting(l -> l.get("id").asText()).containsExactly("e");
        assertThat(CliRun.of(env, "sessions", "list", "--data", data()).err()).as("--data wins")
                .contains("No stored conversations in " + data());
    }

    @Test
    void listInTextIsAlignedColumnsWithPinnedFirst() {
        chat("--session", "a-short-id", "Hello there");
        chat("--session", "a-much-longer-session-id", "python decorators");
        chat("--session", "latest", "What skills exist?");
        try (SessionStore store = SessionStore.open(temp.resolve("data"))) {
            store.pin("a-short-id", true);
        }
        CliRun run = sessions("list");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith("a-short-id ").contains("[pinned] Hello there");
        assertThat(lines.get(1)).startsWith("latest ").endsWith("What skills exist?");
        assertThat(lines.get(2)).startsWith("a-much-longer-session-id  AWAITING_INPUT  2  ")
                .endsWith("python decorators");
        assertThat(lines).extracting(l -> l.indexOf("  2  ")).as("the count column lines up").containsOnly(
                lines.get(2).indexOf("  2  "));
    }

    @Test
    void exportWritesMarkdownOrJsonToStdoutOrAFile() throws Exception {
        chat("--session", "s", "Hello there, what can you do?");
        CliRun md = sessions("export", "s");
        assertThat(md.exit()).isZero();
        assertThat(md.out()).startsWith("# Hello there, what can you do?\n").contains("## You \u00b7 ")
                .contains("## Assistant \u00b7 ").doesNotContain("<details>").doesNotContain("Intent:");
        assertThat(sessions("export", "s", "--thinking").out()).contains("<summary>Thinking (")
                .contains("Intent: chat");

        Path file = temp.resolve("exports/s.json");
        CliRun json = sessions("export", "s", "--format", "json", "--output", file.toString());
        assertThat(json.exit()).isZero();
        assertThat(json.out()).isEmpty();
        assertThat(json.err()).contains("Exported to " + file);
        JsonNode exported = new ObjectMapper().readTree(file.toFile());
        assertThat(exported.get("format").asText()).isEqualTo("skill-fleet-session");
        assertThat(exported.get("session").get("id").asText()).isEqualTo("s");
        assertThat(exported.get("messages")).hasSize(2);
        assertThat(sessions("export", "s", "--format", "json").out()).isEqualTo(Files.readString(file));
    }

    @Test
    void importPrintsTheNewIdAndACopyOfAStoredSessionGetsItsOwn() throws Exception {
        chat("--session", "s", "Hello there");
        chat("--session", "s", "Tell me about zebrafishes");
        Path file = temp.resolve("s.json");
        sessions("export", "s", "--format", "json", "--output", file.toString());

        CliRun copy = sessions("import", file.toString());
        assertThat(copy.exit()).isZero();
        String copyId = copy.out().strip();
        assertThat(copyId).isNotEqualTo("s").isNotBlank();
        assertThat(sessions("list", "--format", "jsonl").jsonLines()).extracting(l -> l.get("messages").asInt())
                .containsExactly(4, 4);

        Path elsewhere = temp.resolve("elsewhere");
        CliRun moved = CliRun.of("sessions", "import", file.toString(), "--data", elsewhere.toString());
        assertThat(moved.out().strip()).as("no clash there: the id is kept").isEqualTo("s");
        assertThat(CliRun.of("sessions", "export", "s", "--format", "json", "--data", elsewhere.toString()).out())
                .isEqualTo(Files.readString(file));
    }

    @Test
    void searchFindsMessagesAcrossSessions() {
        chat("--session", "one", "Tell me about zebrafishes please");
        chat("--session", "two", "Hello there");
        CliRun jsonl = sessions("search", "zebraf", "--format", "jsonl");
        assertThat(jsonl.exit()).isZero();
        assertThat(jsonl.jsonLines()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.properties()).extracting(Map.Entry::getKey)
                    .containsExactly("sessionId", "title", "messageId", "role", "snippet");
            assertThat(hit.get("sessionId").asText()).isEqualTo("one");
        });
        assertThat(jsonl.jsonLines().getFirst().get("snippet").asText()).contains("\u00abzebrafishes\u00bb");
        assertThat(jsonl.jsonLines()).extracting(h -> h.get("role").asText()).contains("user");

        CliRun text = sessions("search", "zebrafishes");
        assertThat(text.out()).startsWith("one  Tell me about zebrafishes please\n    user ");
        CliRun none = sessions("search", "platypus");
        assertThat(none.exit()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("No message contains platypus");
    }

    @Test
    void readingCommandsOnAnEmptyFolderCreateNothing() {
        Path nothing = temp.resolve("nothing");
        assertThat(CliRun.of("sessions", "list", "--format", "jsonl", "--data", nothing.toString()).out()).isEmpty();
        assertThat(CliRun.of("sessions", "search", "x", "--data", nothing.toString()).exit()).isZero();
        CliRun export = CliRun.of("sessions", "export", "s", "--data", nothing.toString());
        assertThat(export.exit()).isEqualTo(1);
        assertThat(export.err()).contains("there is no conversation 's'");
        assertThat(nothing).doesNotExist();
    }

    @Test
    void unknownAndDeletedSessionsAreClearErrors() {
        chat("--session", "kept", "Hello");
        CliRun unknown = sessions("export", "nope");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("error: there is no conversation 'nope' in " + data()
                + " (see `sessions list`)\n");

        try (SessionStore store = SessionStore.open(temp.resolve("data"))) {
            store.delete("kept");
        }
        assertThat(sessions("export", "kept").err()).contains("the conversation 'kept' is deleted");
        CliRun chat = chat("--session", "kept", "Are you there?");
        assertThat(chat.exit()).isEqualTo(1);
        assertThat(chat.err()).contains("The conversation 'kept' is deleted");
        try (SessionStore store = SessionStore.open(temp.resolve("data"))) {
            store.undelete("kept");
            assertThat(store.summary("kept").orElseThrow().messages()).as("nothing was added to it").isEqualTo(2);
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsItsMessageAndExitOne() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Files.writeString(folder.resolve("sessions.db"), "this is not a database, just text that is long enough "
                + "to have a header that SQLite will look at and refuse as not being one of its own files.");
        for (CliRun run : List.of(sessions("list"), sessions("search", "x"), sessions("export", "s"),
                chat("--session", "s", "Hello"), chat("Hello"))) {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("Cannot open the conversation database " + folder.resolve("sessions.db"))
                    .contains("not a database").doesNotContain("\tat ").doesNotContain("Exception");
        }
        assertThat(Files.readString(folder.resolve("sessions.db"))).as("left as it was").startsWith("this is not");
        Path good = Files.writeString(temp.resolve("good.json"), "{\"format\": \"skill-fleet-session\", "
                + "\"version\": 1, \"session\": {}, \"messages\": []}");
        assertThat(sessions("import", good.toString()).exit()).isEqualTo(1);

        Path file = Files.writeString(temp.resolve("a-file"), "x");
        CliRun fileAsFolder = CliRun.of("sessions", "import", good.toString(), "--data", file.toString());
        assertThat(fileAsFolder.exit()).isEqualTo(1);
        assertThat(fileAsFolder.err()).contains("The data folder " + file + " is a file, not a folder");
    }

    @Test
    void aRefusedImportSaysWhyAndCreatesNothing() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.json"), "{\"format\": \"skill-fleet-session\", \"version\": 1, "
                + "\"session\": {}, \"messages\": [{\"id\": \"m\", \"content\": \"x\"}]}");
        CliRun run = sessions("import", bad.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: " + bad + ": messages[0].role is missing\n");
        assertThat(run.out()).isEmpty();
        assertThat(temp.resolve("data")).doesNotExist();
        assertThat(sessions("import", temp.resolve("absent.json").toString()).err()).contains("There is no file");
    }

    @Test
    void badUsageExitsTwoAndEveryCommandHasHelp() {
        assertThat(sessions().exit()).as("no subcommand").isEqualTo(2);
        assertThat(sessions("export", "s", "--format", "pdf").exit()).isEqualTo(2);
        assertThat(sessions("export").exit()).as("no id").isEqualTo(2);
        assertThat(sessions("list", "--format", "csv").exit()).isEqualTo(2);
        assertThat(sessions("search").exit()).as("no text").isEqualTo(2);
        assertThat(sessions("search", "x", "--limit", "0").exit()).isEqualTo(2);
        assertThat(chat("--session", " ", "Hello").exit()).isEqualTo(2);
        assertThat(sessions("export", "s", "--output", temp.toString()).err()).contains("is a folder");
        for (String command : List.of("list", "search", "export", "import")) {
            CliRun help = CliRun.of("sessions", command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("Usage:").contains("sessions " + command).contains("--data");
        }
        assertThat(CliRun.of("sessions", "--help").out()).contains("list").contains("export").contains("import");
        assertThat(CliRun.of("chat", "--help").out()).contains("--session").contains("--data");
        assertThat(CliRun.of("--help").out()).contains("sessions");
    }
}
