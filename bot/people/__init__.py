"""Who is in an episode: hosts and guests, from ``podcast:person`` tags or from the text.

Feeds that publish ``podcast:person`` tags say who took part, and the tags win. For the
rest, :func:`extract_people` reads the title and the show notes and keeps the names that a
phrase introduces ("X speaks with Y", "joined by Y", "#381 – Y: …", a "Featuring:" roster).
Manual corrections (``data/people.json``, :class:`Corrections`) are applied at ingest, after
the tags and the names from the text have been merged.

The package is split by job; import from ``bot.people`` itself:

* :mod:`bot.people.names` - name rules: the name pattern, :func:`clean_name`, roles;
* :mod:`bot.people.words` - the vocabulary: honorifics, stop words, trigger phrases;
* :mod:`bot.people.extract` - the readers: :func:`extract_people`, :func:`merge_mentions`,
  :func:`hosts_in_title`, :class:`Mention`;
* :mod:`bot.people.corrections` - :class:`Corrections`.

:func:`person_key` lives in :mod:`bot.text`, beside ``fold``. Nothing here imports discord.
"""

from __future__ import annotations

from bot.people.corrections import DEFAULT_CORRECTIONS, Corrections
from bot.people.extract import (
    MAX_NOTE_CHARS,
    MAX_TEXT_CHARS,
    Mention,
    PersonLike,
    extract_people,
    hosts_in_title,
    merge_mentions,
)
from bot.people.names import clean_name, normalize_role
from bot.people.words import GUEST, HONORIFICS, HOST, ROLE_MAP, STOP_WORDS
from bot.text import person_key

__all__ = [
    "DEFAULT_CORRECTIONS",
    "GUEST",
    "HONORIFICS",
    "HOST",
    "MAX_NOTE_CHARS",
    "MAX_TEXT_CHARS",
    "ROLE_MAP",
    "STOP_WORDS",
    "Corrections",
    "Mention",
    "PersonLike",
    "clean_name",
    "extract_people",
    "hosts_in_title",
    "merge_mentions",
    "normalize_role",
    "person_key",
]
