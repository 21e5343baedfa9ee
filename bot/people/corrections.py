"""Manual corrections to the people index, read from ``data/people.json``.

They are applied at ingest, after the ``podcast:person`` tags and the names read from the
text have been merged (see :mod:`bot.people.extract`): aliases, a feed's hosts, and people
added or dropped by hand. See :class:`Corrections` for the format.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.data_files import PEOPLE_NAME, bundled, people_file
from bot.people.extract import Mention, hosts_in_title
from bot.people.names import normalize_role
from bot.people.words import GUEST, HOST
from bot.text import collapse_spaces, fold, person_key

log = logging.getLogger("bot.people")  # the logger name from before the split

DEFAULT_CORRECTIONS = bundled(PEOPLE_NAME)


def _matches_feed(pattern: str, feed_title: str) -> bool:
    pattern = collapse_spaces(pattern)
    return pattern == "*" or fold(pattern) == fold(collapse_spaces(feed_title))


def _matches_episode(pattern: str | None, title: str, guid: str | None) -> bool:
    pattern = collapse_spaces(pattern or "")
    if pattern in ("", "*") or (guid and pattern == guid.strip()):
        return True
    return fold(pattern) in fold(collapse_spaces(title))


def _entries(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The well-formed entries of the "add" or "drop" list; the others are logged."""
    out = []
    for entry in data.get(kind) or []:
        if isinstance(entry, dict) and str(entry.get("name", "")).strip() and entry.get("feed"):
            out.append(dict(entry, name=collapse_spaces(str(entry["name"]))))
        else:
            log.warning("people corrections: %s entry ignored (no feed or name): %r", kind, entry)
    return out


@dataclass(slots=True)
class Corrections:
    """Hand-made fixes to the people index, read from ``data/people.json``.

    The format (every key optional; ``feed`` is a feed title, case and accents ignored, or
    ``"*"`` for every feed; ``episode`` is an item's GUID or a case- and
    accent-insensitive substring of its title, missing or ``"*"`` for every item)::

        {
          "_comment": "...",
          "feeds": {"Latin America Today": {"hosts": ["Adam Isacson"]}},
          "add": [{"feed": "...", "episode": "...", "name": "...", "role": "guest",
                   "note": "..."}],
          "drop": [{"feed": "...", "episode": "...", "name": "..."}],
          "aliases": {"Ruth Lopez": "Ruth López"}
        }

    ``aliases`` map other spellings (compared by :func:`person_key`) to the canonical name.
    """

    hosts: dict[str, list[str]] = field(default_factory=dict)  # feed title or "*" -> names
    add: list[dict[str, Any]] = field(default_factory=list)
    drop: list[dict[str, Any]] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # person key -> canonical name
    _hosts_cache: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Corrections:
        """Read a corrections file; without ``path``, ``PEOPLE_FILE`` or else the bundled
        ``data/people.json`` if it exists."""
        file = Path(path) if path is not None else people_file()
        if path is None and not file.exists():
            return cls()
        return cls.from_dict(json.loads(file.read_text(encoding="utf-8")))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Corrections:
        """Build corrections from the parsed JSON; ``ValueError`` when it is malformed."""
        if not isinstance(data, dict):
            raise ValueError("people corrections must be a JSON object")
        hosts: dict[str, list[str]] = {}
        for feed, conf in (data.get("feeds") or {}).items():
            listed = (conf or {}).get("hosts") or []
            if isinstance(listed, str):
                listed = [listed]
            hosts[feed] = [collapse_spaces(str(n)) for n in listed if str(n).strip()]
        add = _entries(data, "add")
        for entry in add:
            role = normalize_role(entry.get("role") or GUEST)
            if role is None:
                raise ValueError(f"people corrections: unknown role {entry.get('role')!r}")
            entry["role"] = role
        aliases = {
            person_key(str(k)): collapse_spaces(str(v))
            for k, v in (data.get("aliases") or {}).items()
            if str(k).strip() and str(v).strip()
        }
        return cls(hosts=hosts, add=add, drop=_entries(data, "drop"), aliases=aliases)

    def canonical(self, name: str) -> str:
        """The canonical spelling of ``name`` when an alias names it, else ``name``."""
        return self.aliases.get(person_key(name), name)

    def hosts_for(self, feed_title: str) -> list[str]:
        """A feed's hosts: those listed for it and for ``"*"``, then the one its title
        names ("How I Built This with Guy Raz"); canonical names, each once."""
        cached = self._hosts_cache.get(feed_title)
        if cached is None:
            names = [
                self.canonical(name)
                for feed, listed in self.hosts.items()
                if _matches_feed(feed, feed_title)
                for name in listed
            ]
            names += [self.canonical(n) for n in hosts_in_title(feed_title)]
            unique: dict[str, str] = {}
            for name in names:
                unique.setdefault(person_key(name), name)
            cached = self._hosts_cache[feed_title] = list(unique.values())
        return list(cached)

    def apply(
        self,
        feed_title: str,
        episode_title: str,
        episode_guid: str | None,
        mentions: Iterable[Mention],
    ) -> list[Mention]:
        """One episode's people with the corrections applied.

        Aliases are resolved to canonical names (merging duplicates), the feed's hosts get
        the role "host", then "drop" entries remove people and "add" entries add them (or
        set the role and note of one already there).
        """
        host_keys = {person_key(h) for h in self.hosts_for(feed_title)}
        out: list[Mention] = []
        by_key: dict[str, Mention] = {}
        for mention in mentions:
            name = self.canonical(mention.name)
            key = person_key(name)
            if not key:
                continue
            if key in by_key:
                if by_key[key].note is None and mention.note:
                    by_key[key].note = mention.note
                continue
            role = HOST if key in host_keys else mention.role
            copy = Mention(name, role, mention.note, mention.href, mention.img, mention.source)
            by_key[key] = copy
            out.append(copy)
        for entry in self.drop:
            if _matches_feed(entry["feed"], feed_title) and _matches_episode(
                entry.get("episode"), episode_title, episode_guid
            ):
                dropped = by_key.pop(person_key(self.canonical(entry["name"])), None)
                if dropped is not None:
                    out.remove(dropped)
        for entry in self.add:
            if not (
                _matches_feed(entry["feed"], feed_title)
                and _matches_episode(entry.get("episode"), episode_title, episode_guid)
            ):
                continue
            name = self.canonical(entry["name"])
            key = person_key(name)
            existing = by_key.get(key)
            if existing is not None:
                existing.role = entry["role"]
                existing.note = entry.get("note") or existing.note
                existing.source = "manual"
                continue
            mention = Mention(name, entry["role"], entry.get("note") or None, source="manual")
            by_key[key] = mention
            out.append(mention)
        return out
