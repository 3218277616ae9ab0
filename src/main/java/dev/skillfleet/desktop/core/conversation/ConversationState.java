package dev.skillfleet.desktop.core.conversation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The session state machine of conversation-design.md.
 *
 * <pre>
 * IDLE ──user message──▶ ACTIVE ──asks a question──▶ AWAITING_INPUT ──user answers──▶ ACTIVE
 * ACTIVE ──turn finished──▶ COMPLETED ──user message──▶ ACTIVE
 * any ──failure──▶ ERROR ──retry / user message──▶ ACTIVE
 * any ──new session──▶ IDLE
 * </pre>
 */
public enum ConversationState {
    IDLE,
    ACTIVE,
    AWAITING_INPUT,
    COMPLETED,
    ERROR;

    /** The states this one may move to; everything else is a programming error. */
    public Set<ConversationState> successors() {
        return switch (this) {
            case IDLE -> EnumSet.of(ACTIVE, ERROR, IDLE);
            case ACTIVE -> EnumSet.of(AWAITING_INPUT, COMPLETED, ERROR, IDLE);
            case AWAITING_INPUT -> EnumSet.of(ACTIVE, ERROR, IDLE);
            case COMPLETED -> EnumSet.of(ACTIVE, ERROR, IDLE);
            case ERROR -> EnumSet.of(ACTIVE, ERROR, IDLE);
        };
    }

    public boolean canMoveTo(ConversationState next) {
        return successors().contains(next);
    }
}
