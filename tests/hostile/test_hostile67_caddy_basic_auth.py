"""Hostile round 24 (issue 19): a plain password in a Caddyfile's basic authentication (a
`basic_auth`/`basicauth` block's `user password` line, Caddy 1's one-line `basicauth [path]
user password`), which main published; read in kbgen/core/privacy/caddy_basic_auth.py. The
leaks are also rows `hostile67: Caddy …` of bench/gatecorpus/hostile.yml. All texts are
scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PASSWORD, scan

F = "```"
SECRETS = (PASSWORD, "API key or token")

REFUSE: dict[str, str] = {
    "block plain": F + "\nbasic_auth {\n\tadmin Hunter2Summer\n}\n" + F,
    "caddyfile site": (F + "caddy\nexample.com {\n  basicauth /admin/* {\n    mary Sommer2024Haus"
                       "\n  }\n  reverse_proxy localhost:8080\n}\n" + F),
    "two accounts": (F + "\nbasic_auth /files/* {\n\tbob $2a$14$Zkx19XLiW6VYouLHR5NmfOFU0z2GTNmp"
                     "kT/5qqR7hx4IjWJPDhjvG\n\talice Kq8vTz2mWx9p\n}\n" + F),
    "realm": F + '\nbasic_auth bcrypt "Family photos" {\n  oma Geheim!2024\n}\n' + F,
    "comment after": F + "\nbasicauth {\n  admin Tr0ub4dor3x # the shop's\n}\n" + F,
    "caddy 1 path": "basicauth /admin mary Sommer2024Haus",
    "caddy 1 site": "Mon Caddyfile :\n\n    basicauth jean Motdepasse2024",
    "caddy 1 in prose fence": F + "\nexample.org\nbasicauth /secret bob S3cretPass!\n" + F,
    "quoted ticket": "> basic_auth {\n>   admin Hunter2Summer\n> }",
    "indented code": "    basic_auth {\n        admin Hunter2Summer\n    }",
    "german ticket": ("Kunde schreibt, seine Caddyfile enthält:\n\n" + F + "\nbasic_auth {\n"
                      "  kunde Sonnenblume2024\n}\n" + F),
    "spanish": F + "\nbasic_auth /panel/* {\n  admin Contraseña2024\n}\n" + F,
    "finnish": F + "\nbasic_auth {\n  mikko Kissa2024koira\n}\n" + F,
    "words and digits": F + "\nbasic_auth {\n  admin Gartenzwerg77\n}\n" + F,
    "symbol password": F + "\nbasicauth {\n  root p@ss#w0rd!x\n}\n" + F,
    "html pre": "<pre>basic_auth {\n  admin Hunter2Summer\n}</pre>",
    "matcher": F + "\nbasic_auth @protected {\n  guest WelcomeHome7\n}\n" + F,
    "caddy 1 upper": "BASICAUTH /admin mary Sommer2024Haus",
    "json adapter": F + "\nbasicauth /api {\n  api-user N8vQ2kLm4pX7\n}\n" + F,
    "windows newline": "basic_auth {\r\n  admin Hunter2Summer\r\n}",
}
"""Leaks: a finding of a password or secret."""

PUBLISH: dict[str, str] = {
    "hash placeholder": F + "\nbasic_auth {\n  Bob <hashed_password_here>\n}\n" + F,
    "env reference": F + "\nbasic_auth {\n  admin {env.ADMIN_PASSWORD_HASH}\n}\n" + F,
    "placeholder": F + "\nbasic_auth {\n  <username> <hashed_password>\n}\n" + F,
    "caps placeholder": F + "\nbasic_auth {\n  USER HASHED_PASSWORD\n}\n" + F,
    "docs syntax": "basic_auth [<matcher>] [<hash_algorithm> [<realm>]] {",
    "caddy 1 doc": "basicauth [path] username password",
    "stand-in password": F + "\nbasic_auth {\n  admin password\n}\n" + F,
    "changeme": "basicauth /admin admin changeme",
    "caddy variable": F + "\nbasic_auth {\n  {$BASIC_USER} {$BASIC_HASH}\n}\n" + F,
    "other directive": F + "\nreverse_proxy {\n  to localhost:8080\n  lb_policy first\n}\n" + F,
    "prose": "The basicauth directive takes a user and a hash; see the docs.",
    "after block": F + "\nbasic_auth {\n  admin {env.HASH}\n}\nheader X-Frame-Options DENY\n" + F,
}
"""Stand-ins, the directive's documentation, other blocks: no password."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_plain_password_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert kinds[name] & set(SECRETS)


@pytest.mark.parametrize("name", PUBLISH)
def test_no_plain_password_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert not kinds[name] & set(SECRETS)
