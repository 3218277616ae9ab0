package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.refine.RefineProgress;

/**
 * The editor's {@link RefineProgress} seen as the {@link TurnOutput} a model call writes to: thinking becomes step
 * lines (buffered until a line is whole, so a reasoning delta of three words is no line of its own), Stop is
 * forwarded, and what only a chat turn has (answer text, questions, drafts, token counts) is dropped. The answer is
 * collected by {@link ModelCall#collect} anyway and never reaches here.
 */
final class ProgressOutput implements TurnOutput {

    private final RefineProgress progress;
    private final StringBuilder line = new StringBuilder();

    ProgressOutput(RefineProgress progress) {
        this.progress = progress;
    }

    @Override
    public synchronized void thinking(String text) {
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            line.append(text, start, nl);
            emit();
            start = nl + 1;
        }
        line.append(text, start, text.length());
    }

    /** Sends the unfinished last line, if any. */
    synchronized void flush() {
        emit();
    }

    private void emit() {
        String step = line.toString().strip();
        line.setLength(0);
        if (!step.isEmpty()) {
            progress.step(step);
        }
    }

    @Override
    public void response(String text) {
    }

    @Override
    public void ask(PendingQuestion continuation) {
    }

    @Override
    public void draft(DraftCard card) {
    }

    // A call's unfinished last reasoning line is ended by ModelCall (ThinkingLine) with a line break, which emits it.
    @Override
    public boolean cancelled() {
        return progress.cancelled();
    }

    @Override
    public void onCancel(Runnable action) {
        progress.onCancel(action);
    }

    @Override
    public void usage(Integer promptTokens, Integer completionTokens, Double tokensPerSecond) {
    }
}
