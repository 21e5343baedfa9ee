-- The chosen podcast:transcript's declared type and language (issue 14): the fetcher reads
-- a transcript by its type, and keeps its language with its paragraphs. Nothing in the code
-- depends on this file's number.
ALTER TABLE episodes ADD COLUMN transcript_type TEXT;
ALTER TABLE episodes ADD COLUMN transcript_language TEXT;

-- Which version of the episode (its content_hash) a fetch saw: a feed's edit after it asks
-- for the documents again (conditionally). Times in seconds (updated_at) cannot tell an
-- edit made in the same second as the fetch.
ALTER TABLE moment_fetches ADD COLUMN episode_digest TEXT;
