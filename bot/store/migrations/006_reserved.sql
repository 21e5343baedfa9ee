-- Version 6: reserved for another branch's migration (this branch's own is 007). Delete this
-- file when that branch's 006 is merged; it changes nothing.
SELECT 1
