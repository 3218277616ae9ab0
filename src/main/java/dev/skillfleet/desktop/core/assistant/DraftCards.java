package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.Message;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A draft card kept in a message's metadata, so a stored conversation shows it again when reopened. */
public final class DraftCards {

    private static final String NAME = "draftName";
    private static final String CATEGORY = "draftCategory";
    private static final String VALID = "draftValid";
    private static final String ERRORS = "draftErrors";
    private static final String WARNINGS = "draftWarnings";
    /** Only for refine drafts; cards stored before it existed have none and load as new-skill drafts. */
    private static final String REFINES = "draftRefines";

    private DraftCards() {
    }

    public static Map<String, String> toMetadata(DraftCard card) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(Message.DRAFT, card.skillFile().toString());
        metadata.put(NAME, card.name());
        metadata.put(CATEGORY, card.category() == null ? "" : card.category());
        metadata.put(VALID, Boolean.toString(card.valid()));
        metadata.put(ERRORS, Integer.toString(card.errors()));
        metadata.put(WARNINGS, Integer.toString(card.warnings()));
        if (card.refines() != null) {
            metadata.put(REFINES, card.refines().toString());
        }
        return metadata;
    }

    /** The card a message's metadata describes; empty when it wrote no draft (or the metadata is not ours). */
    public static Optional<DraftCard> fromMetadata(Map<String, String> metadata) {
        String file = metadata.get(Message.DRAFT);
        if (file == null || !metadata.containsKey(NAME)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DraftCard(metadata.get(NAME), metadata.getOrDefault(CATEGORY, ""), Path.of(file),
                    Boolean.parseBoolean(metadata.get(VALID)), Integer.parseInt(metadata.getOrDefault(ERRORS, "0")),
                    Integer.parseInt(metadata.getOrDefault(WARNINGS, "0")),
                    refines(metadata.get(REFINES))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** The original's folder; a path this system cannot read only costs the card its review, not the card. */
    private static Path refines(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return Path.of(stored);
        } catch (java.nio.file.InvalidPathException foreign) {
            return null;
        }
    }
}
