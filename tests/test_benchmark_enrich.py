"""The enrich benchmark's one-stage run, the process ``--instructions`` has valgrind count."""

from __future__ import annotations

import pytest

from benchmarks import enrich


@pytest.mark.parametrize("stage", ["none", *enrich.INSTRUCTION_STAGES])
def test_run_stage_runs_one_stage_and_prints_the_episodes(
    stage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    enrich.main(["--run-stage", stage, "--dataset", "synthetic", "--synthetic", "20"])
    assert capsys.readouterr().out.split() == ["20"]


def test_instruction_counts_are_read_from_valgrind() -> None:
    report = "==12== \n==12== I   refs:      2,485,280,169\n"
    refs = enrich._I_REFS.search(report)
    assert refs is not None and refs.group(1) == "2,485,280,169"
