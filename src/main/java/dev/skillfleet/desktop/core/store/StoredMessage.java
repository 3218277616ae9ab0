package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.conversation.Message;

/**
 * A message as stored: where it sits in the session's tree and among its siblings (the other answers to the same
 * message, or the other versions of an edited message).
 *
 * @param parentId     the message it follows; null for a first message
 * @param depth        its position on its branch, from 0
 * @param siblingIndex its place among its siblings, from 0, oldest first
 * @param siblings     how many versions there are (1 when it was never regenerated or edited)
 */
public record StoredMessage(Message message, String parentId, int depth, int siblingIndex, int siblings) {

    public String id() {
        return message.id();
    }
}
