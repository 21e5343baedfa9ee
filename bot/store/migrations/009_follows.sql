-- Follows (issue 13, deliverable 3): members opt in to a DM about new episodes of a guest,
-- a topic or a podcast. Nothing about a member is kept but these rows: /follow clear
-- deletes all three tables' rows of that member.

-- kind: 'guest' (value: a person's people.name_key), 'topic' (a canonical topic name) or
-- 'podcast' (value: a feeds.id, as text). A follow starts after the newest episode stored
-- when it was made: older episodes are never sent.
CREATE TABLE follows (
    user_id           INTEGER NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('guest', 'topic', 'podcast')),
    value             TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    since_episode_id  INTEGER NOT NULL DEFAULT 0,
    lang              TEXT NOT NULL DEFAULT 'en',    -- the language the DMs are written in
    PRIMARY KEY (user_id, kind, value)
);
CREATE INDEX follows_kind ON follows (kind, value);

-- A member whose DMs are closed (Discord error 50007): their follows are paused, not
-- retried, until they follow again or run /follow resume.
CREATE TABLE follow_pauses (
    user_id           INTEGER PRIMARY KEY,
    reason            TEXT NOT NULL,
    paused_at         TEXT NOT NULL
);

-- The DM outbox: one row per (member, episode), written before the DM is sent, whatever
-- the number of the member's follows the episode matches.
CREATE TABLE follow_deliveries (
    id                INTEGER PRIMARY KEY,
    user_id           INTEGER NOT NULL,
    episode_id        INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    status            TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'suppressed', 'failed')),
    nonce             TEXT NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    sent_at           TEXT,
    channel_id        INTEGER,
    message_id        INTEGER,
    error             TEXT,
    UNIQUE (user_id, episode_id)
);
CREATE INDEX follow_deliveries_status ON follow_deliveries (status, id)
