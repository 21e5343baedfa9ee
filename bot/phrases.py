"""Many phrases, one regular expression: the phrase matcher shared by people and topics.

The people readers find their trigger phrases ("speaks with", "joined by"...) in show
notes, and the topic catalogue finds its aliases in normalised text, each with one regex
built here from the whole list. A flat alternation of hundreds of phrases is tried phrase
by phrase at every position of the text; shaped as a trie (shared prefixes merged:
"join(?:ed|s)?"), it fails after a character or two, which makes a scan several times
faster.

Nothing here imports discord.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_Trie = dict[str, "_Trie"]


def trie_pattern(phrases: Iterable[str], spellings: Mapping[str, str] | None = None) -> str:
    """One regex alternation matching any of ``phrases``, longest first, built as a trie.

    Characters are matched literally, except those in ``spellings``, which maps a character
    to the regex that stands for it (``{" ": r"\\s+"}`` lets a space of a phrase match any
    run of white space). The pattern has no group and no anchors: the caller adds the
    boundaries it needs.
    """
    root: _Trie = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(root, spellings or {})


def _node_pattern(node: _Trie, spellings: Mapping[str, str]) -> str:
    ends = "" in node
    branches: list[str] = []
    singles: list[str] = []  # characters that end a phrase here: one character class
    for ch in sorted(k for k in node if k):
        sub = _node_pattern(node[ch], spellings)
        spelt = spellings.get(ch)
        if spelt is not None:
            branches.append(spelt + sub)
        elif sub:
            branches.append(re.escape(ch) + sub)
        else:
            singles.append(re.escape(ch))
    if len(singles) == 1:
        branches.append(singles[0])
    elif singles:
        branches.append("[" + "".join(singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a phrase may stop here: the greedy "?" tries the longer phrases first
        body = f"(?:{body})?"
    return body
