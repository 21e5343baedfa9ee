"""Imported by the fork server that starts ingest's worker processes (see ``bot.ingest``).

Workers fork from that server with the parsing code imported and the topic and people
data files already loaded, so a cold ingest starts preparing feeds at once.
"""

import contextlib

from bot.ingest import default_enricher

# A broken data file must not stop the fork server: each feed's prepare then reports it.
with contextlib.suppress(Exception):
    default_enricher()
