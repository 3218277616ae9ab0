package dev.skillfleet.desktop.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One step of the schema: the script that takes the database from {@code version - 1} to {@code version}, as SQL
 * statements. Statements end with a semicolon at the end of a line; a trigger's body (BEGIN … END;) is one statement.
 */
public record Migration(int version, String name, List<String> statements) {

    public Migration {
        Objects.requireNonNull(name);
        statements = List.copyOf(statements);
    }

    /** The script {@code resource} next to this class. */
    public static Migration fromResource(int version, String resource) {
        try (InputStream in = Migration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema script " + resource);
            }
            return new Migration(version, resource, split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.endsWith(" BEGIN")) {
                inBody = true;
            } else if (inBody && upper.equals("END;")) {
                inBody = false;
            }
            if (!inBody && trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
