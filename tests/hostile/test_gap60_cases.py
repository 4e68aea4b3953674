"""Issue 19 (gap60): leak variants as a support agent pastes them into an article (a ticket
quoted, a config, a table of the customer's devices, a list, a code fence, HTML, a front matter
field), in English and twenty-one other languages: `gap60_cases.yml`. Each row records
what main (`4d0cef2c`) and this branch made of it (`caught`: an error; `warning`; `through`).

Every row this branch catches stays caught (a regression of any reader fails here); the rows
still through are the classes left (bench/RESULTS.md, gap60's section)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.review_cases import gate_verdict
from tests.yaml_tables import yaml_table

CASES = yaml_table(Path(__file__).parent / "gap60_cases.yml")


def test_the_set_is_as_described() -> None:
    assert len(CASES) >= 250
    assert {case["verdict_gap60"] for case in CASES} <= {"caught", "warning", "through"}
    assert sum(case["verdict_main"] != "caught" and case["verdict_gap60"] == "caught"
               for case in CASES) >= 100


CAUGHT = [case for case in CASES if case["verdict_gap60"] == "caught"]


@pytest.mark.parametrize("cls", sorted({case["cls"] for case in CAUGHT}))
def test_a_caught_variant_stays_caught(cls: str) -> None:
    # one test a class, not a test a row: pytest's reporting cost more than the scans
    verdicts = {f"{case['cls']}-{case['wrap']}: {case['text'][:60]}": gate_verdict(case["text"])
                for case in CAUGHT if case["cls"] == cls}
    assert {name: verdict for name, verdict in verdicts.items() if verdict != "caught"} == {}
