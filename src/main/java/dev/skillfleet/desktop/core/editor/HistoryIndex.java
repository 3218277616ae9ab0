package dev.skillfleet.desktop.core.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillfleet.desktop.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code index.json} of one file's history folder: the file's path and its versions (id, time, size, hash),
 * oldest first. The version files are the truth and the index their summary: a version file the index does not list
 * (a crash between the two writes) is added back, an entry whose file is gone is dropped, and a missing or unreadable
 * index is rebuilt from the files.
 */
final class HistoryIndex {

    static final String FILE_NAME = "index.json";
    static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final System.Logger LOG = System.getLogger(HistoryIndex.class.getName());

    private HistoryIndex() {
    }

    /** A kept version and the name of its file in the history folder. */
    record Entry(HistoryVersion version, String fileName) {
    }

    /** The versions in the folder, oldest first; none when the folder does not exist. */
    static List<Entry> load(Path folder) throws IOException {
        Map<String, String> files = versionFiles(folder);
        Map<String, Entry> listed = new HashMap<>();
        for (Entry entry : readIndex(folder)) {
            if (entry.fileName().equals(files.get(entry.version().id()))) {
                listed.put(entry.version().id(), entry);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Entry entry = listed.get(file.getKey());
            entries.add(entry != null ? entry : fromFile(folder, file.getKey(), file.getValue()));
        }
        entries.sort(Comparator.comparing(e -> e.version().id()));
        return entries;
    }

    static void write(Path folder, Path file, List<Entry> entries) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file.toString());
        ArrayNode versions = root.putArray("versions");
        for (Entry entry : entries) {
            HistoryVersion v = entry.version();
            versions.addObject().put("id", v.id()).put("file", entry.fileName()).put("time", v.time().toString())
                    .put("size", v.size()).put("sha256", v.sha256());
        }
        AtomicFiles.write(folder.resolve(FILE_NAME), JSON.writeValueAsBytes(root));
    }

    /** id → file name of every version file in the folder: {@code <id>} or {@code <id>.<extension>}. */
    private static Map<String, String> versionFiles(Path folder) throws IOException {
        Map<String, String> files = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path path : (Iterable<Path>) list::iterator) {
                String name = path.getFileName().toString();
                // Temp files of atomic writes start with a dot; the index is not a version.
                if (name.startsWith(".") || name.equals(FILE_NAME) || !Files.isRegularFile(path)) {
                    continue;
                }
                String id = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                if (timeOf(id) != null) {
                    files.put(id, name);
                }
            }
        }
        return files;
    }

    private static List<Entry> readIndex(Path folder) {
        List<Entry> entries = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(folder.resolve(FILE_NAME)));
            for (JsonNode v : root.path("versions")) {
                entries.add(new Entry(new HistoryVersion(v.path("id").asText(), Instant.parse(v.path("time").asText()),
                        v.path("size").asLong(), v.path("sha256").asText()), v.path("file").asText()));
            }
        } catch (NoSuchFileException e) {
            // A new history, or the index was lost: the files tell.
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The history index " + folder.resolve(FILE_NAME)
                    + " cannot be read (" + e.getMessage() + "); it is rebuilt from the version files");
            entries.clear();
        }
        return entries;
    }

    private static Entry fromFile(Path folder, String id, String fileName) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve(fileName));
        return new Entry(new HistoryVersion(id, timeOf(id), bytes.length, FileFingerprint.sha256(bytes)), fileName);
    }

    /** The time an id names; null when the name is not an id. */
    static Instant timeOf(String id) {
        try {
            return Instant.from(ID.parse(id));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
