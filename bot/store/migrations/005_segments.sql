-- Segments: the stretches of an episode that answers point to (issue 14). Nothing in the
-- code depends on this file's number.

-- kind: 'notes' (a timestamp line in the show notes), 'chapter' (a podcast:chapters file),
-- 'paragraph' (transcript cues grouped into a paragraph). Times are seconds.
CREATE TABLE segments (
    id              INTEGER PRIMARY KEY,
    episode_id      INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('notes', 'chapter', 'paragraph')),
    start_sec       REAL NOT NULL,
    end_sec         REAL,
    title           TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL DEFAULT '',
    url             TEXT,                          -- a chapter's own link
    language        TEXT                           -- a transcript's language
);
CREATE INDEX segments_episode ON segments (episode_id, kind, start_sec);

-- Full text over titles and text; external content, so the text is stored once. Writers
-- delete an entry with the text it indexed before deleting the row (bot/store/segments.py).
CREATE VIRTUAL TABLE segments_fts USING fts5 (
    title, text,
    content = 'segments', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Fetching an episode's chapters file or transcript: what was fetched, and how it went.
CREATE TABLE moment_fetches (
    episode_id      INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('chapters', 'transcript')),
    url             TEXT NOT NULL,                 -- the URL this row is about
    etag            TEXT,
    last_modified   TEXT,
    checked_at      TEXT NOT NULL,                 -- ISO 8601, UTC
    status          TEXT NOT NULL CHECK (status IN ('ok', 'not_modified', 'error')),
    error           TEXT,                          -- one line, redacted
    failures        INTEGER NOT NULL DEFAULT 0,    -- consecutive failures (for backoff)
    next_try_at     TEXT,                          -- after an error: not before this
    segments        INTEGER NOT NULL DEFAULT 0,    -- how many segments the last success gave
    PRIMARY KEY (episode_id, kind)
)
