"""`kbgen search` and the browser's worker compute a rank with the same double arithmetic."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from kbgen.core.search import phrase_rank, rank

CLOSE = (11_351_107_295, 31, 2), (11_000_067_384, 32, 0)
"""Two documents past 2**53: 31 words matched and 2 through related words (95), and 32
matched (96). Exactly, the first is one ahead (9,732,155,617,050,625 against ...624); in
doubles, one multiplication at a time as the worker multiplies, they are equal."""
WORKER_STEPS = """
const cases = JSON.parse(process.argv[1]);
console.log(JSON.stringify(cases.map(([points, matched, related, extra]) => {
  var words = 3 * matched + related, value = points;  /* kb-search.js, rank() */
  for (var k = 0; k < 3; k++) value *= words;
  value *= extra;                                      /* hit.rank *= ... */
  return String(value);
})));
"""


def test_ranks_past_2_53_round_and_tie_as_in_the_browser() -> None:
    """Exact whole numbers would put the first document ahead in Python while the browser
    ties them and orders them by reference: the top 5 would differ."""
    (a, b) = (rank(*case) for case in CLOSE)
    assert a == b == 9_732_155_617_050_624
    assert sorted(["2", "1"], key=lambda ref: (-{"2": a, "1": b}[ref], ref)) == ["1", "2"]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_rank_is_the_workers_arithmetic_to_the_last_bit() -> None:
    cases = [(*CLOSE[0], 16), (*CLOSE[1], 16), (*CLOSE[0], 35 * 35), (987_654_321, 32, 0, 24),
             (2**53 - 1, 1, 0, 16), (123_456_789_012, 29, 3, 30), (77, 2, 1, 20)]
    shown = subprocess.run(["node", "-e", WORKER_STEPS, json.dumps(cases)], check=True,
                           capture_output=True, text=True).stdout
    browser = [float(value) for value in json.loads(shown)]
    assert [phrase_rank(rank(p, m, r), extra) for p, m, r, extra in cases] == browser
