-- Version 4: unchanged costs nothing. A feed whose bytes hash to the stored value is not
-- parsed again; an item whose own content hashes to the stored value is not enriched again.
ALTER TABLE feeds ADD COLUMN content_hash TEXT;
ALTER TABLE episodes ADD COLUMN item_hash TEXT NOT NULL DEFAULT '';
