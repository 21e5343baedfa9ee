-- Version 6: start-up without a rebuild. The answer index is saved (a serialized
-- snapshot) with the generation of the rows it was built from; every write that changes
-- episodes, their people or topics (ingest's write of a feed) bumps the generation, so a
-- stale snapshot is never loaded. (Renumber at merge if another migration takes 006.)
CREATE TABLE index_generation (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    value           INTEGER NOT NULL
);
INSERT INTO index_generation (id, value) VALUES (1, 0);

-- The snapshot in parts (each small enough to write and read without a long pause).
CREATE TABLE index_snapshot (
    part            INTEGER PRIMARY KEY,           -- 0, 1, ... in order
    generation      INTEGER NOT NULL,              -- index_generation.value it was built at
    format          TEXT NOT NULL,                 -- the code that wrote it (a mismatch: rebuild)
    data            BLOB NOT NULL
);
