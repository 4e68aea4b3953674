"""A URL's userinfo (`mongodb://admin:password@host`) is no e-mail address: its placeholder
password passes, a real one is a password in a URL, percent-encoded or not.

The clean lines are shaped as Fly.io Docs write connection strings (bench/gatecorpus/fly.json.gz).
"""

from __future__ import annotations

import pytest

from kbgen.core.privacy import EMAIL, URL_PASSWORD, scan

CLEAN = [
    "fly secrets set MONGO_URL=mongodb://admin:password@hello-mongo.example:27017/meteor",
    "REDIS_URL=redis://default:REDACTED@NAME-redis.upstash.io",
    '"LOGJAM_URL": "https://user:password@test.logjam.io"',
    "Private URL     = redis://password@fly-late-waterfall-1133.upstash.io",
]

# (line, kind expected)
FOUND = [
    ("postgres://admin:Tr0ub4dor3x9@db.acme.io/app", URL_PASSWORD),
    ("postgres://admin:Tr0ub%40dor3x9@db.acme.io/app", URL_PASSWORD),
    ("redis://default:Kq9%2Fx7LmP2wZ@cache.acme.io:6379", URL_PASSWORD),
    ("redis://:p%40ss%3Aw0rd9Zq@cache.acme.io", URL_PASSWORD),
    ("Mail jane.doe@acme.io about ftp://files.acme.io/", EMAIL),
    ("https://acme.io:8080/x?to=jane@acme.io", EMAIL),
    ("https://acme.io:8080/people/jane@acme.io", EMAIL),
]


@pytest.mark.parametrize("line", CLEAN)
def test_userinfo_with_a_placeholder_password_passes(line: str) -> None:
    assert scan(line) == []


@pytest.mark.parametrize("line, kind", FOUND)
def test_real_passwords_and_addresses_beside_urls_are_found(line: str, kind: str) -> None:
    assert [finding.kind for finding in scan(line)] == [kind]
