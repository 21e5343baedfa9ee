-- Version 1: feeds, episodes, people, topics, full-text index, bot state.
CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL UNIQUE,          -- the URL or file path it was loaded from
    title           TEXT NOT NULL DEFAULT '',
    link            TEXT,
    description     TEXT NOT NULL DEFAULT '',
    image           TEXT,
    language        TEXT,
    author          TEXT,
    etag            TEXT,
    last_modified   TEXT,
    last_fetch_at   TEXT,                          -- ISO 8601, UTC
    last_status     TEXT,                          -- 'ok', 'not_modified' or 'error'
    last_error      TEXT,
    failures        INTEGER NOT NULL DEFAULT 0,    -- consecutive failed fetches (for backoff)
    next_check_at   TEXT,                          -- ISO 8601, UTC; NULL = as soon as possible
    last_new_at     TEXT,                          -- when an episode was last added
    created_at      TEXT NOT NULL
);

CREATE TABLE episodes (
    id              INTEGER PRIMARY KEY,
    feed_id         INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key             TEXT NOT NULL,                 -- identity: guid, else enclosure URL, else title+date
    guid            TEXT,
    title           TEXT NOT NULL,
    title_norm      TEXT NOT NULL,                 -- folded, punctuation-free title
    published       TEXT,                          -- ISO 8601 or NULL when the feed gives none
    sort_ts         REAL NOT NULL,                 -- orders "latest": the date, else derived from position
    summary         TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',      -- clean text
    link            TEXT,
    audio_url       TEXT,
    duration        INTEGER,                       -- seconds
    image           TEXT,
    season          INTEGER,
    number          INTEGER,
    language        TEXT,
    position        INTEGER NOT NULL,              -- 0 = first item in the feed
    transcript_url  TEXT,
    chapters_url    TEXT,
    keywords        TEXT NOT NULL DEFAULT '',      -- comma separated, as published
    content_hash    TEXT NOT NULL,
    first_seen_at   TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (feed_id, key)
);
CREATE INDEX episodes_sort ON episodes (sort_ts DESC, position);
CREATE INDEX episodes_audio ON episodes (audio_url);
CREATE INDEX episodes_title_norm ON episodes (title_norm);

CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    name_key        TEXT NOT NULL UNIQUE,          -- folded name: "Ruth López" = "ruth lopez"
    note            TEXT,                          -- affiliation, e.g. "a political scientist at Stanford"
    href            TEXT,
    img             TEXT
);

CREATE TABLE episode_people (
    episode_id      INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('host', 'guest')),
    source          TEXT NOT NULL DEFAULT 'tag',   -- 'tag', 'text' or 'manual'
    note            TEXT,
    href            TEXT,
    img             TEXT,
    PRIMARY KEY (episode_id, person_id, role)
);
CREATE INDEX episode_people_person ON episode_people (person_id);

CREATE TABLE episode_topics (
    episode_id      INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    topic           TEXT NOT NULL,                 -- canonical topic name
    source          TEXT NOT NULL DEFAULT 'text',  -- 'text', 'keyword' or 'category'
    weight          REAL NOT NULL DEFAULT 1,       -- 10 per title mention + 1 per mention
    PRIMARY KEY (episode_id, topic)
);
CREATE INDEX episode_topics_topic ON episode_topics (topic);

-- Full text over title, description, people and topics; rowid = episodes.id.
CREATE VIRTUAL TABLE episodes_fts USING fts5 (
    title, description, people, topics,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Small key/value state (e.g. the hash of the synced command payload).
CREATE TABLE meta (
    key             TEXT PRIMARY KEY,
    value           TEXT NOT NULL
);

-- Term statistics of the full-text index (document frequency per term), for weighting.
CREATE VIRTUAL TABLE episodes_fts_vocab USING fts5vocab (episodes_fts, row);
