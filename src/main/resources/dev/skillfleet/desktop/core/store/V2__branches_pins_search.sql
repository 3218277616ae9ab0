-- Branches (a message tree: parent and depth; the session remembers its active leaf), pins, titles the user set,
-- deletion that can be undone, and full-text search over message content.
ALTER TABLE sessions ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN title_by_user INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN leaf_id TEXT;
ALTER TABLE sessions ADD COLUMN deleted_at INTEGER;
ALTER TABLE messages ADD COLUMN parent_id TEXT;
ALTER TABLE messages ADD COLUMN depth INTEGER NOT NULL DEFAULT 0;

-- A first-schema history is one branch: each message's parent is the one before it.
UPDATE messages SET parent_id = ordered.previous, depth = ordered.position
FROM (SELECT id,
             lag(id) OVER (PARTITION BY session_id ORDER BY seq) AS previous,
             row_number() OVER (PARTITION BY session_id ORDER BY seq) - 1 AS position
      FROM messages) AS ordered
WHERE messages.id = ordered.id;

UPDATE sessions SET leaf_id = (SELECT id FROM messages WHERE session_id = sessions.id ORDER BY seq DESC LIMIT 1);

CREATE INDEX messages_by_parent ON messages (parent_id);
CREATE INDEX sessions_by_update ON sessions (pinned, updated_at);

-- Only finished messages are indexed: an answer still streaming is rewritten about once a second, and re-indexing it
-- each time would put the whole answer's tokenizing on the stream's path. It is indexed once it is final (or marked
-- interrupted). The view is the index's content, so 'rebuild' and 'integrity-check' agree with what is indexed.
CREATE VIEW indexed_messages AS SELECT rowid AS rowid, content FROM messages WHERE streaming = 0;

CREATE VIRTUAL TABLE message_text USING fts5 (content, content = 'indexed_messages', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER message_text_insert AFTER INSERT ON messages WHEN new.streaming = 0 BEGIN
    INSERT INTO message_text (rowid, content) VALUES (new.rowid, new.content);
END;

CREATE TRIGGER message_text_delete AFTER DELETE ON messages WHEN old.streaming = 0 BEGIN
    INSERT INTO message_text (message_text, rowid, content) VALUES ('delete', old.rowid, old.content);
END;

CREATE TRIGGER message_text_update AFTER UPDATE OF content, streaming ON messages BEGIN
    INSERT INTO message_text (message_text, rowid, content) SELECT 'delete', old.rowid, old.content
        WHERE old.streaming = 0;
    INSERT INTO message_text (rowid, content) SELECT new.rowid, new.content WHERE new.streaming = 0;
END;

INSERT INTO message_text (message_text) VALUES ('rebuild');
