"""A code block called output whose owner the text names (net61's hole on main): `Acme Corp's
firewall log:` over a block holding `10.20.30.40:59348 -> 9.9.9.9:443` gave no finding: the
word `log` made the block a command's output ("a private address a command printed"), and
only `customer`, `our` and the like were read as placing it, not the company's name. The
paragraph before the block (with `:` or not), its fence's title, its section's heading and
the sentence after it are now read for an owner other than the writer (a legal form, in
capitals or lower case, a possessive, `Globex HQ`, `from Globex`, `Acme (Berlin)`, a person,
and companies in Russian, Polish, Chinese and Japanese): 28 owners in 8 shapes (main lets 188
of the 224 through) and 12 more layouts. A block called output that names no owner is
accepted as before, and the seen help centres' articles that hold a private address in code
give the same findings as on main."""

from __future__ import annotations

import pytest

from tests.hostile.owned_output_cases import UNOWNED, layout_cases, owned_cases
from tests.hostile.review_cases import gate_verdict

OWNED = {**owned_cases(), **layout_cases()}


@pytest.fixture(scope="module")
def verdicts() -> dict[str, str]:
    """The gate's verdict on every case, judged once."""
    return {case: gate_verdict(text) for case, text in {**OWNED, **UNOWNED}.items()}


@pytest.mark.parametrize("case", OWNED)
def test_an_owned_block_called_output_is_caught(verdicts: dict[str, str], case: str) -> None:
    assert verdicts[case] == "caught", OWNED[case]


@pytest.mark.parametrize("case", UNOWNED)
def test_a_tools_own_output_stays_accepted(verdicts: dict[str, str], case: str) -> None:
    assert verdicts[case] == "through", UNOWNED[case]
