package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.core.library.SkillMetadataFile;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.ValidationIssue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the details pane shows about one skill, read off the FX thread.
 *
 * @param fields        frontmatter beyond name and description: license, compatibility, allowed-tools, each
 *                      {@code metadata} entry, then any other key, as label and text
 * @param fleetMetadata Skill Fleet's metadata.json beside SKILL.md, when there is one
 * @param files         the skill folder's files; null when the folder could not be listed ({@code filesProblem})
 */
public record SkillDetails(LibrarySkill skill, List<Field> fields, Optional<SkillMetadataFile.Result> fleetMetadata,
                           List<ValidationIssue> errors, List<ValidationIssue> warnings, String body,
                           SkillFolderFiles.Listing files, String filesProblem) {

    /** One line of the metadata table. */
    public record Field(String label, String value) {
    }

    private static final List<String> KNOWN_ORDER = List.of("license", "compatibility", "allowed-tools");
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("name", "description", "metadata");

    public SkillDetails {
        fields = List.copyOf(fields);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Reads the folder's files and metadata.json; the rest comes from the loaded skill. Never throws. */
    static SkillDetails load(LibrarySkill librarySkill) {
        Skill skill = librarySkill.skill();
        SkillFolderFiles.Listing files = null;
        String filesProblem = "";
        try {
            files = SkillFolderFiles.list(skill.dir());
        } catch (IOException | SecurityException e) {
            filesProblem = "The files of " + skill.dir() + " could not be listed: " + e.getMessage();
        }
        return new SkillDetails(librarySkill, fields(skill.frontmatter()), SkillMetadataFile.read(skill.dir()),
                skill.report().errors(), skill.report().warnings(), skill.body(), files, filesProblem);
    }

    static List<Field> fields(Map<String, Object> frontmatter) {
        List<Field> fields = new ArrayList<>();
        for (String key : KNOWN_ORDER) {
            if (frontmatter.containsKey(key)) {
                fields.add(new Field(key, text(frontmatter.get(key))));
            }
        }
        if (frontmatter.get("metadata") instanceof Map<?, ?> metadata) {
            metadata.forEach((k, v) -> fields.add(new Field("metadata." + k, text(v))));
        } else if (frontmatter.containsKey("metadata")) {
            fields.add(new Field("metadata", text(frontmatter.get("metadata"))));
        }
        frontmatter.forEach((key, value) -> {
            if (!KNOWN_ORDER.contains(key) && !SHOWN_ELSEWHERE.contains(key)) {
                fields.add(new Field(key, text(value)));
            }
        });
        return fields;
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case List<?> list -> String.join(", ", list.stream().map(SkillDetails::text).toList());
            case Map<?, ?> map -> String.join(", ", map.entrySet().stream()
                    .map(e -> e.getKey() + ": " + text(e.getValue())).toList());
            default -> value.toString();
        };
    }
}
