-- Failure alerts (issue 13, deliverable 4): where a server wants them, and its incidents.

CREATE TABLE alert_channels (
    guild_id          INTEGER PRIMARY KEY,
    channel_id        INTEGER NOT NULL,
    set_by            INTEGER,
    set_at            TEXT NOT NULL
);

-- One row per open incident of a server: key 'feed:<feeds.id>' or 'route:<route id>'.
-- state: 'watching' (seen, not alerted yet: a feed under the threshold), 'alerting' (the
-- alert is being sent: after a crash it is sent again with the same nonce), 'alerted',
-- 'recovering' (the recovered message is being sent). The row goes once that is sent.
CREATE TABLE alert_incidents (
    guild_id          INTEGER NOT NULL,
    key               TEXT NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('watching', 'alerting', 'alerted', 'recovering')),
    started_at        TEXT NOT NULL,
    detail            TEXT NOT NULL DEFAULT '',
    nonce             TEXT NOT NULL,
    alert_message_id  INTEGER,
    PRIMARY KEY (guild_id, key)
)
