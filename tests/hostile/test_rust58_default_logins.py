"""Passwords dressed as a product's stated factory login stay found (rust58's attack on
kbgen/core/privacy/default_logins.py; the same texts are rows `rust58-login-…` of
bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

STATE = "The default administrator username/password is `admin`/`test1234`.\n\n"
CANDIDATES = [
    ("the reader's own default",
     "Your default admin password is `test1234`, log in as `admin`.\n"),
    ("a default we set",
     "We set the default admin password to `test1234`.\n"),
    ("a random default",
     "The default administrator username/password is "
     "`admin`/`Hx7pQ2vL`.\n"),
    ("a year's default",
     "The default administrator username/password is "
     "`admin`/`summer2024`.\n"),
    ("a strong default",
     "The default administrator username/password is "
     "`admin`/`Tr0ub4dor3x`.\n"),
    ("our server's default",
     "The default admin password of our RustDesk server is `test1234`.\n"),
    ("a customer's default",
     "Customer Dangote Ltd: the default admin password is `test1234`.\n"),
    ("a ticket's default",
     "Ticket #4821 from Acme GmbH:\n\nThe default admin password is "
     "`test1234`.\n"),
    ("a default under a customer heading",
     "## Dangote Ltd's server\n\nThe default admin password is "
     "`test1234`.\n"),
    ("a repeat on a person's line",
     STATE + "Chidi's account: log in with `admin` and password `test1234`.\n"),
    ("a repeat told as a change",
     STATE + "The admin password was changed to `test1234` yesterday.\n"),
    ("a repeat told as now",
     STATE + "The admin password is now `test1234`.\n"),
    ("a repeat for our server",
     STATE + "Log in to our server with `admin` and password `test1234`.\n"),
    ("a repeat in production",
     STATE + "Log in to the production console with `admin` and password "
     "`test1234`.\n"),
    ("another value than the stated",
     STATE + "Log in with the username `admin` and password `hello1234`.\n"),
    ("a stated value with a symbol",
     "The default administrator username/password is "
     "`admin`/`test1234!`.\n"),
    ("a capitalised default",
     "The default administrator username/password is "
     "`admin`/`Test1234`.\n"),
    ("a default for a named person",
     "The default administrator username/password is "
     "`chidi.okonkwo`/`test1234`.\n"),
    ("a default with the login after the value",
     "The default password is `test1234` for Chidi Okonkwo.\n"),
    ("a default given to the reader's account",
     "Your account's default administrator username/password is "
     "`admin`/`test1234`.\n"),
    ("a default reset",
     "We reset the default administrator password to `test1234`.\n"),
    ("a default with random digits",
     "The default administrator username/password is "
     "`admin`/`test8461`.\n"),
    ("a repeat naming a host",
     STATE + "Log in to relay.dangote.ng with the username `admin` and password "
     "`test1234`.\n"),
    ("a repeat naming an address",
     STATE + "Log in at `https://10.20.0.5:21114` with the username `admin` and "
     "password `test1234`.\n"),
]
DRESSED = CANDIDATES


@pytest.mark.parametrize(("case", "text"), DRESSED, ids=[case for case, _ in DRESSED])
def test_a_password_dressed_as_a_factory_login_is_found(case: str, text: str) -> None:
    assert [f for f in scan(text) if f.kind == "password or secret" and not f.advisory], case
