-- Version 4: reserved for another branch's migration (this branch's own is 005). Delete this
-- file when that branch's 004 is merged; it changes nothing.
SELECT 1
