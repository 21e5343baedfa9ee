-- Community features (issue 13): threads and forum posts per announcement.

-- thread = 1: open a public thread on each announcement (text and announcement channels;
-- a forum channel always makes a post, which is a thread).
ALTER TABLE announce_subscriptions ADD COLUMN thread INTEGER NOT NULL DEFAULT 0;

-- thread_wanted: a thread is still to be opened on the sent message (or was opened);
-- thread_id: the thread (a forum post's id is its thread's);
-- posting_at: set before a forum post is attempted, so that after a crash the post is
-- looked for before a second one is made (forum posts take no nonce).
ALTER TABLE announce_deliveries ADD COLUMN thread_wanted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE announce_deliveries ADD COLUMN thread_id INTEGER;
ALTER TABLE announce_deliveries ADD COLUMN posting_at TEXT
