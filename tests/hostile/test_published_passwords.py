"""xkcd 936's passphrase, `correct horse battery staple`, is published as the example of one
(Pi-hole's Docker guides set it as the web password): accepted as written, alone. Anything
added to it, changed in it or written after it stays a finding
(kbgen.core.published_passwords)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PASSWORD, scan

ACCEPTED = [
    "FTLCONF_webserver_api_password: 'correct horse battery staple'",
    'docker run -e TZ=Europe/London -e FTLCONF_webserver_api_password="correct horse battery'
    ' staple" pihole/pihole',
    "export ADMIN_PASSWORD=correct horse battery staple",
    "password: correct-horse-battery-staple",
]

FOUND = [
    ("a digit added", "password: 'correct horse battery staple9'"),
    ("a word of its own", "password: correct_horse_battery_password9"),
    ("more after it", "password: 'correct horse battery staple Xk29!'"),
    ("a letter added", "password: 'correct horse battery stapled7'"),
    ("a word changed", "password: 'correct horse battery stable'"),
    ("separators mixed", "password: 'correct-horse_battery staple'"),
    ("another password after it",
     "ADMIN_PASSWORD=correct horse battery staple; DB_PASSWORD=Kq91x7Zr!"),
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_xkcd_passphrase_is_no_secret(text: str) -> None:
    assert not [f for f in scan(text) if f.kind == PASSWORD]


@pytest.mark.parametrize(("case", "text"), FOUND, ids=[case for case, _ in FOUND])
def test_changed_passphrase_is_found(case: str, text: str) -> None:
    assert any(f.kind == PASSWORD and not f.advisory for f in scan(text)), case
