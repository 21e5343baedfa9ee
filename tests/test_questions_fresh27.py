"""The twenty-seventh fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits, and checks the novelty rule the twentieth set
brought in. These tests read the set and the feeds only; they never run the answerer (the
held-out set must not be looked at through the bot's answers).

The twenty-seventh set succeeds the twenty-sixth; its generator is checked against every
earlier set, ``questions_fresh24.jsonl``, ``questions_fresh25.jsonl`` and
``questions_fresh26.jsonl`` included, always.
"""

from __future__ import annotations

from fractions import Fraction

from tests.fresh_set_checks import FreshSetFacts, WholeReuseSetChecks


class TestFresh27(WholeReuseSetChecks):
    # The brief for this set is the twenty-sixth's: at least 15 of each kind, at least 95
    # near misses, at least 14 small-talk lines, Spanish and Portuguese questions, 110
    # unanswerable and 320 in all (the generator holds it to those; FreshSetChecks checks
    # its own floor of 14 a kind and 320 in all besides). A podcast may take 25% of the
    # answerable questions. After the twenty-sixth set no episode of any feed is left that
    # no earlier set expects (it took the last 47 Bombcast shows), so every answerable
    # question here expects only earlier-set episodes, and the share that may do so is 1:
    # no lower share leaves room for an answerable question. What keeps the set new is the
    # rule of novelty alone: a question that expects an episode an earlier set expects asks
    # about it through other details than every earlier question expecting that episode,
    # the twenty-sixth set's among them. Its content words (the stop words of
    # fresh_sets.NOVELTY_STOP_WORDS dropped) share at most one word with each such earlier
    # question; the generator checks it after the near-duplicate checks, for every
    # answerable question of this set.
    # Under 25% the lopsided check needs 37 copies of a Lex question (14 of 166); 50 are
    # added.
    FACTS = FreshSetFacts(
        n=27,
        ordinal="twenty-seventh",
        # The four first sets and fresh1 to fresh26.
        earlier=30,
        min_none=95,
        min_chat=14,
        min_unanswerable=110,
        # How I Built This had Luis von Ahn of Duolingo on: not a near miss.
        found_near_miss=("how i built this with luis von ahn of duolingo", r"duolingo"),
        # Copied from questions_fresh26.jsonl, the set this one succeeds.
        copied="train wifi is garbage",
        max_feed_share=0.25,
        max_reused_share=Fraction(1, 1),
        lopsided_copies=50,
    )
    # The loose question the novelty test replaces (on an earlier-set episode, as every
    # answerable question of this set is).
    REPLACED_LOOSE = "rod senra"
