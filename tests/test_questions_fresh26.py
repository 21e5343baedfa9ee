"""The twenty-sixth fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits, and checks the novelty rule the twentieth set
brought in. These tests read the set and the feeds only; they never run the answerer (the
held-out set must not be looked at through the bot's answers).

The twenty-sixth set succeeds the twenty-fifth; its generator is checked against every
earlier set, ``questions_fresh23.jsonl``, ``questions_fresh24.jsonl`` and
``questions_fresh25.jsonl`` included, always.
"""

from __future__ import annotations

from fractions import Fraction

from tests.fresh_set_checks import FreshSetFacts, NoveltySetChecks


class TestFresh26(NoveltySetChecks):
    # The brief for this set is the twenty-fifth's: at least 15 of each kind, at least 95
    # near misses, at least 14 small-talk lines, Spanish and Portuguese questions, 110
    # unanswerable and 320 in all (the generator holds it to those; FreshSetChecks checks
    # its own floor of 14 a kind and 320 in all besides). A podcast may take 25% of the
    # answerable questions. The only episodes no earlier set expects are still the
    # Bombcast's (47 of them after the twenty-fifth set), so at most a quarter of the
    # answerable questions can be on new episodes, and the share that may expect only
    # earlier-set episodes is 3/4, as for the twentieth to twenty-fifth sets: so the
    # Bombcast questions, all on new episodes, are exactly a quarter of the answerable ones
    # (44 of 176; the 47 shows are just enough, three `podcast` questions expecting two
    # each, and none is left after this set). The rule of novelty holds as well: a question
    # that expects an episode an earlier set expects asks about it through other details
    # than every earlier question expecting that episode, the twenty-fifth set's among them.
    # Its content words (the stop words of fresh_sets.NOVELTY_STOP_WORDS dropped) share at
    # most one word with each such earlier question; the generator checks it after the
    # near-duplicate checks.
    # Under 25% the lopsided check needs 42 copies of a Lex question (13 of 176); 50 are
    # added.
    FACTS = FreshSetFacts(
        n=26,
        ordinal="twenty-sixth",
        # The four first sets and fresh1 to fresh25.
        earlier=29,
        min_none=95,
        min_chat=14,
        min_unanswerable=110,
        # How I Built This had Yvon Chouinard of Patagonia on: not a near miss.
        found_near_miss=("guy raz with yvon chouinard of patagonia", r"chouinard"),
        # Copied from questions_fresh25.jsonl, the set this one succeeds.
        copied="dead chat today lol",
        max_feed_share=0.25,
        max_reused_share=Fraction(3, 4),
        lopsided_copies=50,
    )
    # The loose question the novelty test replaces (on an earlier-set episode).
    REPLACED_LOOSE = "rust is an amazing"
