-- The first schema: sessions and their messages in order.
CREATE TABLE sessions (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    state      TEXT NOT NULL,
    profile_id TEXT,
    context    TEXT
);

CREATE TABLE messages (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    role       TEXT NOT NULL,
    content    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    metadata   TEXT,
    thinking   TEXT,
    stats      TEXT,
    streaming  INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX messages_by_session ON messages (session_id, seq);
