"""Review of the privacy gate's rules of 2026-12-04 (rev30): shapes dressed as what those rules
accept, checked on a real project with `kbgen check`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CONFIG, article
from tests.hostile.review_cases import assert_verdict

ARTICLE = "content/articles/billing/case.md"
HOSTS = "\n".join(f"- 192.168.1.{number} fs{number}" for number in range(10, 30))
FEW_HOSTS = "\n".join(f"- 192.168.1.{number} device {number}" for number in range(10, 16))
PKCS8 = ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7"
         "NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvuNMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMa")
# A whole RSA public key (SubjectPublicKeyInfo), made once with `cryptography` (fp57: an armoured
# public key passes only when it parses as one; the 175 characters here before were cut short).
SPKI = ("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvQZTI8fCLlGv5+7qJsSYkBeWQjvvMNXXwInfZnUlJa0L"
        "arF7MLgatSmsQQ0cyUJ/+o4Nis3jf4HLupgYJKlmKXegMXzutuyEl9GPG8uPBYEyIF4iioXZLaM6wQWOGPpuE7Yc"
        "CUayqPkZlKFTRLj3HlWYvNPsChiKBvaDDR3KrP2HFdZAkUEX26M/UaUX8pxBHM9YVLoghW9MFYXPuQWL7IcL//je"
        "DiibspsuMRnksk7H11vrIVpFO7HpLsuch53w5myGLCs6FhCLl4rFnXwAJIb9zuNf17cJKCZ1QAPKh0RzDNTnPzqr"
        "Coe0mfoB3bKfSpY1dUCJstKNHG69F4SweQIDAQAB")


def armoured(label: str, body: str) -> str:
    """`body` in 64-character lines between `label`'s PEM markers, in a code block."""
    lines = "\n".join(body[at:at + 64] for at in range(0, len(body), 64))
    return f"```\n-----BEGIN {label}-----\n{lines}\n-----END {label}-----\n```"


FILLER = "\n\n".join(f"Paragraph {n} about invoices." for n in range(6))

# (case, body, kind refused or None when published as it is)
CASES = [
    ("company address as a handle far below one mention of Mastodon",
     f"Follow us on Mastodon.\n\n{FILLER}\n\nWrite to @jsmith@acme-corp.com.", "e-mail address"),
    ("acct URI far below one mention of Mastodon",
     f"Follow us on Mastodon.\n\n{FILLER}\n\nLookup failed for acct:jsmith@acme-corp.com.",
     "e-mail address"),
    ("handle far below the mention, its profile linked",
     f"Follow us on Mastodon.\n\n{FILLER}\n\n[@kbgen@fosstodon.org](https://fosstodon.org/@kbgen)",
     None),
    ("ConvertTo-SecureString with a plain-text password",
     '```powershell\n$pw = ConvertTo-SecureString "Kq91x7ZrPw" -AsPlainText -Force\n```',
     "password or secret"),
    ("ConvertTo-SecureString of a variable", "```powershell\n$pw = ConvertTo-SecureString"
     " $env:DB_PASS -AsPlainText -Force\n```", None),
    ("sqlcmd -P", "`sqlcmd -S db.acme.io -U sa -P Kq91x7ZrPw`", "password or secret"),
    ("ldapsearch -w", "`ldapsearch -x -D cn=admin,dc=acme,dc=io -w Kq91x7ZrPw`",
     "password or secret"),
    ("xfreerdp /p:", "`xfreerdp /v:srv01.acme.io /u:admin /p:Kq91x7ZrPw`", "password or secret"),
    ("smbclient -U user%password", "`smbclient //fs.acme.io/share -U admin%Kq91x7ZrPw`",
     "password or secret"),
    ("netrc on one line", "`machine api.acme.io login admin password Kq91x7ZrPw`",
     "password or secret"),
    ("twenty hosts in a default home network", HOSTS, "internal IP address"),
    ("six devices in a default home network", FEW_HOSTS, None),
    ("private key between public key markers", armoured("PUBLIC KEY", PKCS8), "API key or token"),
    ("private key between certificate markers", armoured("CERTIFICATE", PKCS8),
     "API key or token"),
    ("public key between its markers", armoured("PUBLIC KEY", SPKI), None),
    ("translators' mailbox tagged with someone's name",
     "Send corrections to translators+anna.virtanen@acme-corp.com.", "e-mail address"),
    ("translators' mailbox tagged with a language",
     "Send corrections to translators+fi@acme-corp.com.", None),
    ("Go MySQL DSN", '```go\ndsn := "shop:Kq91x7ZrPw@tcp(db.acme.io:3306)/shop"\n```',
     "password or secret"),
    ("Go MySQL DSN from a variable",
     '```go\ndsn := "shop:${DB_PASS}@tcp(db.acme.io:3306)/shop"\n```', None),
    ("Wi-Fi key before the words naming it", "Guests: Kq91x7ZrPw is the office Wi-Fi key.",
     "password or secret"),
    ("netrc over lines", "```\nmachine api.acme.io\n  login admin\n  password Kq91x7ZrPw\n```",
     "password or secret"),
    ("netrc with a placeholder", "`machine api.acme.io login admin password PASSWORD`", None),
]


@pytest.mark.parametrize("case, body, refused", CASES, ids=[c[0] for c in CASES])
def test_review_s30(write_project: Callable[..., Path], case: str, body: str,
                    refused: str | None) -> None:
    config = write_project({ARTICLE: article(body=f"{body}\n"), "mkdocs.yml": MINI_CONFIG})
    assert_verdict(config, refused)


def test_reference_definitions_are_not_indexed(write_project: Callable[..., Path],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A link reference definition is never shown (the link check ignores unused ones), so an
    author's `[//]: # (note)` must not reach the search index's texts either."""
    body = ("It fails.\n\nSee [the guide][old].\n\n[old]: https://acme.io/guide\n"
            "[unused]: https://acme.io/old \"Zebranote one\"\n"
            "[//]: # (Zebranote two: refund approved by Anna Virtanen)\n")
    config = write_project({ARTICLE: article(body=body), "mkdocs.yml": MINI_CONFIG})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    site = config.parent / "site"
    published = [path for path in site.rglob("*") if path.is_file()
                 and "zebranote" in path.read_text(encoding="utf-8", errors="ignore").lower()]
    assert published == []
    assert any("the guide" in path.read_text(encoding="utf-8")
               for path in (site / "search").rglob("*.json"))
