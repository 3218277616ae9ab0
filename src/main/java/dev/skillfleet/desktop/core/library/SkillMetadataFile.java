package dev.skillfleet.desktop.core.library;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Skill Fleet's {@code metadata.json} beside a SKILL.md ({@code skill_id}, {@code version}, {@code tags}…), read for
 * display: every top-level field as one line of text, in file order. A broken file is reported, never thrown.
 */
public final class SkillMetadataFile {

    public static final String FILE_NAME = "metadata.json";
    /** Far above a real metadata file; a bigger one is not read. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param fields  top-level field to its value as text (lists joined with ", ", objects as compact JSON)
     * @param problem why the file could not be read, naming it (and the line when JSON is malformed); "" when fine
     */
    public record Result(Path file, Map<String, String> fields, String problem) {

        public Result {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    private SkillMetadataFile() {
    }

    /** The skill folder's metadata.json; empty when it has none. */
    public static Optional<Result> read(Path skillDir) {
        Path file = skillDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(problem(file, FILE_NAME + " could not be read: " + e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of(problem(file, FILE_NAME + " is larger than 1 MB and was not read"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return Optional.of(problem(file, FILE_NAME + (line > 0 ? " line " + line : "") + " is not valid JSON: "
                    + e.getOriginalMessage()));
        } catch (IOException e) {
            return Optional.of(problem(file, FILE_NAME + " could not be read: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return Optional.of(problem(file, FILE_NAME + " must hold a JSON object"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        root.properties().forEach(field -> fields.put(field.getKey(), text(field.getValue())));
        return Optional.of(new Result(file, fields, ""));
    }

    private static Result problem(Path file, String message) {
        return new Result(file, Map.of(), message);
    }

    private static String text(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
            return String.join(", ", items);
        }
        return value.toString();
    }
}
