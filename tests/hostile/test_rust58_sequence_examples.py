"""Passwords dressed as a marked example spelt as the first runs stay found (rust58's attack on
kbgen/core/privacy/sequence_examples.py; the same texts are rows `rust58-sequence-…` of
bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

LINES = [
    ("digits out of order", "e.g. `default-connect-password=abcd1243`"),
    ("letters out of order", "e.g. `default-connect-password=abce1234`"),
    ("a capital letter", "e.g. `default-connect-password=Abcd1234`"),
    ("a letter after the runs", "e.g. `default-connect-password=abcd1234x`"),
    ("a symbol after the runs", "e.g. `default-connect-password=abcd1234!`"),
    ("a run not from a", "e.g. `default-connect-password=bcde1234`"),
    ("digits not from 1", "e.g. `default-connect-password=abcd2345`"),
    ("a random password", "e.g. `default-connect-password=Hx7pQ2vL9`"),
    ("a word and digits", "e.g. `default-connect-password=summer2024`"),
    ("our relay's run", "e.g. our relay's `default-connect-password=abcd1234`"),
    ("a customer's run", "Dangote Ltd's relay, e.g. `default-connect-password=abcd1234`"),
    ("a production run", "e.g. `default-connect-password=abcd1234` on the production relay"),
    ("no marker", "`default-connect-password=abcd1234`"),
    ("a marker far before", "e.g. set the option as we did: `default-connect-password=abcd1234`"),
    ("a run in prose", "e.g. the password abcd1234 opens the relay"),
    ("a random password after the marker", "z.B. `default-connect-password=Kq8vTz2mWx`"),
    ("a run then a random password", "e.g. `default-connect-password=abcd1234Kq8vTz2m`"),
    ("two runs", "e.g. `default-connect-password=abcd1234abcd`"),
    ("a run with a dash", "e.g. `default-connect-password=abcd-1234`"),
    ("a long random tail", "例如 `default-connect-password=abc123Tr0ub4dor`"),
    ("a run given to a person's login", "e.g. `password=abcd1234` for chidi.okonkwo"),
    ("a live system's run", "e.g. the live server uses `default-connect-password=abcd1234`"),
    ("a run without the code span", "e.g. default-connect-password=abcd1234"),
]
DRESSED = [(case, text + "\n") for case, text in LINES]


@pytest.mark.parametrize(("case", "text"), DRESSED, ids=[case for case, _ in DRESSED])
def test_a_password_dressed_as_a_marked_run_is_found(case: str, text: str) -> None:
    assert [f for f in scan(text) if f.kind == "password or secret" and not f.advisory], case
