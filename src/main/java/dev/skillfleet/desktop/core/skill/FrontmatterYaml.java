package dev.skillfleet.desktop.core.skill;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the frontmatter YAML with Jackson's streaming parser rather than data binding, because binding loses the
 * key lines the editor needs and turns {@code 1.10} into the number 1.1.
 */
final class FrontmatterYaml {

    record Result(Map<String, Object> values, Map<String, Integer> keyLines) {
    }

    /**
     * Thread-safe once configured; creating a factory per file would dominate the cost of a large scan. In a holder,
     * so SnakeYAML is loaded (some 70 ms) only when a file needs it: most never leave {@link FastFrontmatter}.
     */
    private static final class Yaml {
        static final YAMLFactory FACTORY = new YAMLFactory();
    }

    private FrontmatterYaml() {
    }

    /**
     * @param lineOffset how many file lines precede the YAML (1: the opening fence), so errors point into the file
     */
    static Result read(String yaml, int lineOffset) throws SkillParseException {
        // Most frontmatter is a few "key: text" lines; reading those by hand gives the same result at a fraction of
        // the cost (see FastFrontmatter), and everything else still goes through the full parser.
        Result simple = FastFrontmatter.read(yaml, lineOffset);
        return simple != null ? simple : readFully(yaml, lineOffset);
    }

    /** The full YAML parser, for whatever {@link FastFrontmatter} leaves; also what its results are checked against. */
    static Result readFully(String yaml, int lineOffset) throws SkillParseException {
        try (JsonParser p = Yaml.FACTORY.createParser(yaml)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SkillParseException(
                        "the frontmatter is empty; it must be a YAML mapping with at least name and description",
                        lineOffset + 1);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new SkillParseException("the frontmatter must be a YAML mapping (key: value lines), not "
                        + describe(first), line(p.currentTokenLocation(), lineOffset));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = line(p.currentTokenLocation(), lineOffset);
                if (keyLines.containsKey(key)) {
                    throw new SkillParseException("the frontmatter key \"" + key + "\" appears twice (lines "
                            + keyLines.get(key) + " and " + line + ")", line);
                }
                p.nextToken();
                values.put(key, value(p));
                keyLines.put(key, line);
            }
            return new Result(values, keyLines);
        } catch (JsonProcessingException e) {
            throw translate(e, lineOffset);
        } catch (IOException e) {
            throw new SkillParseException("the frontmatter could not be read: " + e.getMessage(), lineOffset + 1);
        }
    }

    /** Scalars stay text: the spec's reference validator (strictyaml) has no numbers or booleans either. */
    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    map.put(key, value(p));
                }
                yield Collections.unmodifiableMap(map);
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                yield Collections.unmodifiableList(list);
            }
            // strictyaml, which the reference validator uses, has no null: "~" and "null" are text there. Only an
            // empty value stays null (the empty string to strictyaml; the rules treat it so).
            case VALUE_NULL -> p.getText() == null || p.getText().isEmpty() ? null : p.getText();
            default -> p.getText();
        };
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "plain text";
            default -> "a single value";
        };
    }

    private static int line(JsonLocation loc, int lineOffset) {
        return loc == null || loc.getLineNr() <= 0 ? 0 : loc.getLineNr() + lineOffset;
    }

    /** SnakeYAML's own message spans several lines with carets; the user gets one sentence and the line. */
    private static SkillParseException translate(JsonProcessingException e, int lineOffset) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
            Mark problem = m.getProblemMark();
            Mark context = m.getContextMark();
            // "found unexpected end of stream" and "but got <stream end>" point past the YAML, at the closing fence;
            // the construct that was left open is where the user has to look.
            boolean atEnd = (m.getProblem().contains("end of stream") || m.getProblem().contains("<stream end>"))
                    && context != null;
            Mark where = atEnd ? context : (problem != null ? problem : context);
            int line = where == null ? 0 : where.getLine() + 1 + lineOffset;
            String msg = "the frontmatter is not valid YAML: " + m.getProblem();
            if (m.getContext() != null && context != null) {
                msg += " (" + m.getContext() + " starting on line " + (context.getLine() + 1 + lineOffset) + ")";
            }
            return new SkillParseException(msg, line);
        }
        return new SkillParseException("the frontmatter is not valid YAML: " + e.getOriginalMessage(),
                line(e.getLocation(), lineOffset));
    }
}
