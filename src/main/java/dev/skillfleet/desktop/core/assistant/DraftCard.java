package dev.skillfleet.desktop.core.assistant;

import java.nio.file.Path;

/** A draft a turn wrote, as the chat shows it: name, where it is, whether it validates. */
public record DraftCard(String name, String category, Path skillFile, boolean valid, int errors, int warnings) {

    public Path folder() {
        return skillFile.getParent();
    }
}
