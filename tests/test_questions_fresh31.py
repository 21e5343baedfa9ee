"""The thirty-first fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits, and checks the novelty rule the twentieth set
brought in. These tests read the set and the feeds only; they never run the answerer (the
held-out set must not be looked at through the bot's answers).

The thirty-first set succeeds the thirtieth; its generator is checked against every
earlier set, ``questions_fresh28.jsonl``, ``questions_fresh29.jsonl`` and
``questions_fresh30.jsonl`` included, always.
"""

from __future__ import annotations

from fractions import Fraction

from tests.fresh_set_checks import FreshSetFacts, WholeReuseSetChecks


class TestFresh31(WholeReuseSetChecks):
    # The brief for this set is the thirtieth's: at least 15 of each kind, at least 95
    # near misses, at least 14 small-talk lines, Spanish and Portuguese questions, 110
    # unanswerable and 320 in all (the generator holds it to those; FreshSetChecks checks
    # its own floor of 14 a kind and 320 in all besides). A podcast may take 25% of the
    # answerable questions. As for the thirtieth set, no episode of any feed is left that
    # no earlier set expects, so every answerable question here expects only earlier-set
    # episodes, and the share that may do so is 1. What keeps the set new is the rule of
    # novelty alone: a question that expects an episode an earlier set expects asks about
    # it through other details than every earlier question expecting that episode, the
    # thirtieth set's among them. Its content words (the stop words of
    # fresh_sets.NOVELTY_STOP_WORDS dropped) share at most one word with each such earlier
    # question; the generator checks it after the near-duplicate checks, for every
    # answerable question of this set.
    # Under 25% the lopsided check needs 31 copies of a Lex question (19 of 168); 50 are
    # added.
    FACTS = FreshSetFacts(
        n=31,
        ordinal="thirty-first",
        # The four first sets and fresh1 to fresh30.
        earlier=34,
        min_none=95,
        min_chat=14,
        min_unanswerable=110,
        # How I Built This had the founders of Bombas on: not a near miss.
        found_near_miss=("hibt with the bombas sock founders", r"bombas"),
        # Copied from questions_fresh30.jsonl, the set this one succeeds.
        copied="finally assembled that ikea shelf",
        max_feed_share=0.25,
        max_reused_share=Fraction(1, 1),
        lopsided_copies=50,
    )
    # The loose question the novelty test replaces (on an earlier-set episode, as every
    # answerable question of this set is).
    REPLACED_LOOSE = "mordhau"
