package dev.skillfleet.desktop.ui.chat;

import java.nio.file.Path;

/**
 * Where the chat's "Review changes" hands a refine draft: the app opens the original skill's editor with the draft's
 * SKILL.md as a proposal to accept hunk by hunk. Called on the FX thread, once both files were seen on disk.
 */
@FunctionalInterface
public interface DraftReview {

    void review(Path originalSkillDir, Path draftSkillMd);
}
