-- Version 2: new-episode announcements (bot/announce.py).

-- One subscription per server: where new episodes are announced and which role is pinged.
CREATE TABLE announce_subscriptions (
    guild_id          INTEGER PRIMARY KEY,
    channel_id        INTEGER NOT NULL,
    role_id           INTEGER,                       -- NULL = announce without a ping
    subscribed_at     TEXT NOT NULL,                 -- ISO 8601, UTC
    since_episode_id  INTEGER NOT NULL DEFAULT 0,    -- only episodes with a larger id are announced
    set_by            INTEGER,                       -- the user who ran /announce set
    broken_reason     TEXT,                          -- set when the channel is gone or forbidden
    broken_at         TEXT
);

-- A feed's episodes when announcements first see it (its first load) are old: only ids above
-- its baseline (the largest episode id it had then) are new.
CREATE TABLE announce_feeds (
    feed_id           INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    baseline_episode_id INTEGER NOT NULL,
    created_at        TEXT NOT NULL
);

-- The outbox: one row per (server, episode), written before the message is sent.
CREATE TABLE announce_deliveries (
    id                INTEGER PRIMARY KEY,
    guild_id          INTEGER NOT NULL,
    episode_id        INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    feed_id           INTEGER NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'suppressed', 'failed')),
    nonce             TEXT NOT NULL,                 -- derived from (guild, episode): Discord drops a resend
    audio_url         TEXT,                          -- the episode's enclosure and title when planned,
    title_norm        TEXT NOT NULL DEFAULT '',      -- to recognise it again under another GUID or date
    channel_id        INTEGER,
    message_id        INTEGER,
    attempts          INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    sent_at           TEXT,
    error             TEXT,                          -- why it was suppressed, or the last send error
    UNIQUE (guild_id, episode_id)
);
CREATE INDEX announce_deliveries_status ON announce_deliveries (status, guild_id);
CREATE INDEX announce_deliveries_audio ON announce_deliveries (guild_id, audio_url);
CREATE INDEX announce_deliveries_title ON announce_deliveries (guild_id, feed_id, title_norm)
