-- Community features (issue 13): routes (announcements by topic, guest or podcast).

-- A server's routes besides its default one (the announce_subscriptions row, route 0).
-- A filter left NULL matches every episode; all that are set must match.
CREATE TABLE announce_routes (
    id                INTEGER PRIMARY KEY,
    guild_id          INTEGER NOT NULL,
    channel_id        INTEGER NOT NULL,
    role_id           INTEGER,
    thread            INTEGER NOT NULL DEFAULT 0,
    topic             TEXT,                          -- a canonical topic name (episode_topics.topic)
    guest             TEXT,                          -- a person's people.name_key
    feed_id           INTEGER,                       -- a podcast (feeds.id)
    created_at        TEXT NOT NULL,
    since_episode_id  INTEGER NOT NULL DEFAULT 0,    -- only episodes with a larger id are announced
    set_by            INTEGER,
    broken_reason     TEXT,
    broken_at         TEXT
);
CREATE INDEX announce_routes_guild ON announce_routes (guild_id);

-- The outbox becomes one row per (server, route, episode): route 0 is the default route, and
-- its rows (all those before this migration) keep their nonce, so nothing is sent again.
-- SQLite cannot change a UNIQUE constraint in place: the table is rebuilt.
CREATE TABLE announce_deliveries_v7 (
    id                INTEGER PRIMARY KEY,
    guild_id          INTEGER NOT NULL,
    route_id          INTEGER NOT NULL DEFAULT 0,
    episode_id        INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    feed_id           INTEGER NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'suppressed', 'failed')),
    nonce             TEXT NOT NULL,
    audio_url         TEXT,
    title_norm        TEXT NOT NULL DEFAULT '',
    channel_id        INTEGER,
    message_id        INTEGER,
    attempts          INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    sent_at           TEXT,
    error             TEXT,
    thread_wanted     INTEGER NOT NULL DEFAULT 0,
    thread_id         INTEGER,
    posting_at        TEXT,
    UNIQUE (guild_id, route_id, episode_id)
);
INSERT INTO announce_deliveries_v7 (id, guild_id, route_id, episode_id, feed_id, status, nonce,
    audio_url, title_norm, channel_id, message_id, attempts, created_at, sent_at, error,
    thread_wanted, thread_id, posting_at)
SELECT id, guild_id, 0, episode_id, feed_id, status, nonce, audio_url, title_norm, channel_id,
    message_id, attempts, created_at, sent_at, error, thread_wanted, thread_id, posting_at
FROM announce_deliveries;
DROP TABLE announce_deliveries;
ALTER TABLE announce_deliveries_v7 RENAME TO announce_deliveries;
CREATE INDEX announce_deliveries_status ON announce_deliveries (status, guild_id);
CREATE INDEX announce_deliveries_audio ON announce_deliveries (guild_id, route_id, audio_url);
CREATE INDEX announce_deliveries_title ON announce_deliveries (guild_id, route_id, feed_id, title_norm)
