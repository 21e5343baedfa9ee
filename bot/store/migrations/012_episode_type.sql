-- An episode's itunes:episodeType when it is no full episode ("trailer" or "bonus"): "the
-- go time trailer" asks for the podcast's trailer. Full episodes (most) keep NULL. An
-- upgrade prepares every feed again (the pipeline's hash changes), which fills it in.
ALTER TABLE episodes ADD COLUMN episode_type TEXT;
CREATE INDEX episodes_type ON episodes (episode_type, feed_id) WHERE episode_type IS NOT NULL;
