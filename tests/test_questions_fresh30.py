"""The thirtieth fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits, and checks the novelty rule the twentieth set
brought in. These tests read the set and the feeds only; they never run the answerer (the
held-out set must not be looked at through the bot's answers).

The thirtieth set succeeds the twenty-ninth; its generator is checked against every
earlier set, ``questions_fresh27.jsonl``, ``questions_fresh28.jsonl`` and
``questions_fresh29.jsonl`` included, always.
"""

from __future__ import annotations

from fractions import Fraction

from tests.fresh_set_checks import FreshSetFacts, WholeReuseSetChecks


class TestFresh30(WholeReuseSetChecks):
    # The brief for this set is the twenty-ninth's: at least 15 of each kind, at least 95
    # near misses, at least 14 small-talk lines, Spanish and Portuguese questions, 110
    # unanswerable and 320 in all (the generator holds it to those; FreshSetChecks checks
    # its own floor of 14 a kind and 320 in all besides). A podcast may take 25% of the
    # answerable questions. As for the twenty-ninth set, no episode of any feed is left
    # that no earlier set expects, so every answerable question here expects only
    # earlier-set episodes, and the share that may do so is 1. What keeps the set new is the
    # rule of novelty alone: a question that expects an episode an earlier set expects asks
    # about it through other details than every earlier question expecting that episode,
    # the twenty-ninth set's among them. Its content words (the stop words of
    # fresh_sets.NOVELTY_STOP_WORDS dropped) share at most one word with each such earlier
    # question; the generator checks it after the near-duplicate checks, for every
    # answerable question of this set.
    # Under 25% the lopsided check needs 34 copies of a Lex question (17 of 169); 50 are
    # added.
    FACTS = FreshSetFacts(
        n=30,
        ordinal="thirtieth",
        # The four first sets and fresh1 to fresh29.
        earlier=33,
        min_none=95,
        min_chat=14,
        min_unanswerable=110,
        # How I Built This had the founders of Ooni Pizza Ovens on: not a near miss.
        found_near_miss=("hibt with the ooni pizza oven founders", r"ooni"),
        # Copied from questions_fresh29.jsonl, the set this one succeeds.
        copied="made banana bread today",
        max_feed_share=0.25,
        max_reused_share=Fraction(1, 1),
        lopsided_copies=50,
    )
    # The loose question the novelty test replaces (on an earlier-set episode, as every
    # answerable question of this set is).
    REPLACED_LOOSE = "resell your games"
