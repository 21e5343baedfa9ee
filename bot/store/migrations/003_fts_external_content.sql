-- Version 3: the full-text index reads its text from the episodes table instead of keeping
-- a second copy of every title and show notes (a smaller file and a faster ingest).
-- The names of an episode's people and topics, as indexed, move onto the episode.
ALTER TABLE episodes ADD COLUMN people_names TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN topic_names TEXT NOT NULL DEFAULT '';
UPDATE episodes SET
    people_names = coalesce((SELECT people FROM episodes_fts WHERE rowid = episodes.id), ''),
    topic_names = coalesce((SELECT topics FROM episodes_fts WHERE rowid = episodes.id), '');

-- What the index holds for each episode (show notes, else the summary). Ingest deletes an
-- episode's index entry with these values before it changes the row.
CREATE VIEW episodes_fts_source AS
    SELECT id, title,
           CASE WHEN description <> '' THEN description ELSE summary END AS description,
           people_names AS people, topic_names AS topics
    FROM episodes;

DROP TABLE episodes_fts_vocab;
DROP TABLE episodes_fts;
CREATE VIRTUAL TABLE episodes_fts USING fts5 (
    title, description, people, topics,
    content = 'episodes_fts_source', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO episodes_fts (episodes_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE episodes_fts_vocab USING fts5vocab (episodes_fts, row);
