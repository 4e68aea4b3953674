"""A setting's example spelt as the alphabet's and the digits' first runs, marked as an example,
passes the gate (kbgen/core/privacy/sequence_examples.py). Lines from RustDesk's option
reference, where main found `default-connect-password=abcd1234` in 12 languages."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

SECTION = ("### default-connect-password\n\nThe connection password the controlling side "
           "uses.\n\n")
"""The option's own reference section, as RustDesk writes it."""

MARKED = [
    "e.g. `default-connect-password=abcd1234`\n",
    "z.B. `default-connect-password=abcd1234`\n",
    "par ex. `default-connect-password=abcd1234`\n",
    "例如 `default-connect-password=abcd1234`\n",
    "예: `default-connect-password=abcd1234`\n",
    "np. `default-connect-password=abcd1234`\n",
]


@pytest.mark.parametrize("text", MARKED)
def test_a_marked_run_is_no_password(text: str) -> None:
    assert [f for f in scan(SECTION + text) if not f.advisory] == []
