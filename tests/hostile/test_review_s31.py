"""Review of 2026-12-04 (s31): leaks the day's reviews left open, as classes — a password in
prose with no sign, a published phrase with something glued to it, a private key under another
armour's label, a hex secret alone in a URL's path; checked on a real project with `kbgen
check`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINI_CONFIG, article
from tests.hostile.review_cases import assert_verdict

ARTICLE = "content/articles/billing/case.md"
PKCS8 = ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7"
         "NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvuNMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMa")
PGP_SECRET = ("lFgEaxL2sxYJKwYBBAHaRw8BAQdAq+C8qtnYFaUgoD7agyv2bZsZ5lLpMh60oE5T"
              "+ok2RgoAAQC1UeRHdciuqeSBALDvekLzNSWrgaszjeQkeWcOyIkgPBANtBRUZXN0")
PGP_PUBLIC = ("mDMEaxL2sxYJKwYBBAHaRw8BAQdAq+C8qtnYFaUgoD7agyv2bZsZ5lLpMh60oE5T"
              "+ok2Rgq0FFRlc3QgPHRAZXhhbXBsZS5jb20+iJAEExYIADgWIQSpeVad2ht0+1w6")
C4GH_PUBLIC = "Xie2Y0hDwHqhAQ5uGTJeGeuGLljY0nxTQ3ExXHvVx0Y="
HEX32 = "f786db9fac45774fa4f0d8112e232d67"
SHA = "7ccfa85e0c7b1c1d3f6a2b9e8d4c5a6b7e8f9012"


def armoured(label: str, body: str, headers: str = "") -> str:
    """`body` in 64-character lines between `label`'s markers, in a code block."""
    lines = "\n".join(body[at:at + 64] for at in range(0, len(body), 64))
    return f"```\n-----BEGIN {label}-----\n{headers}{lines}\n-----END {label}-----\n```"


# (case, body, kind refused or None when published as it is)
CASES = [
    ("admin password then the value", "Log in with the admin password Kq91x7ZrPw.",
     "password or secret"),
    ("root password value in a sentence", "The root password Kq91x7ZrPw works on all hosts.",
     "password or secret"),
    ("German WLAN-Passwort then the value", "WLAN-Passwort Kq91x7ZrPw", "password or secret"),
    ("Spanish contraseña then the value", "La contraseña Kq91x7ZrPw sirve.",
     "password or secret"),
    ("the admin password field", "Type it into the admin password field.", None),
    ("password reset link", "Use the password reset link in the e-mail.", None),
    ("password manager Bitwarden", "We keep it in the password manager Bitwarden.", None),
    ("password with a version-like word", "Password v2 rules apply from March.", None),
    ("xkcd phrase with a symbol glued", "The password is correcthorsebatterystaple!",
     "password or secret"),
    ("xkcd phrase with digits glued", "password: correcthorsebatterystaple2024",
     "password or secret"),
    ("private key under a Crypt4GH public label", armoured("CRYPT4GH PUBLIC KEY", PKCS8),
     "API key or token"),
    ("Crypt4GH public key", armoured("CRYPT4GH PUBLIC KEY", C4GH_PUBLIC), None),
    ("PGP private key block", armoured("PGP PRIVATE KEY BLOCK", PGP_SECRET, "\n"),
     "private key"),
    ("PGP secret key under a public label", armoured("PGP PUBLIC KEY BLOCK", PGP_SECRET, "\n"),
     "API key or token"),
    ("PGP public key block", armoured("PGP PUBLIC KEY BLOCK", PGP_PUBLIC, "\n"), None),
    ("webhook secret alone in a path", f"Post to https://hooks.acme.io/services/{HEX32}/notify.",
     "API key or token"),
    ("webhook secret as the path's end", f"Post to https://hooks.acme.io/hook/{HEX32}",
     "API key or token"),
    ("a commit linked on GitHub", f"Fixed in https://github.com/acme/kb/commit/{SHA}.", None),
    ("a tree linked on GitLab", f"See https://gitlab.com/acme/kb/-/tree/{SHA}/docs.", None),
]


@pytest.mark.parametrize("case, body, refused", CASES, ids=[c[0] for c in CASES])
def test_review_s31(write_project: Callable[..., Path], case: str, body: str,
                    refused: str | None) -> None:
    config = write_project({ARTICLE: article(body=f"{body}\n"), "mkdocs.yml": MINI_CONFIG})
    assert_verdict(config, refused)
